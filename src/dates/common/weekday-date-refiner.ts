/**
 * "Saturday, April 25" and "Monday 3 February" are one date: the calendar date states the
 * day, and the weekday picks the year when none is written. A weekday that contradicts a
 * full date ("Monday, June 28, 2016" was a Tuesday) marks the mention as damaged.
 */
import { weekdayOf } from '../calendar.ts';
import type { DateDraft } from '../draft.ts';
import { mergeAdjacentRefiner } from './merge-adjacent.ts';

function withWeekday(draft: DateDraft, weekday: number): DateDraft | null {
  const r = draft.relation;
  if (r.kind === 'yearless' && r.day !== undefined) return { ...draft, relation: { ...r, weekday } };
  if (r.kind !== 'absolute' || r.value.unit !== 'day') return null;
  return weekdayOf(r.value) === weekday ? draft : { ...draft, garbled: true };
}

export const weekdayDateRefiner = mergeAdjacentRefiner('weekday-date', /^[\s,]+(?:den\s+)?$/iu, (previous, draft) => {
  if (previous.relation.kind !== 'weekday') return null;
  const merged = withWeekday(draft, previous.relation.weekday);
  return merged ? { ...merged, start: previous.start } : null;
});
