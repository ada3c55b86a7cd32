/** Swedish seasons: "sommaren 2016", "våren 2017", "under hösten". */
import { LEXICONS } from '../../lexicon.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, alternation, pattern } from '../../patterns.ts';

const { seasons } = LEXICONS.sv;

export const svSeasonParser = regexParser(
  'sv-season',
  pattern(`${LEFT}(?<date>(?<name>${alternation(Object.keys(seasons))})(?:\\s+(?<year>\\d{4}))?)${RIGHT}`),
  (m) => {
    const season = seasons[(m.groups?.name ?? '').toLowerCase()];
    if (!season) return null;
    const yearText = m.groups?.year;
    if (yearText !== undefined) return { ...spanOf(m), relation: { kind: 'absolute', value: { unit: 'season', year: Number(yearText), season } } };
    return { ...spanOf(m), relation: { kind: 'yearless', period: { kind: 'season', season } } };
  },
);
