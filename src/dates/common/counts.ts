/** Counts and units as the relative parsers of both languages read them. */
import type { RelativeUnit } from '../draft.ts';
import { alternation } from '../patterns.ts';
import type { DateLanguage } from '../types.ts';

/** "3", "two", "Två" → a number, or undefined for a word the lexicon does not know. */
export function countOf(text: string | undefined, numbers: Record<string, number>): number | undefined {
  const word = (text ?? '').toLowerCase();
  return /^\d+$/.test(word) ? Number(word) : numbers[word];
}

export type AnaphoricUnit = 'year' | 'month' | 'week' | 'day';

/** The unit of "two days later" / "månaden därpå": quarters do not count from a previous date. */
export function anaphoricUnit(word: string | undefined, units: Record<string, RelativeUnit>): AnaphoricUnit | undefined {
  const unit = units[(word ?? '').toLowerCase()];
  return unit === 'quarter' ? undefined : unit;
}

/** Words that make a count approximate: "about a week before the summit", "cirka tre veckor senare". */
export const APPROXIMATE: Record<DateLanguage, string> = {
  en: '(?:about|around|roughly|approximately|some|nearly|almost|close\\s+to)',
  sv: '(?:cirka|ca\\.?|ungefär|omkring|runt|drygt|nästan|närmare)',
};

/**
 * An approximate count from the previous date is a span round it, never one day: a quarter of
 * the count either side (at least a day), weeks counted in days so that the span need not be
 * whole weeks. A count too small to have a margin ("about a month later") stays itself; it is
 * uncertain like every anaphoric reading.
 */
export function approximately(unit: AnaphoricUnit, count: number, sign: number): { unit: AnaphoricUnit; offset: number; spread?: number } {
  const inDays = unit === 'week';
  const n = inDays ? Math.round(count * 7) : count;
  const margin = inDays || unit === 'day' ? Math.max(1, Math.round(n / 4)) : Math.floor(n / 4);
  const counted = inDays ? 'day' : unit;
  if (margin === 0 || margin >= n) return { unit: counted, offset: sign * n };
  return { unit: counted, offset: sign * (n - margin), spread: 2 * margin };
}

const UNIT_WORDS: Record<DateLanguage, string> = {
  en: 'days?|weeks?|months?|years?',
  sv: 'dagar|dag|veckor|vecka|månader|månad|år',
};
const HALF: Record<DateLanguage, { after: string; oneAndHalf: string; halfOf: string }> = {
  en: { after: '\\s+and\\s+a\\s+half', oneAndHalf: '(?:an?|one)\\s+(?<unitAndHalf>day|week|month|year)\\s+and\\s+a\\s+half', halfOf: 'half\\s+an?\\s+(?<halfUnit>day|week|month|year)' },
  sv: { after: '\\s+och\\s+(?:en|ett)\\s+halvt?', oneAndHalf: '(?!)', halfOf: '(?:ett\\s+|en\\s+)?halv(?:t\\s+|\\s+)?(?<halfUnit>år|månad|vecka|dag)' },
};

/**
 * A count of units, whole or with a half: "two days", "two and a half years", "a year and a
 * half", "half a year", "1.5 years", "två och ett halvt år", "ett halvår". Read it with countedUnit().
 */
export function countedUnitSource(lang: DateLanguage, numbers: Record<string, number>): string {
  const half = HALF[lang];
  const decimal = lang === 'en' ? '\\.' : ',';
  return `(?:(?<count>\\d{1,3}(?:${decimal}\\d)?|${alternation(Object.keys(numbers))})(?<half>${half.after})?\\s+(?<unit>${UNIT_WORDS[lang]})|${half.oneAndHalf}|${half.halfOf})`;
}

/** The number of units a countedUnitSource() match states, possibly fractional. */
export function countedUnit(
  groups: Record<string, string | undefined> | undefined,
  numbers: Record<string, number>,
  units: Record<string, RelativeUnit>,
): { count: number; unit: RelativeUnit } | undefined {
  const g = groups ?? {};
  const unitWord = (g.unit ?? g.unitAndHalf ?? g.halfUnit ?? '').toLowerCase();
  const unit = units[unitWord];
  if (unit === undefined) return undefined;
  if (g.unitAndHalf) return { count: 1.5, unit };
  if (g.halfUnit) return { count: 0.5, unit };
  const count = /^\d/.test(g.count ?? '') ? Number((g.count ?? '').replace(',', '.')) : countOf(g.count, numbers);
  if (count === undefined) return undefined;
  return { count: count + (g.half ? 0.5 : 0), unit };
}

const FINER: Record<RelativeUnit, [RelativeUnit, number]> = { year: ['month', 12], quarter: ['month', 3], month: ['day', 30], week: ['day', 7], day: ['day', 1] };

/** A fractional offset in the next finer unit, rounded: 2.5 years are 30 months. Whole offsets stay as they are. */
export function inWholeUnits(unit: RelativeUnit, offset: number): { unit: RelativeUnit; offset: number } {
  if (Number.isInteger(offset)) return { unit, offset };
  const [finer, factor] = FINER[unit];
  return { unit: finer, offset: Math.round(offset * factor) };
}
