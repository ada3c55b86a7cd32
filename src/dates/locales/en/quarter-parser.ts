/** Fiscal quarters: "the third quarter", "the fourth quarter of 2012", "Q3 2012". TimeML writes 2012-Q3. */
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, pattern } from '../../patterns.ts';

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4 };

export const enQuarterParser = regexParser(
  'en-quarter',
  pattern(
    `${LEFT}(?<date>(?:the\\s+)?(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\\s-]+(?:fiscal\\s+)?quarter(?:\\s+of\\s+(?<year>\\d{4})|,?\\s+(?<year2>\\d{4}))?|Q(?<q>[1-4])(?:\\s+(?<year3>\\d{4}))?)${RIGHT}`,
  ),
  (m) => {
    const g = m.groups ?? {};
    const quarter = g.q !== undefined ? Number(g.q) : ORDINALS[(g.ordinal ?? '').toLowerCase()];
    if (quarter === undefined) return null;
    const yearText = g.year ?? g.year2 ?? g.year3;
    if (yearText !== undefined) return { ...spanOf(m), relation: { kind: 'absolute', value: { unit: 'quarter', year: Number(yearText), quarter } } };
    // A bare "Q3" is too often a product or a grade to count without a year.
    if (g.q !== undefined) return null;
    return { ...spanOf(m), relation: { kind: 'yearless', period: { kind: 'quarter', quarter } } };
  },
);
