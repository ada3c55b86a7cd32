import { DiscordAPIError, RESTJSONErrorCodes, Routes, type APIMessage, type Client, type REST } from 'discord.js';
import type { Engine } from '../../engine.ts';
import { QuizSessions, type QuizSessionsOptions } from '../../quiz-sessions/service.ts';
import { ChannelRefused, type QuizTable, type QuizView } from '../../quiz-sessions/table.ts';
import { renderQuizView } from '../commands/quiz/session-render.ts';
import { messageBody } from './payload.ts';

/**
 * A quiz's channel over REST. A quiz outlasts the 15 minutes an interaction's token may post, so
 * its questions, reveals and scores are the bot's own channel messages.
 */
export function channelQuizTable(rest: REST, engineFor: EngineFor): QuizTable {
  const body = async (view: QuizView) => {
    const { content, embeds, components, allowedMentions } = messageBody(renderQuizView(view, await engineFor(view.session.guildId)));
    return { ...(content !== undefined && { content }), embeds, components, allowed_mentions: allowedMentions };
  };
  return {
    async post(channelId, view) {
      try {
        const message = (await rest.post(Routes.channelMessages(channelId), { body: await body(view) })) as APIMessage;
        return message.id;
      } catch (error) {
        throw refusal(channelId, error);
      }
    },
    async edit(channelId, messageId, view) {
      try {
        await rest.patch(Routes.channelMessage(channelId, messageId), { body: await body(view) });
      } catch (error) {
        throw refusal(channelId, error);
      }
    },
  };
}

type EngineFor = (guildId: string | null) => Promise<Engine>;

/** Quizzes in the channels of the bot's client; each server's knowledge names the documents its quizzes cite. */
export function channelQuizSessions(client: Client, engineFor: EngineFor, options: Omit<QuizSessionsOptions, 'table'>): QuizSessions {
  return new QuizSessions({ ...options, table: channelQuizTable(client.rest, engineFor) });
}

/** Discord's answer when the bot may not see or write in a channel (or it is gone) becomes a refusal the quiz can explain. */
function refusal(channelId: string, error: unknown): unknown {
  if (!(error instanceof DiscordAPIError)) return error;
  if (error.status === 403 || error.code === RESTJSONErrorCodes.UnknownChannel) return new ChannelRefused(channelId, error.message);
  return error;
}
