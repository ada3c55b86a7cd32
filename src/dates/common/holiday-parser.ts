/**
 * Named days, with or without a year: "Christmas Day", "New Year's Eve 2016", "julafton",
 * "midsommar 2019". Without a year they are yearless like a month name and take the
 * story's year; each language lists its names. A word of direction before the name counts
 * it from publication like "last July": "last Christmas", "förra julen", and a language's
 * adverbs of a past holiday ("i julas") name one with their direction.
 */
import type { Direction } from '../draft.ts';
import { dayValue } from '../calendar.ts';
import { holidayIn, type Holiday } from '../holidays.ts';
import { regexParser, spanOf, type DateParser } from '../pipeline.ts';
import { LEFT, RIGHT, alternation, pattern } from '../patterns.ts';

/** Name patterns (regular-expression source), the day each names, and the direction an adverb carries. */
export type HolidayNames = Array<[source: string, holiday: Holiday, direction?: Direction]>;

export interface HolidayLanguage {
  names: HolidayNames;
  /** Words before a name that count it from publication: "last", "förra". */
  directions: Record<string, Direction>;
  caseSensitive: boolean;
}

export function holidayParser(name: string, { names, directions, caseSensitive }: HolidayLanguage): DateParser {
  const alternatives = names.map(([source], i) => `(?<h${i}>${source})`).join('|');
  const which = Object.keys(directions).length > 0 ? `(?:(?<which>${alternation(Object.keys(directions))})\\s+)?` : '';
  const regex = pattern(`${LEFT}(?<date>${which}(?:${alternatives})(?:,?\\s+(?<year>\\d{4}))?)${RIGHT}`);
  return regexParser(name, regex, (m) => {
    const index = names.findIndex((_, i) => m.groups?.[`h${i}`] !== undefined);
    const entry = names[index];
    if (!entry) return null;
    const first = m.groups?.[`h${index}`]?.[0] ?? '';
    if (caseSensitive && first === first.toLowerCase()) return null;
    const period = { kind: 'holiday', holiday: entry[1] } as const;
    const year = m.groups?.year;
    // With its year a named day is stated in full: its date is a calendar fact.
    if (year !== undefined) return { ...spanOf(m), relation: { kind: 'absolute', value: dayValue(holidayIn(entry[1], Number(year))) } };
    const direction = entry[2] ?? directions[(m.groups?.which ?? '').toLowerCase().replace(/\s+/gu, ' ')];
    if (direction) return { ...spanOf(m), relation: { kind: 'recurring', period, direction } };
    return { ...spanOf(m), relation: { kind: 'yearless', period } };
  });
}
