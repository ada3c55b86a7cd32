/**
 * Swedish month with or without a year: "i augusti 2016", "I januari 2017", "i februari".
 * chrono's Swedish locale only reads months with a day ("den 24 november 2015").
 */
import { LEXICONS } from '../../lexicon.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, alternation, pattern } from '../../patterns.ts';

const { months } = LEXICONS.sv;

export const svMonthNameParser = regexParser(
  'sv-month-name',
  pattern(`${LEFT}(?<date>(?<month>${alternation(Object.keys(months))})(?:\\s+(?:år\\s+)?(?<year>\\d{4}))?)${RIGHT}(?!-)`),
  (m) => {
    const month = months[(m.groups?.month ?? '').toLowerCase()];
    if (month === undefined) return null;
    const yearText = m.groups?.year;
    if (yearText !== undefined) return { ...spanOf(m), relation: { kind: 'absolute', value: { unit: 'month', year: Number(yearText), month } } };
    return { ...spanOf(m), relation: { kind: 'yearless', period: { kind: 'month', month } } };
  },
);
