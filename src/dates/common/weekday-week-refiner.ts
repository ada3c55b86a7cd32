/**
 * A weekday and a week that name one day together: "Monday last week", "Monday of next
 * week", "last week's Monday", "i måndags förra veckan", "förra veckans måndag". The week
 * decides, whatever the weekday alone would have meant.
 */
import type { DateDraft } from '../draft.ts';
import { mergeAdjacentRefiner } from './merge-adjacent.ts';

function weekOffset(draft: DateDraft): number | undefined {
  const r = draft.relation;
  return r.kind === 'deictic' && r.unit === 'week' && r.period === undefined ? r.offset : undefined;
}

export const weekdayWeekRefiner = mergeAdjacentRefiner('weekday-week', /^(?:['’]s)?\s+(?:of\s+)?$/iu, (previous, draft) => {
  const [weekday, week] = previous.relation.kind === 'weekday' ? [previous, draft] : [draft, previous];
  const offset = weekOffset(week);
  if (weekday.relation.kind !== 'weekday' || weekday.relation.week !== undefined || offset === undefined) return null;
  return { ...weekday, start: previous.start, end: draft.end, relation: { ...weekday.relation, direction: 'bare', week: offset } };
});
