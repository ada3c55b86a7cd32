import type { TimelineEvent } from '../events/types.ts';
import { effectiveRange, optionText, quotedOptionText, stemText, type QuizContext } from './context.ts';
import { MAX_SPREAD_DAYS, MIN_GAP_DAYS, threadPool, type Placed } from './event-kinds.ts';
import type { Told } from './narrative.ts';
import { generated, threadOf } from './question.ts';
import type { QuizQuestion } from './types.ts';

/**
 * Questions on an event no quote dates ("The talks result in agreement on 'de-escalation' zones"):
 * what it came after is what its document tells, and the question asks that, not a date. "Which
 * of these came next?" under the happening told before it; the wrong options are events of that
 * story that happened well before that happening or after the one the document tells next.
 */

const DAY = 86_400_000;

/** Whether an event is certainly not the one that came next: well before the story's happening, or after the next one told. */
export function notNext(event: TimelineEvent, told: Told, answer: TimelineEvent, context: QuizContext): boolean {
  const range = (e: TimelineEvent) => {
    const r = effectiveRange(e, context.published);
    return { start: Date.parse(r.start), end: Date.parse(r.end) };
  };
  const other = range(event);
  const before = range(told.before.event);
  const own = range(answer);
  const next = told.after && range(told.after.event);
  const earlier = (before.start - other.end) / DAY >= MIN_GAP_DAYS;
  const later = next !== undefined && other.start > next.end && (other.start - own.end) / DAY >= MIN_GAP_DAYS;
  return earlier || later;
}

/** Fewer wrong options than this in the story's threads, and the story borrows the thread nearest to it. */
const WRONG_OPTIONS = 3;

/**
 * The stories an event told after another belongs to: the one it continues and its own. A story
 * too small to give the wrong options ("Sochi" and "the deal" alone) takes in the thread the most
 * of whose askable events are alike to the two at all, and of those the most alike on average: one
 * or two events sharing a word by chance ("an end to some sanctions" and talks "to end the Syrian
 * conflict") raise a thread's average, while a story line shares its words across its events.
 */
export function storyThreads(context: QuizContext, anchor: TimelineEvent, event: TimelineEvent): Set<string> {
  const own = new Set([threadOf(context, anchor.id), threadOf(context, event.id)]);
  const askable = context.askable.filter((e) => e.id !== anchor.id && e.id !== event.id && context.relevant(e));
  if (askable.filter((e) => own.has(threadOf(context, e.id))).length >= WRONG_OPTIONS) return own;
  const likeness = new Map<string, number[]>();
  for (const e of askable) {
    const thread = threadOf(context, e.id);
    if (own.has(thread)) continue;
    likeness.set(thread, [...(likeness.get(thread) ?? []), Math.max(context.threads.alike(e.id, anchor.id), context.threads.alike(e.id, event.id))]);
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const share = (xs: number[]) => xs.filter((x) => x > 0).length / xs.length;
  const nearest = [...likeness]
    .map(([thread, xs]) => ({ thread, share: share(xs), score: mean(xs) }))
    .filter((t) => t.score > 0)
    .sort((a, b) => b.share - a.share || b.score - a.score || a.thread.localeCompare(b.thread))[0];
  return nearest ? new Set([...own, nearest.thread]) : own;
}

/**
 * Options in the quiz's language when all four can be, else all four in their sources' own words
 * in quotation marks (a Swedish quiz on events only English sources tell), so that no option stands
 * out by its form.
 */
export function nextQuestion(event: TimelineEvent, context: QuizContext): QuizQuestion | undefined {
  // Quoted, the wrong options are in the answer's language where they can be: one language does not mark the answer.
  const quoted = quotedOptionText(event, context);
  const shows = [(e: TimelineEvent) => optionText(e, context.language), (e: TimelineEvent) => quoted && quotedOptionText(e, context, quoted.language)?.text];
  for (const show of shows) {
    const made = nextQuestionShown(event, context, show);
    if (made) return made;
  }
  return undefined;
}

function nextQuestionShown(event: TimelineEvent, context: QuizContext, show: (event: TimelineEvent) => string | undefined): QuizQuestion | undefined {
  const told = context.told(event);
  if (!told || !context.askable.includes(told.before.event) || !context.relevant(event) || !context.relevant(told.before.event)) return undefined;
  const anchor = told.before.event;
  const shown = stemText(anchor, context);
  const text = show(event);
  if (!shown || !text) return undefined;
  const thread = threadOf(context, anchor.id);
  const threads = storyThreads(context, anchor, event);
  const from = Date.parse(effectiveRange(anchor, context.published).start);
  const chosen: Placed[] = [];
  const near = [...threads].flatMap((t) => threadPool(context, t, show))
    .filter((p) => p.event.id !== anchor.id && p.event.id !== event.id && p.text !== text)
    .filter((p) => notNext(p.event, told, event, context) && Math.abs(p.start - from) / DAY <= MAX_SPREAD_DAYS)
    .sort((a, b) => Math.abs(a.start - from) - Math.abs(b.start - from) || a.event.id.localeCompare(b.event.id));
  // Only the answer's place is asked, not the order of the others: they may be close to one another.
  for (const p of near) {
    if (chosen.every((c) => c.text !== p.text)) chosen.push(p);
    if (chosen.length === 3) break;
  }
  if (chosen.length < 3) return undefined;
  const closest = Math.min(...chosen.map((p) => Math.abs(p.start - from) / DAY));
  return generated(context, 'next', {
    subject: [event.id],
    question: context.wording.next(shown),
    options: [text, ...chosen.map((p) => p.text)],
    values: [event.id, ...chosen.map((p) => p.event.id)],
    difficulty: closest < 120 ? 3 : closest < 365 ? 2 : 1,
    eventIds: [anchor.id, event.id, ...chosen.map((p) => p.event.id)],
    // Knowing what came next is knowing both: two questions under one stem would ask the same story twice.
    answerEvents: [event.id, anchor.id],
    thread,
    // The event's own quote, then the happening its document tells before it, with the quote that dates it.
    citations: [told.citation, told.before.citation, ...context.datedCitations(anchor).filter((c) => c.passageId !== told.before.citation.passageId).slice(0, 1)],
  });
}
