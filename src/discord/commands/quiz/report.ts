import type { QuizQuestion } from '../../../quiz/types.ts';
import { encodeCustomId } from '../../customId.ts';
import { UserError } from '../../errors.ts';
import { strings } from '../../i18n.ts';
import type { ButtonResult, ReplyButton } from '../../reply.ts';
import type { ButtonHandler, ButtonInvocation } from '../types.ts';
import { nowOf, quizStoreOf } from './drill-context.ts';
import { drillStrings } from './drill-strings.ts';
import { decodeSeed, encodeSeed, practiceQuestion } from './practice-card.ts';

const PRACTICE_REPORT = 'qrp';

/** 🚩 on a practice question: the card and the seed that make the question again. */
export function practiceReportButton(seed: number, cardId: string): ReplyButton {
  return { customId: encodeCustomId(PRACTICE_REPORT, [encodeSeed(seed), cardId]), emoji: '🚩', style: 'secondary' };
}

/** Kept once per member and question for the moderators' review list; the member hears which it was. */
async function report(invocation: ButtonInvocation, sessionId: string | null, question: QuizQuestion | undefined): Promise<ButtonResult> {
  const t = drillStrings(invocation.locale).report;
  const store = quizStoreOf(invocation);
  if (question && invocation.guildId && (await hiddenIn(invocation, invocation.guildId, question.id))) return { reply: { content: t.hidden, ephemeral: true }, updatesMessage: false };
  const kept =
    question !== undefined &&
    (await store.reportQuizQuestion({ guildId: invocation.guildId, userId: invocation.userId, sessionId, question, reason: null, at: nowOf(invocation).toISOString() }));
  const content = question === undefined ? t.gone : kept ? t.thanks : t.already;
  return { reply: { content, ephemeral: true }, updatesMessage: false };
}

/** A question the server's moderators have hidden since it was asked needs no report. */
async function hiddenIn(invocation: ButtonInvocation, guildId: string, questionId: string | undefined): Promise<boolean> {
  const moderation = invocation.services.moderation;
  if (!moderation || typeof questionId !== 'string') return false;
  return (await moderation.store.guild(guildId)).quizCurations.some((c) => c.questionId === questionId && c.action === 'hide');
}

/** 🚩 on a channel quiz's question: `qr:<session id>:<round>`, the question as the session asked it. */
export const sessionReportButton: ButtonHandler = {
  kind: 'qr',
  fields: 2,
  async run(invocation) {
    const [sessionId = '', roundText = ''] = invocation.fields;
    if (!/^\d{1,3}$/u.test(roundText)) throw new UserError(strings(invocation.locale).errors.staleButton);
    const session = await quizStoreOf(invocation).quizSession(sessionId);
    // A session of another server is not this member's to report.
    const question = session?.guildId === invocation.guildId ? session.questions[Number(roundText)] : undefined;
    return report(invocation, sessionId, question);
  },
};

/** 🚩 on a practice question: `qrp:<seed>:<card id>`. */
export const practiceReportHandler: ButtonHandler = {
  kind: PRACTICE_REPORT,
  fields: 2,
  async run(invocation) {
    const [seedText = '', cardId = ''] = invocation.fields;
    const seed = decodeSeed(seedText);
    if (seed === undefined) throw new UserError(strings(invocation.locale).errors.staleButton);
    // Whoever presses 🚩 may read another language than the question was asked in; one their language cannot make was asked in English.
    const engine = invocation.services.engine;
    return report(invocation, null, practiceQuestion(engine, cardId, seed, invocation.locale) ?? practiceQuestion(engine, cardId, seed, 'en'));
  },
};
