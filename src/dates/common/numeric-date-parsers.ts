/**
 * Numeric dates chrono does not read the way these texts mean them: ISO partial dates
 * ("2017-03", a dateline) and European day.month.year ("05.09.2019" is 5 September,
 * whatever the language; chrono's English parser would read May 9).
 */
import { isValidDay } from '../calendar.ts';
import type { Found } from '../draft.ts';
import { regexParser, spanOf } from '../pipeline.ts';
import { pattern } from '../patterns.ts';

/** A month, or a day when `day` is given; null for impossible dates like 2019-02-30. */
function numericDate(m: RegExpExecArray, year: number, month: number, day?: number): Found | null {
  if (day === undefined) return month >= 1 && month <= 12 ? { ...spanOf(m), relation: { kind: 'absolute', value: { unit: 'month', year, month } } } : null;
  return isValidDay(year, month, day) ? { ...spanOf(m), relation: { kind: 'absolute', value: { unit: 'day', year, month, day } } } : null;
}

export const isoDateParser = regexParser(
  'iso-date',
  pattern('(?<![\\p{L}\\p{N}./-])(\\d{4})-(\\d{2})(?:-(\\d{2}))?(?![\\p{N}]|[-./]\\p{N})'),
  (m) => numericDate(m, Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])),
);

export const dottedDateParser = regexParser(
  'dotted-date',
  pattern('(?<![\\p{L}\\p{N}./-])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\p{N}]|[./-]\\p{N})'),
  (m) => numericDate(m, Number(m[3]), Number(m[2]), Number(m[1])),
);
