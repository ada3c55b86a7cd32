import type { Language } from '../corpus/types.ts';
import { partialDateRange, type DateRanges } from '../dates/index.ts';
import type { TimelineEvent } from '../events/types.ts';
import { formatMonth, formatPartialDate as formatDate } from '../dates/index.ts';

/** A span of days, both ends inclusive (YYYY-MM-DD); with `month` ("12"), only the days of that month in every year of it. */
export interface Period {
  start: string;
  end: string;
  month?: string;
}

/** Every date: the span of a topic timeline that names none. */
export const ALL_TIME: Period = { start: '0001-01-01', end: '9999-12-31' };

/** Events dated wholly inside the period; a timeline of a large corpus reads thousands of dates per question, hence `ranges`. */
export function eventsIn(events: TimelineEvent[], period: Period, ranges: DateRanges): TimelineEvent[] {
  return events.filter((event) => {
    const range = ranges.of(event.date);
    const inMonth = period.month === undefined || (range.start.slice(5, 7) === period.month && range.end.slice(0, 7) === range.start.slice(0, 7));
    return inMonth && range.start >= period.start && range.end <= period.end;
  });
}

/** The period of a `--from`/`--to` pair of partial dates; either end may be open. */
export function periodBetween(from?: string, to?: string): Period {
  return {
    start: from ? partialDateRange(from).start : ALL_TIME.start,
    end: to ? partialDateRange(to).end : ALL_TIME.end,
  };
}

/** A period for people: "2016", "June 2016", "2016–2017", "before 1 January 2018". */
export function formatPeriod(period: Period, language: Language): string {
  const [sy, sm, sd] = period.start.split('-');
  const [ey, em, ed] = period.end.split('-');
  const wholeYears = sm === '01' && sd === '01' && em === '12' && ed === '31';
  if (period.month !== undefined) return language === 'en' ? `${formatMonth(Number(period.month), language)} of any year` : `${formatMonth(Number(period.month), language)} oavsett år`;
  if (period.start === ALL_TIME.start && period.end === ALL_TIME.end) return language === 'en' ? 'all dates' : 'alla datum';
  if (period.start === ALL_TIME.start) return `${language === 'en' ? 'before' : 'före'} ${formatDate(dayAfter(period.end), language)}`;
  if (period.end === ALL_TIME.end) return `${language === 'en' ? 'from' : 'från'} ${formatDate(period.start, language)}`;
  if (wholeYears) return sy === ey ? `${sy}` : `${sy}–${ey}`;
  const wholeMonth = sy === ey && sm === em && sd === '01' && partialDateRange(`${sy}-${sm}`).end === period.end;
  if (wholeMonth) return formatDate(`${sy}-${sm}`, language);
  return period.start === period.end ? formatDate(period.start, language) : `${formatDate(period.start, language)} – ${formatDate(period.end, language)}`;
}

function shiftDay(day: string, by: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + by);
  return date.toISOString().slice(0, 10);
}

export const dayBefore = (day: string): string => shiftDay(day, -1);
export const dayAfter = (day: string): string => shiftDay(day, 1);

/** A part of a year or month a question names: "early 2017", "mid-2018", "late 2019", "the first half of 2020". */
export type DatePart = 'early' | 'mid' | 'late' | 'first-half' | 'second-half';

/**
 * The days of a part of a partial date: of a year, early is January–April, mid May–August, late
 * September–December, a half six months; of a month, early is days 1–10, mid 11–20, late the rest, a half
 * up to the 15th or from the 16th. A day, or any other value, is whole.
 */
export function partOf(value: string, part: DatePart): Period {
  const whole = partialDateRange(value);
  const unit = /^\d{4}$/u.test(value) ? 'year' : /^\d{4}-\d{2}$/u.test(value) ? 'month' : null;
  if (!unit) return whole;
  // [first, last] month of a year, or day of a month, each part covers.
  const bounds: Record<DatePart, [number, number]> =
    unit === 'year'
      ? { early: [1, 4], mid: [5, 8], late: [9, 12], 'first-half': [1, 6], 'second-half': [7, 12] }
      : { early: [1, 10], mid: [11, 20], late: [21, 31], 'first-half': [1, 15], 'second-half': [16, 31] };
  const [from, to] = bounds[part];
  const pad = (n: number) => String(n).padStart(2, '0');
  if (unit === 'year') return { start: `${value}-${pad(from)}-01`, end: partialDateRange(`${value}-${pad(to)}`).end };
  return { start: `${value}-${pad(from)}`, end: to >= 28 ? whole.end : `${value}-${pad(to)}` };
}
