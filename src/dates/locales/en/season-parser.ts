/**
 * English seasons: "the summer of 2012", "spring 2016", "in the summer". "fall" without a
 * year is only a season after "the" ("in the fall"): as a verb it is far more common.
 */
import { LEXICONS } from '../../lexicon.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, alternation, pattern } from '../../patterns.ts';

const { seasons } = LEXICONS.en;
const NAMES = alternation(Object.keys(seasons));

export const enSeasonYearParser = regexParser(
  'en-season-year',
  pattern(`${LEFT}(?<date>(?:the\\s+)?(?<name>${NAMES})(?:\\s+of)?,?\\s+(?<year>\\d{4}))${RIGHT}`),
  (m) => {
    const season = seasons[(m.groups?.name ?? '').toLowerCase()];
    if (!season) return null;
    return { ...spanOf(m), relation: { kind: 'absolute', value: { unit: 'season', year: Number(m.groups?.year), season } } };
  },
);

export const enYearlessSeasonParser = regexParser(
  'en-yearless-season',
  pattern(`${LEFT}(?:in|during|over|through|throughout|by|until|since)\\s+(?<date>(?<the>the\\s+)?(?<name>${NAMES}))${RIGHT}(?!\\s+of)`),
  (m) => {
    const name = (m.groups?.name ?? '').toLowerCase();
    const season = seasons[name];
    if (!season || (name === 'fall' && !m.groups?.the)) return null;
    return { ...spanOf(m), relation: { kind: 'yearless', period: { kind: 'season', season } } };
  },
);
