import type { Language } from '../corpus/types.ts';
import { partialDateRange } from '../dates/index.ts';
import type { TimelineEvent } from '../events/types.ts';
import { formatPartialDate as formatDate } from '../dates/index.ts';

/** A span of days, both ends inclusive (YYYY-MM-DD). */
export interface Period {
  start: string;
  end: string;
}

/** Every date: the span of a topic timeline that names none. */
export const ALL_TIME: Period = { start: '0001-01-01', end: '9999-12-31' };

/** Events dated wholly inside the period. */
export function eventsIn(events: TimelineEvent[], period: Period): TimelineEvent[] {
  return events.filter((event) => {
    const range = rangeOf(event.date);
    return range.start >= period.start && range.end <= period.end;
  });
}

/** The days of event dates, worked out once: a timeline of a large corpus reads thousands of them per question. */
const ranges = new Map<string, { start: string; end: string }>();
const MAX_RANGES = 10_000;

function rangeOf(date: string): { start: string; end: string } {
  let range = ranges.get(date);
  if (!range) {
    range = partialDateRange(date);
    if (ranges.size >= MAX_RANGES) ranges.clear();
    ranges.set(date, range);
  }
  return range;
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
