import { settingsOf } from '../../../moderation/index.ts';
import { UserError } from '../../errors.ts';
import type { Reply } from '../../reply.ts';
import { mayModerate } from '../admin/permission.ts';
import type { CommandInvocation } from '../types.ts';
import { sessionContext } from './session-context.ts';
import { quizSessionStrings } from './session-strings.ts';

/** /quiz stop: the channel's quiz ends with the scores so far; only its starter or a moderator may end it. */
export async function runStop(invocation: CommandInvocation): Promise<Reply> {
  const t = quizSessionStrings(invocation.locale);
  const { sessions, guildId, channelId } = sessionContext(invocation);
  const session = await sessions.running(channelId);
  if (!session) throw new UserError(t.noneRunning);
  if (session.startedBy !== invocation.userId) {
    const { moderation } = invocation.services;
    const settings = moderation ? await settingsOf(moderation, guildId) : { moderatorRoleId: null };
    if (!mayModerate(invocation.member, settings)) throw new UserError(t.notYours(session.startedBy));
  }
  // Greying the question and posting the scores are two requests to the channel.
  await invocation.defer(true);
  await sessions.stop(session, invocation.userId);
  return { content: t.stopped, ephemeral: true };
}
