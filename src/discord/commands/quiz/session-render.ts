import type { Engine } from '../../../engine.ts';
import type { QuizView } from '../../../quiz-sessions/table.ts';
import type { Standing } from '../../../quiz/scoring.ts';
import type { QuizSessionRecord } from '../../../store/types.ts';
import { encodeCustomId } from '../../customId.ts';
import { citationField, documentCitation } from '../../format.ts';
import type { Locale } from '../../i18n.ts';
import type { Reply, ReplyButton } from '../../reply.ts';
import { optionLetter, quizSessionStrings, type QuizSessionStrings } from './session-strings.ts';

/** custom_id kinds: an answer `qa:<session>:<round>:<option>`, a report `qr:<session>:<round>` (handled with practice's reports). */
export const ANSWER_KIND = 'qa';
export const REPORT_KIND = 'qr';

const colors = { question: 0x2b6cb0, reveal: 0x2f855a, scoreboard: 0x6b46c1 } as const;

export const sessionLocale = (session: QuizSessionRecord): Locale => (session.locale === 'sv' ? 'sv' : 'en');

/** A session's message as a reply; the engine of the session's server names the cited documents. */
export function renderQuizView(view: QuizView, engine: Engine): Reply {
  const locale = sessionLocale(view.session);
  const t = quizSessionStrings(locale);
  switch (view.kind) {
    case 'question':
      return questionMessage(view.session, view.round, view.deadline, t);
    case 'reveal':
      return revealMessage(view, engine, locale, t);
    case 'scoreboard':
      return scoreboardMessage(view, t);
  }
}

/** Discord shows `<t:…:R>` as "in 20 seconds", counting down in each reader's own time zone. */
const relativeTime = (ms: number) => `<t:${Math.ceil(ms / 1000)}:R>`;

function questionMessage(session: QuizSessionRecord, round: number, deadline: number | null, t: QuizSessionStrings): Reply {
  const question = session.questions[round];
  if (!question) throw new Error(`quiz session ${session.id} has no question ${round}`);
  const options = question.options.map((option, i) => `${optionLetter(i)}. ${option}`).join('\n');
  const closed = deadline === null;
  const answers: ReplyButton[] = question.options.map((_, i) => ({
    customId: encodeCustomId(ANSWER_KIND, [session.id, String(round), String(i)]),
    label: optionLetter(i),
    // Once closed, the right option stands out.
    style: closed && i === question.answer ? 'success' : closed ? 'secondary' : 'primary',
    ...(closed && { disabled: true }),
  }));
  return {
    embeds: [{
      title: t.question(round + 1, session.questions.length),
      description: `${question.question}\n\n${options}\n\n${closed ? t.closed : t.closes(relativeTime(deadline))}`,
      footer: t.howToAnswer,
      color: colors.question,
    }],
    buttons: [...answers, { customId: encodeCustomId(REPORT_KIND, [session.id, String(round)]), emoji: '🚩', style: 'secondary' }],
  };
}

function revealMessage(view: Extract<QuizView, { kind: 'reveal' }>, engine: Engine, locale: Locale, t: QuizSessionStrings): Reply {
  const question = view.session.questions[view.round];
  if (!question) throw new Error(`quiz session ${view.session.id} has no question ${view.round}`);
  const right = view.answers.filter((a) => a.correct).sort((a, b) => b.points - a.points);
  const who = right.length === 0
    ? t.nobodyRight(view.answers.length)
    : `${t.rightOnes(right.length)} ${right.map((a) => t.points(a.userId, a.points)).join(', ')}\n${t.ofAnswered(view.answers.length)}`;
  return {
    embeds: [{
      title: t.reveal(view.round + 1, optionLetter(question.answer)),
      description: `${optionLetter(question.answer)}. ${question.options[question.answer] ?? ''}\n\n${who}`,
      fields: question.citations.map((citation, i) => citationField(documentCitation(engine, citation.documentId, i + 1, citation.quote), engine, locale)),
      color: colors.reveal,
    }],
  };
}

function scoreboardMessage(view: Extract<QuizView, { kind: 'scoreboard' }>, t: QuizSessionStrings): Reply {
  const rounds = view.session.questions.length;
  const title = { finished: t.finalTitle, stopped: t.stoppedTitle, interrupted: t.interruptedTitle }[view.ending];
  const note = view.ending === 'stopped' && view.stoppedBy !== null
    ? t.stoppedBy(view.stoppedBy, view.roundsAsked, rounds)
    : view.ending === 'interrupted' ? t.interrupted(view.roundsAsked, rounds) : undefined;
  const lines = view.standings.length === 0 ? [t.nobodyAnswered] : rankLines(view.standings, t);
  return {
    embeds: [{ title, description: [...(note ? [note, ''] : []), ...lines].join('\n'), color: colors.scoreboard }],
  };
}

/** Equal points share a rank: 1, 2, 2, 4. */
function rankLines(standings: Standing[], t: QuizSessionStrings): string[] {
  return standings.map((s) => {
    const rank = 1 + standings.filter((other) => other.points > s.points).length;
    return t.standing(rank, s.userId, s.points, s.correct, s.answered);
  });
}
