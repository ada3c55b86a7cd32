import { formatPartialDate, partialDateRange } from '../dates/index.ts';
import type { TimelineEvent } from '../events/types.ts';
import { agreedDate, effectiveRange, stemText, type QuizContext } from './context.ts';
import { generated, stableInt, threadOf } from './question.ts';
import { Random } from './random.ts';
import { fits, related } from './related.ts';
import type { QuizQuestion } from './types.ts';

/** Questions whose answer is a date: when, fill in the year, true or false on a dated statement. */

const DAY = 86_400_000;
/** Steps away from the answer, in the answer's unit (days are counted in nines), by difficulty. */
const STEPS = { 1: [4, 5, 6, 7], 2: [2, 3, 4], 3: [1, 2, 3] } as const;

type Difficulty = 1 | 2 | 3;

function shift(date: string, step: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined && month !== undefined) return new Date(Date.UTC(year, month - 1, day) + step * 9 * DAY).toISOString().slice(0, 10);
  if (month !== undefined) {
    const m = year * 12 + (month - 1) + step;
    return `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  }
  return String(year + step);
}

/** How far a date is from another in its own unit: days, months or years. */
export function distance(a: string, b: string): number {
  const parts = a.split('-').length;
  if (parts === 3) return Math.round(Math.abs(Date.parse(a) - Date.parse(b)) / DAY);
  const [ya, ma = 1] = a.split('-').map(Number) as [number, number?];
  const [yb, mb = 1] = b.split('-').map(Number) as [number, number?];
  return parts === 2 ? Math.abs(ya * 12 + ma - (yb * 12 + mb)) : Math.abs(ya - yb);
}

/** Closer distractors are harder: one step from the answer (a month, a year, nine days) is 3, four or more is 1. */
export function dateDifficulty(answer: string, distractors: readonly string[]): Difficulty {
  const unit = answer.split('-').length === 3 ? 9 : 1;
  const closest = Math.min(...distractors.map((d) => distance(d, answer))) / unit;
  return closest <= 1 ? 3 : closest <= 3 ? 2 : 1;
}

/**
 * Whether a date may stand as a wrong answer for an event: inside the period, not the event's own
 * time (an ongoing state's included), and not right for an event that tells alike.
 */
export function wrongDateFor(date: string, event: TimelineEvent, context: QuizContext): boolean {
  const range = partialDateRange(date);
  if (range.start < context.period.start || range.end > context.period.end) return false;
  const own = effectiveRange(event, context.published);
  if (!(range.end < own.start || own.end < range.start)) return false;
  return !context.events.some((e) => (e.id === event.id || related(e, event)) && fits(date, e, context.dateRanges));
}

/** Three wrong dates near the answer, at its granularity, the same every time for the same event. */
function nearbyDates(answer: string, event: TimelineEvent, context: QuizContext, salt: string): string[] | undefined {
  const difficulty = (1 + stableInt(`${salt}:${event.id}`, 3)) as Difficulty;
  const random = new Random(stableInt(`${salt}:${event.id}:dates`, 2 ** 31));
  const candidates = [...new Set(STEPS[difficulty].flatMap((s) => [shift(answer, -s), shift(answer, s)]))].filter((d) => wrongDateFor(d, event, context));
  const shuffled = random.shuffle(candidates);
  const before = shuffled.filter((d) => d < answer);
  const after = shuffled.filter((d) => d > answer);
  // Wrong dates on both sides, so that the answer is not the odd one out.
  if (before.length > 0 && after.length > 0) {
    const picked = [before[0], after[0], ...shuffled.filter((d) => d !== before[0] && d !== after[0])].slice(0, 3) as string[];
    return picked.length === 3 ? picked : undefined;
  }
  // Only one side is open (the end of the period): the nearest dates there, so that the answer does not stand apart.
  const side = [...new Set([1, 2, 3, 4, 5].map((s) => shift(answer, before.length > 0 ? -s : s)))].filter((d) => wrongDateFor(d, event, context));
  const picked = side.slice(0, 3);
  return picked.length === 3 ? picked : undefined;
}

/** The answer stands apart when every wrong date lies on one side of it, farther from it than from each other. */
export function standsApart(answer: string, wrong: readonly string[]): boolean {
  return valueStandsApart(0, wrong.map((d) => (d < answer ? -1 : 1) * distance(d, answer)));
}

/** The same for numbers (months between two events): 6 against 11, 13 and 15 is the odd one out. */
export function valueStandsApart(answer: number, wrong: readonly number[]): boolean {
  if (!(wrong.every((w) => w < answer) || wrong.every((w) => w > answer))) return false;
  const nearest = Math.min(...wrong.map((w) => Math.abs(w - answer)));
  return nearest > Math.max(...wrong) - Math.min(...wrong);
}

export function whenQuestion(event: TimelineEvent, context: QuizContext): QuizQuestion | undefined {
  const date = agreedDate(event);
  const shown = stemText(event, context);
  const citations = context.datedCitations(event);
  if (!date || !shown || citations.length === 0 || !context.relevant(event)) return undefined;
  const distractors = nearbyDates(date, event, context, 'when');
  if (!distractors) return undefined;
  const values = [date, ...distractors];
  return generated(context, 'when', {
    subject: [event.id],
    question: context.wording.when(shown),
    options: values.map((d) => formatPartialDate(d, context.language)),
    values,
    difficulty: dateDifficulty(date, distractors),
    eventIds: [event.id],
    answerEvents: [event.id],
    thread: threadOf(context, event.id),
    citations,
  });
}

const YEAR = /(?<![\p{L}\p{N}-])(\d{4})(?![\p{L}\p{N}])/gu;

/** "Fill in the year" on a source's own sentence: the year it states, blanked. */
export function yearQuestion(event: TimelineEvent, context: QuizContext): QuizQuestion | undefined {
  const date = agreedDate(event);
  if (!date || !context.relevant(event)) return undefined;
  const year = date.slice(0, 4);
  const citation = event.citations.find((c) => {
    const years = [...c.quote.matchAll(YEAR)].map((m) => m[1]);
    return years.filter((y) => y === year).length === 1 && /^[„"“”«]?\p{Lu}/u.test(c.quote) && /[.!?]["”»]?$/u.test(c.quote);
  });
  if (!citation) return undefined;
  const distractors = nearbyDates(year, event, context, 'year');
  if (!distractors) return undefined;
  const blanked = citation.quote.replace(new RegExp(`(?<![\\p{L}\\p{N}-])${year}(?![\\p{L}\\p{N}])`, 'u'), context.wording.blank);
  const values = [year, ...distractors];
  return generated(context, 'year', {
    subject: [event.id],
    question: context.wording.year(context.wording.quoted(blanked)),
    options: values,
    values,
    difficulty: dateDifficulty(year, distractors),
    eventIds: [event.id],
    answerEvents: [event.id],
    thread: threadOf(context, event.id),
    citations: [citation, ...event.citations.filter((c) => c !== citation)],
  });
}

/**
 * "True or false? This happened in May 2017: …", with the event's own date or a near wrong one. Not on
 * an ongoing state ("has been engaged in an offensive since December 2019"): whether it "happened" in
 * a month is true of every month it lasts, and sources date such states' beginnings apart.
 */
export function trueFalseQuestion(event: TimelineEvent, context: QuizContext): QuizQuestion | undefined {
  const date = agreedDate(event);
  const shown = stemText(event, context);
  const citations = context.datedCitations(event);
  if (!date || !shown || citations.length === 0 || !context.relevant(event)) return undefined;
  if (effectiveRange(event, context.published).end !== partialDateRange(event.date).end) return undefined;
  const truthful = stableInt(`true-false:${event.id}`, 2) === 0;
  const wrong = nearbyDates(date, event, context, 'true-false')?.[0];
  if (!truthful && !wrong) return undefined;
  const stated = truthful ? date : (wrong as string);
  return generated(context, 'true-false', {
    subject: [event.id],
    question: context.wording.trueFalse(formatPartialDate(stated, context.language), shown),
    options: [...context.wording.truth],
    // True stands for the stated date, False for any other.
    values: [stated, `not ${stated}`],
    answer: truthful ? 0 : 1,
    difficulty: truthful ? 2 : dateDifficulty(date, [stated]),
    eventIds: [event.id],
    answerEvents: [event.id],
    thread: threadOf(context, event.id),
    citations,
  });
}
