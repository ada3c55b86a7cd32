import type { Language } from '../corpus/types.ts';
import { LEXICONS } from '../dates/lexicon.ts';
import { tokenize, type Token } from './tokenize.ts';

/**
 * The term a passage that states a date is indexed by ("on 3 April 2018", "On Thursday", "in May
 * 2010", "i torsdags"), and that a question asking when ("When was …", "När …", "in which year")
 * searches for. No word is written so (see `MEASURE_TERM`).
 */
export const DATE_TERM = '#d#';

/**
 * A year of the news the documents report, written in digits, or a month or a weekday named (in
 * English capitalised, "may" being a verb; in Swedish also "last Thursday", "i torsdags"), as a word
 * of its own: one expression per language, as every sentence is tested.
 */
const DATE_PATTERN: Record<Language, RegExp> = {
  en: datePattern(Object.keys(LEXICONS.en.months), Object.keys(LEXICONS.en.weekdays), (name) => name[0]?.toUpperCase() + name.slice(1), '', ''),
  sv: datePattern(Object.keys(LEXICONS.sv.months), Object.keys(LEXICONS.sv.weekdays), (name) => name, 's?', 'i'),
};

function datePattern(months: string[], weekdays: string[], written: (name: string) => string, weekdayEnding: string, flags: string): RegExp {
  const names = [...months.map(written), ...weekdays.map((day) => `${written(day)}${weekdayEnding}`)].join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:(?:19|20)\\d\\d|${names})(?![\\p{L}\\p{N}])`, `u${flags}`);
}

/** Whether a text states a date: a month or a weekday named, or a year. */
export function statesDate(text: string, language: Language): boolean {
  return DATE_PATTERN[language].test(text);
}

/** Question words that ask for a time, and the nouns a "which" asks a date by. */
const WHEN: Record<Language, ReadonlySet<string>> = { en: new Set(['when']), sv: new Set(['när']) };
const WHICH: Record<Language, ReadonlySet<string>> = { en: new Set(['what', 'which']), sv: new Set(['vilket', 'vilken', 'vilka']) };
const DATE_NOUNS: Record<Language, ReadonlySet<string>> = {
  en: new Set(['year', 'month', 'day', 'date']),
  sv: new Set(['år', 'månad', 'dag', 'datum']),
};

/** Whether a question asks when: "when" / "när", or "which year" / "vilket år" (and month, day, date). */
export function asksDate(text: string, language: Language): boolean {
  const tokens = tokenize(text);
  return tokens.some((token: Token, i) => {
    const lower = token.raw.toLowerCase();
    if (WHEN[language].has(lower)) return true;
    return WHICH[language].has(lower) && DATE_NOUNS[language].has(tokens[i + 1]?.raw.toLowerCase() ?? '');
  });
}
