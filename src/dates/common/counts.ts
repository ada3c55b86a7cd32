/** Counts and units as the relative parsers of both languages read them. */
import type { RelativeUnit } from '../draft.ts';

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
