/**
 * Calendar values and the arithmetic the resolvers need. Plain numbers in UTC: a date
 * mention has no time zone, and local-time Date maths would shift days at DST borders.
 */

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export interface Day {
  year: number;
  month: number;
  day: number;
}

export type CalendarValue =
  | { unit: 'century'; century: number }
  | { unit: 'decade'; decade: number }
  | { unit: 'year'; year: number }
  | { unit: 'season'; year: number; season: Season }
  | { unit: 'quarter'; year: number; quarter: number }
  | { unit: 'month'; year: number; month: number }
  | { unit: 'week'; year: number; week: number }
  | { unit: 'day'; year: number; month: number; day: number };

export type CalendarUnit = CalendarValue['unit'];

/** Months each season starts with; winter starts in December of its year and runs into the next. */
export const SEASON_START_MONTH: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

const MS_PER_DAY = 86_400_000;

function toEpochDay(d: Day): number {
  return Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY;
}

function fromEpochDay(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekdayOf(d: Day): number {
  return new Date(toEpochDay(d) * MS_PER_DAY).getUTCDay();
}

export function addDays(d: Day, n: number): Day {
  return fromEpochDay(toEpochDay(d) + n);
}

export function daysBetween(a: Day, b: Day): number {
  return toEpochDay(b) - toEpochDay(a);
}

export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function compareDays(a: Day, b: Day): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** ISO-8601 week: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOf(d: Day): { year: number; week: number } {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const dayOfYear = daysBetween({ year: thursday.year, month: 1, day: 1 }, thursday);
  return { year: thursday.year, week: Math.floor(dayOfYear / 7) + 1 };
}

export function isoWeekMonday(year: number, week: number): Day {
  const jan4 = { year, month: 1, day: 4 };
  const week1Monday = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  return addDays(week1Monday, (week - 1) * 7);
}

export function isoWeeksInYear(year: number): number {
  return isoWeekOf({ year, month: 12, day: 28 }).week;
}

function monthSpan(year: number, firstMonth: number, months: number): { start: Day; end: Day } {
  const last = addMonths(year, firstMonth, months - 1);
  return {
    start: { year, month: firstMonth, day: 1 },
    end: { year: last.year, month: last.month, day: daysInMonth(last.year, last.month) },
  };
}

/** First and last day a value covers. */
export function rangeOf(v: CalendarValue): { start: Day; end: Day } {
  switch (v.unit) {
    case 'century':
      return { start: { year: v.century * 100, month: 1, day: 1 }, end: { year: v.century * 100 + 99, month: 12, day: 31 } };
    case 'decade':
      return { start: { year: v.decade * 10, month: 1, day: 1 }, end: { year: v.decade * 10 + 9, month: 12, day: 31 } };
    case 'year':
      return monthSpan(v.year, 1, 12);
    case 'season':
      return monthSpan(v.year, SEASON_START_MONTH[v.season], 3);
    case 'quarter':
      return monthSpan(v.year, v.quarter * 3 - 2, 3);
    case 'month':
      return monthSpan(v.year, v.month, 1);
    case 'week': {
      const start = isoWeekMonday(v.year, v.week);
      return { start, end: addDays(start, 6) };
    }
    case 'day': {
      const d = { year: v.year, month: v.month, day: v.day };
      return { start: d, end: d };
    }
  }
}

/** Midpoint in epoch days, to measure how far apart two values are. */
export function midpointOf(v: CalendarValue): number {
  const { start, end } = rangeOf(v);
  return (toEpochDay(start) + toEpochDay(end)) / 2;
}

/** The year a value sits in, when it sits in one (decades and centuries do not). */
export function yearOf(v: CalendarValue): number | undefined {
  return v.unit === 'century' || v.unit === 'decade' ? undefined : v.year;
}

export function dayValue(d: Day): CalendarValue {
  return { unit: 'day', year: d.year, month: d.month, day: d.day };
}

export function weekValue(d: Day): CalendarValue {
  return { unit: 'week', ...isoWeekOf(d) };
}
