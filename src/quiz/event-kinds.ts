import { formatPartialDate } from '../dates/index.ts';
import type { Citation, TimelineEvent } from '../events/types.ts';
import { agreedDate, effectiveRange, optionText, type Period, type QuizContext } from './context.ts';
import { generated, stableInt, threadOf } from './question.ts';
import { Random } from './random.ts';
import { valueStandsApart } from './date-kinds.ts';
import { related } from './related.ts';
import type { QuizQuestion } from './types.ts';

/**
 * Questions whose options are events of one thread: which first, put in order, what happened
 * then, which two in the same month, how many months between two. Events a few days apart are
 * trivia, not history: events compared are at least MIN_GAP_DAYS apart.
 */

const DAY = 86_400_000;
export const MIN_GAP_DAYS = 45;
/** Farther apart than this, a distractor event is no test of knowing the period. */
export const MAX_SPREAD_DAYS = 4 * 365;

type Difficulty = 1 | 2 | 3;

export interface Placed {
  event: TimelineEvent;
  text: string;
  range: Period;
  start: number;
  end: number;
}

/**
 * The events of a thread a question may show as options (each as `show` shows it: its headline
 * unless said), in date order. Not one whose date is in doubt: where it stands among the others is its date.
 */
export function threadPool(context: QuizContext, thread: string, show: (event: TimelineEvent) => string | undefined = (e) => optionText(e, context.language)): Placed[] {
  return context.askable
    .filter((e) => threadOf(context, e.id) === thread && context.relevant(e) && !context.dateInDoubt(e))
    .flatMap((event) => {
      const text = show(event);
      if (!text) return [];
      const range = effectiveRange(event, context.published);
      return [{ event, text, range, start: Date.parse(range.start), end: Date.parse(range.end) }];
    })
    .sort((a, b) => a.start - b.start || a.event.id.localeCompare(b.event.id));
}

/** Days between two events' times (negative when they overlap). */
export const gapDays = (a: Placed, b: Placed) => (Math.max(a.start, b.start) - Math.min(a.end, b.end)) / DAY;

const apart = (chosen: readonly Placed[], candidate: Placed) => chosen.every((c) => gapDays(c, candidate) >= MIN_GAP_DAYS && c.text !== candidate.text && !related(c.event, candidate.event));

/** Closer events are harder to tell apart. */
export function gapDifficulty(placed: readonly Placed[]): Difficulty {
  const sorted = [...placed].sort((a, b) => a.start - b.start);
  const gap = Math.min(...sorted.slice(1).map((p, i) => gapDays(sorted[i] as Placed, p)));
  return gap < 120 ? 3 : gap < 365 ? 2 : 1;
}

/** The first quote proving each event's date, or undefined when one of them has none. */
function ownProof(events: readonly Placed[], context: QuizContext): Citation[] | undefined {
  const proofs = events.map((p) => context.datedCitations(p.event)[0]);
  return proofs.every((c) => c !== undefined) ? (proofs as Citation[]) : undefined;
}

const listed = (items: readonly Placed[]) => items.map((p, i) => `(${i + 1}) ${p.text}`).join(' ');

export function firstQuestion(answer: Placed, pool: readonly Placed[], context: QuizContext): QuizQuestion | undefined {
  const chosen: Placed[] = [answer];
  for (const later of pool) {
    if (later.start <= answer.end || (later.start - answer.start) / DAY > MAX_SPREAD_DAYS) continue;
    if (apart(chosen, later)) chosen.push(later);
    if (chosen.length === 4) break;
  }
  const citations = context.datedCitations(answer.event);
  if (chosen.length < 4 || citations.length === 0) return undefined;
  return generated(context, 'first', {
    subject: [answer.event.id],
    question: context.wording.first,
    options: chosen.map((p) => p.text),
    values: chosen.map((p) => p.event.id),
    difficulty: gapDifficulty(chosen),
    eventIds: chosen.map((p) => p.event.id),
    answerEvents: [answer.event.id],
    thread: threadOf(context, answer.event.id),
    citations,
  });
}

const PERMUTATIONS = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];

