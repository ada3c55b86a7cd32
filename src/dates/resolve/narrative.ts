/**
 * Resolution against the running narrative — the last scene-setting date before the
 * mention: "In July" after "On June 27, 2016" is July 2016, "two days later" is 29 June.
 * Whatever comes from the narrative is implied, never certain.
 */
import {
  addDays,
  addMonths,
  compareDays,
  dayValue,
  isValidDay,
  isoWeekMonday,
  isoWeekOf,
  rangeOf,
  weekdayOf,
  weekValue,
  yearOf,
  type CalendarValue,
} from '../calendar.ts';
import type { YearlyPeriod } from '../draft.ts';
import { inWholeUnits, type AnaphoricUnit } from '../common/counts.ts';
import { occurrencesAround, periodInYear } from './periods.ts';
import type { NarrativeState, Resolution } from './resolution.ts';

/**
 * "In July" after "On June 27, 2016": the narrative's year, or the next one when the month
 * has already passed in the narrative; never past the publication date unless the
 * sentence speaks of the future.
 */
export function resolveYearlessInNarrative(
  narrative: NarrativeState,
  reference: CalendarValue,
  period: YearlyPeriod,
  day: number | undefined,
  future: boolean,
  weekday?: number,
): Resolution | null {
  const year = yearOf(narrative.value);
  if (year === undefined) return null;
  if (weekday !== undefined) {
    // The weekday fixes the year within a few: take the fitting one nearest the narrative.
    const fitting = occurrencesAround(period, year, day, 3, weekday).filter((v) => v.unit === 'day' && weekdayOf(v) === weekday);
    const nearest = fitting.sort((a, b) => Math.abs((yearOf(a) ?? 0) - year) - Math.abs((yearOf(b) ?? 0) - year))[0];
    if (nearest) return { value: nearest, certain: false, anchor: 'narrative' };
  }
  let value = periodInYear(period, year, day);
  // Timelines move forward: "On 24 November 2015 … In June" is June 2016.
  if (value && narrative.value.unit !== 'year' && compareDays(rangeOf(value).end, rangeOf(narrative.value).start) < 0) {
    value = periodInYear(period, year + 1, day);
  }
  // But a past-tense story never runs past its own publication: "told CNN in August" in March
  // is last August. (Unless the narrative itself is already later: then the text is about the future.)
  const afterPublication = (v: CalendarValue): boolean => compareDays(rangeOf(v).start, rangeOf(reference).end) > 0;
  if (value && !future && afterPublication(value) && !afterPublication(narrative.value)) value = periodInYear(period, (yearOf(value) ?? year) - 1, day);
  return value ? { value, certain: false, anchor: 'narrative' } : null;
}

/** The garbled "In 29,": the narrative's month, and only forward from the narrative's day. */
export function resolveDayOnly(narrative: NarrativeState | null, day: number): Resolution | null {
  const v = narrative?.value;
  if (!v || (v.unit !== 'month' && v.unit !== 'day')) return null;
  if (v.unit === 'day' && day < v.day) return null;
  if (!isValidDay(v.year, v.month, day)) return null;
  return { value: { unit: 'day', year: v.year, month: v.month, day }, certain: false, anchor: 'narrative' };
}

/** "the end of the year": the narrative's year (or month), else the publication's. */
export function resolveCurrentPeriod(narrative: NarrativeState | null, reference: CalendarValue, unit: 'year' | 'month'): Resolution | null {
  const from = (v: CalendarValue, anchor: Resolution['anchor']): Resolution | null => {
    if (unit === 'year') {
      const year = yearOf(v);
      return year === undefined ? null : { value: { unit: 'year', year }, certain: false, anchor };
    }
    return v.unit === 'month' || v.unit === 'day' ? { value: { unit: 'month', year: v.year, month: v.month }, certain: false, anchor } : null;
  };
  return (narrative && !narrative.present ? from(narrative.value, 'narrative') : null) ?? from(reference, 'publication');
}

const FINENESS: Record<CalendarValue['unit'], number> = { day: 0, week: 1, month: 2, season: 3, quarter: 3, year: 4, decade: 5, century: 6 };

/**
 * "two days later", "the following month", "samma dag": counted from the previous date.
 * If that date is coarser than the count ("two days later" after "In June 2016") only its
 * own value can be given.
 */
export function resolveAnaphoric(narrative: NarrativeState | null, statedUnit: AnaphoricUnit, statedOffset: number): Resolution | null {
  const { unit, offset } = inWholeUnits(statedUnit, statedOffset) as { unit: AnaphoricUnit; offset: number };
  const base = narrative?.counted === undefined ? narrative?.value : narrative.counted;
  if (!base || base.unit === 'decade' || base.unit === 'century') return null;
  const result = (value: CalendarValue): Resolution => ({ value, certain: false, anchor: 'previous-event' });
  if (FINENESS[base.unit] > FINENESS[unit]) return result(base);
  const startDay = base.unit === 'week' ? isoWeekMonday(base.year, base.week) : rangeOf(base).start;
  switch (unit) {
    case 'day':
      return result(dayValue(addDays(startDay, offset)));
    case 'week':
      return result(weekValue(addDays(startDay, offset * 7)));
    case 'month':
      return result({ unit: 'month', ...addMonths(startDay.year, startDay.month, offset) });
    case 'year':
      return result({ unit: 'year', year: base.year + offset });
  }
}

/**
 * "a few days later", "några veckor tidigare": somewhere between two counts from the previous
 * date, so the period that holds both ends (the week, the month or the year), or nothing when
 * even a year cannot hold them.
 */
export function resolveVaguelyCounted(narrative: NarrativeState | null, unit: AnaphoricUnit, offset: number, spread: number): Resolution | null {
  const near = resolveAnaphoric(narrative, unit, offset);
  const far = resolveAnaphoric(narrative, unit, offset + Math.sign(offset) * spread);
  if (!near || !far || typeof near.value === 'string' || typeof far.value === 'string') return null;
  const [a, b] = [rangeOf(near.value), rangeOf(far.value)];
  const first = compareDays(a.start, b.start) <= 0 ? a.start : b.start;
  const last = compareDays(a.end, b.end) >= 0 ? a.end : b.end;
  const result = (value: CalendarValue): Resolution => ({ value, certain: false, anchor: 'previous-event' });
  const week = isoWeekOf(first);
  const lastWeek = isoWeekOf(last);
  if (unit === 'day' && week.year === lastWeek.year && week.week === lastWeek.week) return result(weekValue(first));
  if (unit !== 'year' && first.year === last.year && first.month === last.month) return result({ unit: 'month', year: first.year, month: first.month });
  if (unit !== 'year' && first.year === last.year) return result({ unit: 'year', year: first.year });
  return null;
}

/**
 * "at the turn of the year", "vid årsskiftet": the end of the story's year; without a story,
 * the year end before publication after a past cue, the coming one after a future cue, else
 * the nearer one. Always a reading, never certain.
 */
export function resolveYearTurn(narrative: NarrativeState | null, reference: CalendarValue, tense: 'past' | 'future' | 'unknown'): Resolution | null {
  const year = (v: number): Resolution => ({ value: { unit: 'year', year: v }, certain: false, anchor: narrative && !narrative.present ? 'narrative' : 'publication' });
  const story = narrative && !narrative.present ? yearOf(narrative.value) : undefined;
  if (story !== undefined) return year(story);
  const published = yearOf(reference);
  if (published === undefined) return null;
  if (tense === 'past') return year(published - 1);
  if (tense === 'future' || reference.unit === 'year') return year(published);
  return year(rangeOf(reference).start.month >= 7 ? published : published - 1);
}
