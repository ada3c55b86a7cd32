import type { Language } from '../corpus/types.ts';
import { LEXICONS } from '../dates/lexicon.ts';
import { tokenize, type Token } from './tokenize.ts';

/**
 * The term a passage that states a date is indexed by ("on 3 April 2018", "On Thursday", "in May
 * 2010", "i torsdags"), and that a question asking when ("When was …", "När …", "in which year")
 * searches for. No word is written so (see `MEASURE_TERM`).
 */
export const DATE_TERM = '#d#';

/** A year of the news the documents report, written in digits. */
const YEAR = /^(?:19|20)\d\d$/u;
/** Swedish writes "last Thursday" as the weekday with -s: "i torsdags". */
const SWEDISH_PAST_WEEKDAY = /s$/u;

/** Whether a text states a date: a month or a weekday named (in English capitalised, "may" being a verb), or a year. */
export function statesDate(text: string, language: Language): boolean {
  const { months, weekdays } = LEXICONS[language];
  return tokenize(text).some((token) => {
    if (YEAR.test(token.raw)) return true;
    const lower = token.raw.toLowerCase();
    if (language === 'en' && !/^\p{Lu}/u.test(token.raw)) return false;
    return lower in months || lower in weekdays || (language === 'sv' && lower.replace(SWEDISH_PAST_WEEKDAY, '') in weekdays);
  });
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
