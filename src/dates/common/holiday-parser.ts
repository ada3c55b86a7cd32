/**
 * Named days, with or without a year: "Christmas Day", "New Year's Eve 2016", "julafton",
 * "midsommar 2019". Without a year they are yearless like a month name and take the
 * story's year; each language lists its names.
 */
import { dayValue } from '../calendar.ts';
import { holidayIn, type Holiday } from '../holidays.ts';
import { regexParser, spanOf, type DateParser } from '../pipeline.ts';
import { LEFT, RIGHT, pattern } from '../patterns.ts';

/** Name patterns (regular-expression source) and the day each names. */
export type HolidayNames = Array<[source: string, holiday: Holiday]>;

export function holidayParser(name: string, names: HolidayNames, caseSensitive: boolean): DateParser {
  const alternatives = names.map(([source], i) => `(?<h${i}>${source})`).join('|');
  const regex = pattern(`${LEFT}(?<date>(?:${alternatives})(?:,?\\s+(?<year>\\d{4}))?)${RIGHT}`);
  return regexParser(name, regex, (m) => {
    const index = names.findIndex((_, i) => m.groups?.[`h${i}`] !== undefined);
    const entry = names[index];
    if (!entry) return null;
    const first = m.groups?.[`h${index}`]?.[0] ?? '';
    if (caseSensitive && first === first.toLowerCase()) return null;
    const period = { kind: 'holiday', holiday: entry[1] } as const;
    const year = m.groups?.year;
    if (year === undefined) return { ...spanOf(m), relation: { kind: 'yearless', period } };
    // With its year a named day is stated in full: its date is a calendar fact.
    return { ...spanOf(m), relation: { kind: 'absolute', value: dayValue(holidayIn(entry[1], Number(year))) } };
  });
}