export function orderQuestion(earliest: Placed, pool: readonly Placed[], context: QuizContext): QuizQuestion | undefined {
  if (context.datedCitations(earliest.event).length === 0) return undefined;
  const chosen: Placed[] = [earliest];
  for (const later of pool) {
    // Every event put in order is part of the answer: each needs a quote that proves its date.
    if (later.start <= earliest.end || (later.start - earliest.start) / DAY > MAX_SPREAD_DAYS || context.datedCitations(later.event).length === 0) continue;
    if (apart(chosen, later)) chosen.push(later);
    if (chosen.length === 3) break;
  }
  const citations = ownProof(chosen, context);
  if (chosen.length < 3 || !citations) return undefined;
  const ids = chosen.map((p) => p.event.id);
  // Listed in an order that is not already the answer.
  const shown = PERMUTATIONS.slice(1).map((p) => p.map((i) => chosen[i] as Placed))[stableInt(`order:${ids.join()}`, 5)] as Placed[];
  const label = (sequence: readonly Placed[]) => sequence.map((p) => String(shown.indexOf(p) + 1)).join(' → ');
  const right = label(chosen);
  const random = new Random(stableInt(`order:${ids.join()}:wrong`, 2 ** 31));
  const wrong = random.shuffle(PERMUTATIONS.map((p) => label(p.map((i) => chosen[i] as Placed))).filter((l) => l !== right)).slice(0, 3);
  return generated(context, 'order', {
    subject: ids,
    question: context.wording.order(listed(shown)),
    options: [right, ...wrong],
    values: [right, ...wrong],
    difficulty: gapDifficulty(chosen),
    eventIds: shown.map((p) => p.event.id),
    answerEvents: ids,
    thread: threadOf(context, earliest.event.id),
    citations,
  });
}

export function whatQuestion(answer: Placed, pool: readonly Placed[], context: QuizContext): QuizQuestion | undefined {
  const date = agreedDate(answer.event);
  if (!date || date.length === 4) return undefined;
  const asked = { ...answer, range: { start: date, end: date } };
  const others = pool
    .filter((p) => p !== answer && gapDays(answer, p) >= MIN_GAP_DAYS && Math.abs(p.start - answer.start) / DAY <= MAX_SPREAD_DAYS)
    .sort((a, b) => Math.abs(a.start - answer.start) - Math.abs(b.start - answer.start) || a.event.id.localeCompare(b.event.id));
  const chosen: Placed[] = [asked];
  for (const other of others) {
    if (apart(chosen, other)) chosen.push(other);
    if (chosen.length === 4) break;
  }
  const citations = context.datedCitations(answer.event);
  if (chosen.length < 4 || citations.length === 0) return undefined;
  return generated(context, 'what', {
    subject: [answer.event.id],
    question: context.wording.what(formatPartialDate(date, context.language), date.length === 10),
    options: chosen.map((p) => p.text),
    values: chosen.map((p) => p.event.id),
    difficulty: gapDifficulty(chosen),
    eventIds: chosen.map((p) => p.event.id),
    answerEvents: [answer.event.id],
    thread: threadOf(context, answer.event.id),
    citations,
  });
}

const monthOf = (p: Placed) => agreedDate(p.event)?.slice(0, 7) ?? '';
const PAIRS = [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]] as const;

/** Two events of a thread in one month, and two others of the thread in other months near it. */
export function sameMonthQuestion(a: Placed, b: Placed, pool: readonly Placed[], context: QuizContext): QuizQuestion | undefined {
  const month = monthOf(a);
  if (month.length !== 7 || monthOf(b) !== month || related(a.event, b.event) || a.text === b.text) return undefined;
  const others: Placed[] = [];
  const near = pool
    .filter((p) => p !== a && p !== b && monthOf(p).length === 7 && Math.abs(p.start - a.start) / DAY <= 366)
    .sort((x, y) => Math.abs(x.start - a.start) - Math.abs(y.start - a.start) || x.event.id.localeCompare(y.event.id));
  for (const p of near) {
    const months = new Set([month, ...others.map(monthOf)]);
    if (!months.has(monthOf(p)) && apart([a, b, ...others], p)) others.push(p);
    if (others.length === 2) break;
  }
  const citations = ownProof([a, b], context);
  if (others.length < 2 || !citations) return undefined;
  const ids = [a.event.id, b.event.id];
  const shown = new Random(stableInt(`same-month:${ids.join()}`, 2 ** 31)).shuffle([a, b, ...others]);
  const label = ([i, j]: readonly [number, number]) => context.wording.pair(i + 1, j + 1);
  const isRight = ([i, j]: readonly [number, number]) => [shown[i], shown[j]].every((p) => p === a || p === b);
  const right = PAIRS.find(isRight) as readonly [number, number];
  const wrong = new Random(stableInt(`same-month:${ids.join()}:wrong`, 2 ** 31)).shuffle(PAIRS.filter((p) => !isRight(p))).slice(0, 3);
  const values = [right, ...wrong].map(([i, j]) => `${shown[i]?.event.id}+${shown[j]?.event.id}`);
  return generated(context, 'same-month', {
    subject: ids,
    question: context.wording.sameMonth(listed(shown)),
    options: [right, ...wrong].map(label),
    values,
    difficulty: Math.min(...others.map((p) => Math.abs(p.start - a.start) / DAY)) < 90 ? 3 : 2,
    eventIds: shown.map((p) => p.event.id),
    answerEvents: ids,
    thread: threadOf(context, a.event.id),
    citations,
  });
}

