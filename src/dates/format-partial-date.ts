/**
 * Partial dates in words, for answers: '2016-06-27' is "27 June 2016" / "27 juni 2016",
 * '2012-SU' "summer 2012" / "sommaren 2012", '199' "the 1990s" / "1990-talet". The words
 * say exactly what the value says, no more: a month is never shown as its first day.
 */
import type { CalendarValue, Season } from './calendar.ts';
import { LEXICONS } from './lexicon.ts';
import { parseValue } from './partial-date.ts';
import type { DateLanguage, Qualifier } from './types.ts';

/** The lexicon's first word for a month or season: "autumn" before "fall". English months take a capital. */
function nameOf<T>(words: Record<string, T>, key: T, lang: DateLanguage): string {
  const word = Object.keys(words).find((w) => words[w] === key) ?? String(key);
  return lang === 'en' && typeof key === 'number' ? word[0]?.toUpperCase() + word.slice(1) : word;
}

const QUALIFIED: Record<DateLanguage, Record<Qualifier, (s: string) => string>> = {
  en: { early: (s) => `early ${s}`, mid: (s) => `mid-${s}`, late: (s) => `late ${s}`, end: (s) => `the end of ${s}`, start: (s) => `the start of ${s}` },
  sv: { early: (s) => `början av ${s}`, mid: (s) => `mitten av ${s}`, late: (s) => `slutet av ${s}`, end: (s) => `slutet av ${s}`, start: (s) => `början av ${s}` },
};

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** A month (1–12) in words, without a year: "December", "december". */
export const formatMonth = (month: number, lang: DateLanguage): string => nameOf(LEXICONS[lang].months, month, lang);

function words(v: CalendarValue, lang: DateLanguage): string {
  const month = (m: number): string => formatMonth(m, lang);
  switch (v.unit) {
    case 'century':
      return lang === 'sv' ? `${v.century}00-talet` : `the ${ordinal(v.century + 1)} century`;
    case 'decade':
      return lang === 'sv' ? `${v.decade}0-talet` : `the ${v.decade}0s`;
    case 'year':
      return String(v.year);
    case 'season':
      return `${nameOf<Season>(LEXICONS[lang].seasons, v.season, lang)} ${v.year}`;
    case 'quarter':
      return lang === 'sv' ? `kvartal ${v.quarter} ${v.year}` : `Q${v.quarter} ${v.year}`;
    case 'month':
      return `${month(v.month)} ${v.year}`;
    case 'week':
      return lang === 'sv' ? `vecka ${v.week} ${v.year}` : `week ${v.week} of ${v.year}`;
    case 'day':
      return `${v.day} ${month(v.month)} ${v.year}`;
  }
}

/** A partial date (and its qualifier) in words. Throws on a value that is not a partial date. */
export function formatPartialDate(value: string, lang: DateLanguage, qualifier?: Qualifier): string {
  const v = parseValue(value);
  if (!v) throw new Error(`not a TimeML partial date: ${JSON.stringify(value)}`);
  const text = words(v, lang);
  return qualifier ? QUALIFIED[lang][qualifier](text) : text;
}
