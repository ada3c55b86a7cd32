/** Placing a yearly period (month, season, quarter) in a given year. */
import { dayValue, isValidDay, weekdayOf, type CalendarValue } from '../calendar.ts';
import type { YearlyPeriod } from '../draft.ts';
import { holidayIn } from '../holidays.ts';

export function periodInYear(period: YearlyPeriod, year: number, day?: number): CalendarValue | null {
  switch (period.kind) {
    case 'month':
      if (day === undefined) return { unit: 'month', year, month: period.month };
      return isValidDay(year, period.month, day) ? { unit: 'day', year, month: period.month, day } : null;
    case 'season':
      return { unit: 'season', year, season: period.season };
    case 'quarter':
      return { unit: 'quarter', year, quarter: period.quarter };
    case 'holiday':
      return dayValue(holidayIn(period.holiday, year));
  }
}

/**
 * The period in the years around `year`, oldest first (invalid days such as 29 February
 * skipped). With a weekday ("Saturday, April 25") only the years where it fits, if any.
 */
export function occurrencesAround(period: YearlyPeriod, year: number, day?: number, spread = 2, weekday?: number): CalendarValue[] {
  const out: CalendarValue[] = [];
  for (let y = year - spread; y <= year + spread; y++) {
    const v = periodInYear(period, y, day);
    if (v) out.push(v);
  }
  const fitting = out.filter((v) => v.unit === 'day' && weekdayOf(v) === weekday);
  return fitting.length > 0 ? fitting : out;
}
