/**
 * Resolution against the publication date: "last year", "this week", "last July",
 * "on Friday", and month names when the narrative gives no year.
 */
import {
  addDays,
  addMonths,
  dayValue,
  midpointOf,
  rangeOf,
  compareDays,
  weekdayOf,
  weekValue,
  type CalendarValue,
  type Day,
} from '../calendar.ts';
import type { Direction, RelativeUnit, YearlyPeriod } from '../draft.ts';
import { inWholeUnits } from '../common/counts.ts';
import { occurrencesAround, periodInYear } from './periods.ts';
import { referenceOnly, type Resolution } from './resolution.ts';

function referenceDay(reference: CalendarValue): Day | null {
  return reference.unit === 'day' ? { year: reference.year, month: reference.month, day: reference.day } : null;
}

function referenceMonth(reference: CalendarValue): { year: number; month: number } | null {
  return reference.unit === 'day' || reference.unit === 'month' ? { year: reference.year, month: reference.month } : null;
}

function referenceYear(reference: CalendarValue): number | null {
  return reference.unit === 'century' || reference.unit === 'decade' ? null : reference.year;
}

/** "last year", "this month", "two weeks ago", "den 27 juni förra året": certain once the reference is fine enough. */
export function resolveDeictic(
  reference: CalendarValue,
  unit: RelativeUnit,
  offset: number,
  period?: YearlyPeriod,
  day?: number,
): Resolution | null {
  // "two and a half years ago" is 30 months ago, and only about that.
  if (!Number.isInteger(offset)) {
    const whole = inWholeUnits(unit, offset);
    const resolution = resolveDeictic(reference, whole.unit, whole.offset, period, day);
    return resolution && { ...resolution, certain: false };
  }
  const certain = (value: CalendarValue | null, present = false): Resolution | null =>
    value ? { value, certain: true, anchor: 'publication', present } : null;
  const year = referenceYear(reference);
  const month = referenceMonth(reference);
  const today = referenceDay(reference);
  switch (unit) {
    case 'year':
      if (year === null) return referenceOnly(reference);
      return certain(period ? periodInYear(period, year + offset, day) : { unit: 'year', year: year + offset });
    case 'quarter': {
      if (!month) return referenceOnly(reference);
      const index = month.year * 4 + Math.floor((month.month - 1) / 3) + offset;
      return certain({ unit: 'quarter', year: Math.floor(index / 4), quarter: (index % 4) + 1 });
    }
    case 'month': {
      if (!month) return referenceOnly(reference);
      const shifted = addMonths(month.year, month.month, offset);
      return certain({ unit: 'month', ...shifted }, offset === 0);
    }
    case 'week':
      return today ? certain(weekValue(addDays(today, offset * 7)), true) : referenceOnly(reference);
    case 'day':
      return today ? certain(dayValue(addDays(today, offset)), true) : referenceOnly(reference);
  }
}

/** "last July", "this summer", "i somras", "last Christmas": the nearest occurrence before, around or after publication. */
export function resolveRecurring(reference: CalendarValue, period: YearlyPeriod, direction: Direction): Resolution | null {
  const month = referenceMonth(reference);
  if (!month) return referenceOnly(reference);
  const now = rangeOf(reference);
  const candidates = occurrencesAround(period, month.year);
  let value: CalendarValue | undefined;
  if (direction === 'last') value = candidates.filter((c) => compareDays(rangeOf(c).end, now.start) < 0).pop();
  else if (direction === 'next') value = candidates.find((c) => compareDays(rangeOf(c).start, now.end) > 0);
  else
    value =
      candidates.find((c) => compareDays(rangeOf(c).start, now.start) <= 0 && compareDays(rangeOf(c).end, now.start) >= 0) ??
      candidates.find((c) => c.unit !== 'century' && c.unit !== 'decade' && c.year === month.year);
  // A named day counted from publication ("last Christmas") is a holiday reading: implied, never certain.
  return value ? { value, certain: period.kind !== 'holiday', anchor: 'publication' } : null;
}

/**
 * "on Friday": in past-tense news the most recent Friday on or before publication, after a
 * future cue the next one. That reading is a convention, so the result is never certain.
 * With a stated week ("Monday last week") it is that week's day, composed and so not certain either.
 */
export function resolveWeekday(reference: CalendarValue, weekday: number, direction: Direction | 'bare', future: boolean, week?: number): Resolution {
  const today = referenceDay(reference);
  if (!today) return referenceOnly(reference);
  if (week !== undefined) {
    const monday = addDays(today, week * 7 - ((weekdayOf(today) + 6) % 7));
    return { value: dayValue(addDays(monday, (weekday + 6) % 7)), certain: false, anchor: 'publication', present: true };
  }
  const back = (weekdayOf(today) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(today) + 7) % 7;
  let shift: number;
  if (direction === 'last') shift = -(back === 0 ? 7 : back);
  else if (direction === 'next') shift = forward === 0 ? 7 : forward;
  else shift = future ? forward : -back;
  return { value: dayValue(addDays(today, shift)), certain: false, anchor: 'publication', present: true };
}

export type Tense = 'past' | 'future' | 'unknown';

/**
 * A month (or season, quarter) named without a year and with no narrative to take one
 * from: after a future cue the next occurrence, after a past cue the latest, otherwise
 * the one closest to publication (chrono's rule). A guess either way: never certain.
 */
export function resolveYearlessAtPublication(
  reference: CalendarValue,
  period: YearlyPeriod,
  day: number | undefined,
  tense: Tense,
  weekday?: number,
): Resolution | null {
  const year = referenceYear(reference);
  if (year === null) return null;
  if (!referenceMonth(reference)) {
    const value = periodInYear(period, year, day);
    return value ? { value, certain: false, anchor: 'publication' } : null;
  }
  const now = rangeOf(reference);
  const candidates = occurrencesAround(period, year, day, 1, weekday);
  let value: CalendarValue | undefined;
  if (candidates.length === 1) value = candidates[0];
  else if (tense === 'future') value = candidates.find((c) => compareDays(rangeOf(c).end, now.start) >= 0);
  else if (tense === 'past') value = candidates.filter((c) => compareDays(rangeOf(c).start, now.end) <= 0).pop();
  else {
    const target = midpointOf(reference);
    value = [...candidates].sort((a, b) => Math.abs(midpointOf(a) - target) - Math.abs(midpointOf(b) - target))[0];
  }
  return value ? { value, certain: false, anchor: 'publication' } : null;
}
