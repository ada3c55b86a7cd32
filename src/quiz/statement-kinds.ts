import type { TimelineEvent } from '../events/types.ts';
import { optionText, type QuizContext } from './context.ts';
import { MAX_STEM_EVENT_LENGTH } from './headline.ts';
import { generated, stableInt, threadOf } from './question.ts';
import type { QuizQuestion } from './types.ts';

/**
 * Questions on an event whose date is in doubt ("Russia eventually brokered a cease-fire …", dated
 * by "last year" two sentences before): a student must be able to trust every date the bot gives,
 * so it is asked by what its source says and never by when. True or false on the statement, as
 * the source makes it or with another state as the one who did it.
 */

/** A statement as one who did it and what they did. */
export interface Doing {
  doer: string;
  rest: string;
}

/** A statement that opens with one of the two countries by name as the one who did it alone: not "Russia and Turkey agreed …", not "Russia's ministry …". */
export function doingOf(statement: string, context: QuizContext): Doing | undefined {
  const doer = context.pair.find((side) => statement.startsWith(`${side} `));
  if (!doer) return undefined;
  const rest = statement.slice(doer.length + 1);
  // Two who did it together: with one of them changed, the statement is still half true.
  return /^(?:and|och|or|eller|with|med|together|tillsammans)\b/u.test(rest) ? undefined : { doer, rest };
}

/** The statement an event's source makes, in the quiz's language and without its date. */
export function statementOf(event: TimelineEvent, context: QuizContext): string | undefined {
  return optionText(event, context.language, MAX_STEM_EVENT_LENGTH);
}

/** Matches a name as a word of its own, or after `the` when `article` is. */
const word = (name: string, article = false) => new RegExp(`(?<![\\p{L}\\p{N}])${article ? 'the\\s+' : ''}${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');

/** A state as the quiz's language opens a sentence with it, as its sources write it: "Syria", "The United States"; none when they do not. */
export function asSubject(state: string, context: QuizContext): string | undefined {
  const written = context.events.flatMap((e) => e.citations.filter((c) => c.language === context.language).map((c) => c.quote));
  if (!written.some((q) => word(state).test(q))) return undefined;
  return written.some((q) => word(state, true).test(q)) ? `The ${state}` : state;
}

/** The statement with a doer: its own or a stand-in. */
export const withDoer = (doer: string, doing: Doing, context: QuizContext) => `${doer === doing.doer ? doer : asSubject(doer, context)} ${doing.rest}`;

/**
 * The states that may stand in for the doer in a false statement: the other states among the
 * events' actors (those whose capital the documents name, or whose nationals they name) that the
 * quiz's language writes, and none the event's quotes name, which may have had a part in it.
 */
export function standIns(event: TimelineEvent, context: QuizContext): string[] {
  const groups = new Set(context.events.flatMap((e) => e.actors.filter((a) => !context.people.get(a))));
  const written = context.events.flatMap((e) => e.citations.map((c) => c.quote));
  const states = new Set([...written.flatMap((q) => context.statesBySeatIn(q)), ...context.events.flatMap((e) => e.actors.flatMap((a) => context.people.get(a)?.country ?? []))]);
  const named = new Set(event.citations.flatMap((c) => context.actorsIn(c.quote)));
  return [...groups].filter((g) => states.has(g) && !context.pair.includes(g) && !named.has(g) && asSubject(g, context) !== undefined).sort();
}

/** "True or false? Russia eventually brokered a cease-fire between Turkey-backed Azerbaijan and Armenia …", or the same of Syria. */
export function statementQuestion(event: TimelineEvent, context: QuizContext): QuizQuestion | undefined {
  const statement = statementOf(event, context);
  const doing = statement && doingOf(statement, context);
  if (!doing || !context.relevant(event)) return undefined;
  const truthful = stableInt(`statement:${event.id}`, 2) === 0;
  const others = standIns(event, context);
  const stated = truthful ? doing.doer : others[stableInt(`statement:${event.id}:doer`, Math.max(1, others.length))];
  if (!stated) return undefined;
  return generated(context, 'true-false', {
    subject: [event.id, 'doer'],
    question: context.wording.statement(withDoer(stated, doing, context)),
    options: [...context.wording.truth],
    // True stands for the doer stated, False for any other.
    values: [stated, `not ${stated}`],
    answer: truthful ? 0 : 1,
    difficulty: 2,
    eventIds: [event.id],
    answerEvents: [event.id],
    thread: threadOf(context, event.id),
    citations: event.citations,
  });
}
