/**
 * chrono-node's own calendar parsers ("24 November 2015", "June 27, 2016", "May 18",
 * "den 24 november 2015", "3/22/2013"), run without chrono's refiners: we only read what
 * chrono marks as certain and leave every implied component to our resolver, which knows
 * about the narrative. chrono's relative, weekday and time parsers are left out because
 * ours keep week and season granularity ("last week" is 2013-W11, not a day) and do not
 * read "the past five years" as a date.
 */
import type { Chrono, ParsedResult, Parser } from 'chrono-node';
// The two locales alone: importing the whole package loads every locale it has, a quarter of a second at start-up.
import * as en from 'chrono-node/en';
import * as sv from 'chrono-node/sv';
import type { CalendarValue } from '../calendar.ts';
import { isValidDay } from '../calendar.ts';
import type { Found } from '../draft.ts';
import type { DateParser, ParseContext } from '../pipeline.ts';
import type { DateLanguage } from '../types.ts';

const KEPT_PARSERS: Record<DateLanguage, string[]> = {
  en: [
    'ENYearMonthDayParser',
    'ISOFormatParser',
    'SlashDateFormatParser',
    'ENMonthNameLittleEndianParser',
    'ENMonthNameMiddleEndianParser',
    'ENSlashMonthFormatParser',
    'ENYearMonthNameParser',
    'ENMonthNameParser',
  ],
  sv: ['ISOFormatParser', 'SlashDateFormatParser', 'SVMonthNameLittleEndianParser'],
};

function localeChrono(lang: DateLanguage): Chrono {
  const base = lang === 'sv' ? sv.casual : en.casual;
  const byName = new Map<string, Parser>();
  for (const parser of base.parsers) {
    const name = parser.constructor.name;
    if (KEPT_PARSERS[lang].includes(name) && !byName.has(name)) byName.set(name, parser);
  }
  const missing = KEPT_PARSERS[lang].filter((name) => !byName.has(name));
  // A chrono upgrade that renames a parser must fail loudly, not silently lose dates.
  if (missing.length > 0) throw new Error(`chrono-node no longer has ${missing.join(', ')}`);
  return new en.Chrono({ parsers: [...byName.values()], refiners: [] });
}

/** chrono's reference only feeds the implied components, which we ignore; noon avoids zone edges. */
function referenceInstant(reference: CalendarValue): Date {
  const year = reference.unit === 'century' ? reference.century * 100 : reference.unit === 'decade' ? reference.decade * 10 : reference.year;
  const month = reference.unit === 'month' || reference.unit === 'day' ? reference.month : 1;
  const day = reference.unit === 'day' ? reference.day : 1;
  return new Date(Date.UTC(year, month - 1, day, 12));
}

function toFound(result: ParsedResult): Found | null {
  const c = result.start;
  const known = (unit: 'year' | 'month' | 'day'): number | undefined => (c.isCertain(unit) ? (c.get(unit) ?? undefined) : undefined);
  const year = known('year');
  const month = known('month');
  const day = known('day');
  // chrono's little-endian parsers take in a leading "On"/"den"; the mention is the date itself.
  const lead = /^(?:on|den)\s+/i.exec(result.text)?.[0].length ?? 0;
  // …and its month-name parser a trailing comma ("In August, the two men …").
  const trail = /[\s,-]*$/.exec(result.text)?.[0].length ?? 0;
  const span = { start: result.index + lead, end: result.index + result.text.length - trail };
  // "1/2" and "24/7" are fractions and slogans far more often than dates.
  if (year === undefined && /^\d{1,2}[/.]\d{1,2}$/.test(result.text)) return null;
  if (month === undefined) return year === undefined ? null : { ...span, relation: { kind: 'absolute', value: { unit: 'year', year } } };
  if (day !== undefined) {
    if (year === undefined) return isValidDay(2000, month, day) ? { ...span, relation: { kind: 'yearless', period: { kind: 'month', month }, day } } : null;
    return isValidDay(year, month, day) ? { ...span, relation: { kind: 'absolute', value: { unit: 'day', year, month, day } } } : null;
  }
  if (year === undefined) return { ...span, relation: { kind: 'yearless', period: { kind: 'month', month } } };
  return { ...span, relation: { kind: 'absolute', value: { unit: 'month', year, month } } };
}

export function chronoCalendarParser(lang: DateLanguage): DateParser {
  const instance = localeChrono(lang);
  return {
    name: `chrono-${lang}`,
    parse(context: ParseContext): Found[] {
      return instance
        .parse(context.text, referenceInstant(context.reference))
        .map(toFound)
        .filter((found): found is Found => found !== null);
    },
  };
}
