import type { Answer } from '../../../answers/schema.ts';
import type { Engine } from '../../../engine.ts';
import { encodeCustomId, roomFor } from '../../customId.ts';
import { UserError } from '../../errors.ts';
import { citationField, showDate } from '../../format.ts';
import { strings, type Locale } from '../../i18n.ts';
import { flag, requiredText, type Options } from '../../input.ts';
import { passageRefs } from '../../passageRefs.ts';
import { colors, type Reply, type ReplyButton, type ReplyField } from '../../reply.ts';
import { optionLabel } from '../optionLabel.ts';
import type { CommandInvocation } from '../types.ts';
import { askDefinition, questionMaxLength } from './definition.ts';

/** `/ask` acknowledges with a deferral, private when asked to be. */
export const askDeferral = (options: Options) => ({ ephemeral: flag(options, 'private') });

export async function runAsk(invocation: CommandInvocation): Promise<Reply> {
  const { locale, options, services } = invocation;
  const t = strings(locale);
  const label = optionLabel(askDefinition, 'question', locale);
  const question = requiredText(options, { name: 'question', label, max: questionMaxLength }, t);
  const ephemeral = flag(options, 'private');

  const decision = services.askLimiter?.take(invocation.userId);
  if (decision && !decision.allowed) throw new UserError(t.errors.rateLimited(Math.ceil(decision.retryAfterMs / 1000)));

  // Answering searches and resolves dates; acknowledge first so Discord's 3 s window never decides.
  await invocation.defer(ephemeral);
  const answer = services.engine.ask(question);
  return { ...answerReply(question, answer, services.engine, locale), ephemeral };
}

function answerReply(question: string, answer: Answer, engine: Engine, locale: Locale): Reply {
  const t = strings(locale).ask;
  const fields: ReplyField[] = [];
  if (answer.date) fields.push({ name: t.date, value: showDate(answer.date, locale) });
  if (answer.disagreements.length > 0) {
    const lines = answer.disagreements.map(
      ({ about, claims }) => `${about}: ${claims.map(({ value, citation }) => `${value} [${citation.n}]`).join(' · ')}`,
    );
    fields.push({ name: t.disagreement, value: lines.join('\n') });
  }
  const citations = [...answer.citations].sort((a, b) => a.n - b.n);
  fields.push(...citations.map((citation) => citationField(citation, engine, locale)));

  // When it abstains, the engine's answer introduces the topics it suggests.
  const description = [answer.answer, ...answer.suggestions.map((topic) => `• ${topic}`)].join('\n');

  return {
    embeds: [{
      title: question,
      description,
      fields,
      ...(citations.length > 0 && { footer: t.footer }),
      color: answer.abstained ? colors.abstain : colors.answer,
    }],
    buttons: answerButtons(citations.map((citation) => citation.passageId), engine, locale),
  };
}

/** Sources and the two votes carry the cited passages, so they work without any stored state. */
function answerButtons(passageIds: string[], engine: Engine, locale: Locale): ReplyButton[] {
  const refs = passageRefs(engine);
  const sources = refs.encode(passageIds, roomFor('src', [refs.tag]));
  const votes = refs.encode(passageIds, roomFor('vote', ['down', refs.tag]));
  const buttons: ReplyButton[] = [];
  if (sources) {
    const label = strings(locale).ask.sourcesButton;
    buttons.push({ customId: encodeCustomId('src', [refs.tag, sources]), label, emoji: '📄', style: 'primary' });
  }
  buttons.push(
    { customId: encodeCustomId('vote', ['up', refs.tag, votes]), emoji: '👍', style: 'secondary' },
    { customId: encodeCustomId('vote', ['down', refs.tag, votes]), emoji: '👎', style: 'secondary' },
  );
  return buttons;
}
