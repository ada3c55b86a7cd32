/**
 * TimeML partial dates as strings: parse, format, compare, and turn into day ranges.
 * The timeline and question analysis work with these strings, not with Date objects,
 * because '2016' and '2016-01-01' are different claims.
 */
import { rangeOf, isValidDay, isoWeeksInYear, type CalendarValue, type Day, type Season } from './calendar.ts';
import type { Granularity } from './types.ts';

export interface PartialDateRange {
  /** First day covered, 'YYYY-MM-DD'. */
  start: string;
  /** Last day covered, 'YYYY-MM-DD' (inclusive). */
  end: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatValue(v: CalendarValue): string {
  switch (v.unit) {
    case 'century':
      return pad(v.century);
    case 'decade':
      return pad(v.decade, 3);
    case 'year':
      return pad(v.year, 4);
    case 'season':
      return `${pad(v.year, 4)}-${v.season}`;
    case 'quarter':
      return `${pad(v.year, 4)}-Q${v.quarter}`;
    case 'month':
      return `${pad(v.year, 4)}-${pad(v.month)}`;
    case 'week':
      return `${pad(v.year, 4)}-W${pad(v.week)}`;
    case 'day':
      return formatDay(v);
  }
}

const VALUE_PATTERN = /^(?:(\d{2})|(\d{3})|(\d{4})(?:-(?:(SP|SU|FA|WI)|Q([1-4])|W(\d{2})|(\d{2})(?:-(\d{2}))?))?)$/;

/** Parses a TimeML partial date ('19', '199', '2016', '2016-SU', '2016-Q3', '2016-W05', '2016-06', '2016-06-27'). */
export function parseValue(s: string): CalendarValue | null {
  const m = VALUE_PATTERN.exec(s.trim());
  if (!m) return null;
  const [, century, decade, yearText, season, quarter, week, month, day] = m;
  if (century !== undefined) return { unit: 'century', century: Number(century) };
  if (decade !== undefined) return { unit: 'decade', decade: Number(decade) };
  const year = Number(yearText);
  if (season !== undefined) return { unit: 'season', year, season: season as Season };
  if (quarter !== undefined) return { unit: 'quarter', year, quarter: Number(quarter) };
  if (week !== undefined) {
    const w = Number(week);
    return w >= 1 && w <= isoWeeksInYear(year) ? { unit: 'week', year, week: w } : null;
  }
  if (month === undefined) return { unit: 'year', year };
  const mm = Number(month);
  if (mm < 1 || mm > 12) return null;
  if (day === undefined) return { unit: 'month', year, month: mm };
  const dd = Number(day);
  return isValidDay(year, mm, dd) ? { unit: 'day', year, month: mm, day: dd } : null;
}

export function isPartialDate(s: string): boolean {
  return parseValue(s) !== null;
}

/**
 * A year, month or day written YYYY, YYYY-MM or YYYY-MM-DD that exists (month 1–12, a day the
 * month has, year 1 or later): what people give as a date, checked by the parser the timeline uses.
 */
export function isCalendarDate(s: string): boolean {
  const value = parseValue(s);
  return value !== null && s === s.trim() && (value.unit === 'year' || value.unit === 'month' || value.unit === 'day') && value.year > 0;
}

export function granularityOf(v: CalendarValue): Granularity {
  switch (v.unit) {
    case 'century':
    case 'decade':
    case 'year':
      return 'year';
    case 'season':
    case 'quarter':
      return 'season';
    default:
      return v.unit;
  }
}

function required(value: string): CalendarValue {
  const v = parseValue(value);
  if (!v) throw new Error(`not a TimeML partial date: ${JSON.stringify(value)}`);
  return v;
}

/** The days a partial date covers, e.g. '2016-SU' → 2016-06-01 … 2016-08-31. Throws on a non-date. */
export function partialDateRange(value: string): PartialDateRange {
  let days = rangesByValue.get(value);
  if (!days) {
    const { start, end } = rangeOf(required(value));
    if (rangesByValue.size >= MAX_REMEMBERED_RANGES) rangesByValue.clear();
    rangesByValue.set(value, (days = [formatDay(start), formatDay(end)]));
  }
  return { start: days[0], end: days[1] };
}

/** Ranges already worked out: every candidate of a question about a period is dated against it, and claims share their dates. */
const rangesByValue = new Map<string, readonly [string, string]>();
const MAX_REMEMBERED_RANGES = 20_000;

/**
 * Orders partial dates for a timeline: by first day, then the wider one first, so '2016'
 * comes before '2016-01' and '2016-01' before '2016-01-01'. Throws on a non-date.
 */
export function comparePartialDates(a: string, b: string): number {
  const ra = partialDateRange(a);
  const rb = partialDateRange(b);
  if (ra.start !== rb.start) return ra.start < rb.start ? -1 : 1;
  if (ra.end !== rb.end) return ra.end > rb.end ? -1 : 1;
  return 0;
}