/** Whole months from one date to a later one; `exact` when both are days. */
export function monthsBetween(earlier: string, later: string): { months: number; exact: boolean } {
  if (earlier.length === 10 && later.length === 10) return { months: Math.round((Date.parse(later) - Date.parse(earlier)) / DAY / 30.44), exact: true };
  const index = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  return { months: index(later) - index(earlier), exact: false };
}

/**
 * "How many months after the first did the second happen?": the nearest earlier event of the thread,
 * two months to four years before, alike enough to it itself to make a thread of two: a thread links
 * some events only through others (a visit to Moscow and a clash in Idlib), and the question asks how
 * one led to the other.
 */
export function howLongQuestion(later: Placed, pool: readonly Placed[], context: QuizContext): QuizQuestion | undefined {
  const to = agreedDate(later.event);
  if (!to || to.length < 7 || context.datedCitations(later.event).length === 0) return undefined;
  const earlier = [...pool].reverse().find((p) => {
    const from = agreedDate(p.event);
    if (!from || from.length < 7 || p.end >= later.start || related(p.event, later.event) || p.text === later.text) return false;
    if (!context.threads.paired(p.event.id, later.event.id) || context.datedCitations(p.event).length === 0) return false;
    const { months } = monthsBetween(from, to);
    return months >= 2 && months <= 48;
  });
  const citations = earlier && ownProof([later, earlier], context);
  if (!citations) return undefined;
  const { months, exact } = monthsBetween(agreedDate(earlier.event) as string, to);
  // Dates known to the month only are a month unsure either way: wrong answers stand farther off.
  const off = exact ? 1 : 2;
  const difficulty = (1 + stableInt(`how-long:${later.event.id}`, 3)) as Difficulty;
  const steps = { 3: [off, off + 1, off + 2], 2: [off + 2, off + 3, off + 4], 1: [off + 4, off + 6, off + 8] }[difficulty];
  const candidates = new Random(stableInt(`how-long:${later.event.id}:wrong`, 2 ** 31)).shuffle([...new Set(steps.flatMap((s) => [months - s, months + s]))].filter((m) => m >= 1 && m !== months));
  const below = candidates.filter((m) => m < months);
  const above = candidates.filter((m) => m > months);
  // Wrong answers on both sides, so that the answer is not the odd one out; else the nearest ones above.
  const wrong = below.length > 0 ? [below[0] as number, above[0] as number, ...candidates.filter((m) => m !== below[0] && m !== above[0])].slice(0, 3) : [off, off + 1, off + 2].map((s) => months + s);
  if (wrong.length < 3 || valueStandsApart(months, wrong)) return undefined;
  const values = [months, ...wrong];
  const closest = Math.min(...wrong.map((m) => Math.abs(m - months)));
  return generated(context, 'how-long', {
    subject: [earlier.event.id, later.event.id],
    question: context.wording.howLong(earlier.text, later.text),
    options: values.map((m) => context.wording.months(m)),
    values: values.map(String),
    difficulty: closest <= off ? 3 : closest <= off + 2 ? 2 : 1,
    eventIds: [earlier.event.id, later.event.id],
    answerEvents: [earlier.event.id, later.event.id],
    thread: threadOf(context, later.event.id),
    citations,
  });
}
