import { partialDateRange } from '../dates/index.ts';
import type { TimelineEvent } from '../events/types.ts';
import { fold } from '../text/fold.ts';
import { fits, related } from './related.ts';
import type { QuizQuestion } from './types.ts';

const overlap = (a: string, b: string) => {
  const ra = partialDateRange(a);
  const rb = partialDateRange(b);
  return !(ra.end < rb.start || rb.end < ra.start);
};

/**
 * Why a question is not fair (empty when it is): options that are not four
 * and distinct, an answer its citations do not back, or a distractor that
 * is right too.
 */
export function validateQuestion(question: QuizQuestion, events: TimelineEvent[], people: ReadonlyMap<string, readonly string[]>): string[] {
  const problems: string[] = [];
  const byId = new Map(events.map((e) => [e.id, e]));
  const asked = question.eventIds.map((id) => byId.get(id));
  if (asked.length === 0 || asked.some((e) => e === undefined)) return ['names an event that does not exist'];
  const [event] = asked as [TimelineEvent, ...TimelineEvent[]];
  const { options, values, answer } = question;
  if (options.length !== 4 || values.length !== 4) problems.push('has not four options');
  if (new Set(options.map((o) => fold(o).replace(/[^\p{L}\p{N}]+/gu, ''))).size !== options.length) problems.push('has options that say the same');
  if (!Number.isInteger(answer) || answer < 0 || answer >= options.length) return [...problems, 'points at no option'];
  if (question.citations.length === 0 || question.citations.some((c) => c.quote.trim() === '')) problems.push('has no citation');
  const right = values[answer] as string;
  const wrong = values.filter((_, i) => i !== answer);

  switch (question.kind) {
    case 'when': {
      if (right !== event.date) problems.push('the answer is not the event’s date');
      const alike = events.filter((e) => related(e, event));
      for (const date of wrong) if (alike.some((e) => fits(date, e))) problems.push(`distractor ${date} is right for a like event`);
      break;
    }
    case 'first': {
      const first = byId.get(right);
      for (const id of wrong) {
        const other = byId.get(id);
        if (!first || !other || partialDateRange(other.date).start <= partialDateRange(first.date).end) problems.push('the answer is not clearly first');
      }
      break;
    }
    case 'order': {
      const sorted = (asked as TimelineEvent[]).map((e, i) => ({ n: i + 1, date: e.date })).sort((a, b) => partialDateRange(a.date).start.localeCompare(partialDateRange(b.date).start));
      if (sorted.some((x, k) => k > 0 && overlap(sorted[k - 1]?.date ?? x.date, x.date))) problems.push('the events overlap in time');
      if (right !== sorted.map((x) => x.n).join(' → ')) problems.push('the answer is not the order of the dates');
      break;
    }
    case 'what': {
      if (right !== event.id) problems.push('the answer is not the event asked about');
      for (const id of wrong) {
        const other = byId.get(id);
        if (!other || overlap(other.date, event.date)) problems.push(`distractor ${id} may have happened then`);
      }
      break;
    }
    case 'who': {
      const quotes = event.citations.map((c) => c.quote).join(' ');
      if (!people.has(right) || !event.actors.includes(right)) problems.push('the answer is not a person of the event');
      for (const name of wrong) if ([name, ...(people.get(name) ?? [])].some((s) => quotes.includes(s))) problems.push(`${name} is in the cited text too`);
      break;
    }
  }
  return problems;
}
