/**
 * Swedish dates counted from the previous date in the text: "Två dagar senare",
 * "dagen därpå", "månaden efter", "följande år", "samma dag", "senare samma år".
 * "samma dag som …" and "dagen efter attacken" name their own anchor and are skipped.
 */
import { anaphoricUnit, countOf } from '../../common/counts.ts';
import { LEXICONS } from '../../lexicon.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, alternation, pattern } from '../../patterns.ts';

const { numbers, units } = LEXICONS.sv;
const ENDS_HERE = '(?=\\s*(?:[,.;:!?)—–]|$))';

export const svCountedLaterParser = regexParser(
  'sv-counted-later',
  pattern(
    `${LEFT}(?<date>(?<count>\\d{1,3}|${alternation(Object.keys(numbers))})\\s+(?<unit>dagar|dag|veckor|vecka|månader|månad|år)\\s+(?<dir>senare|efteråt|därefter|tidigare))${RIGHT}`,
  ),
  (m) => {
    const count = countOf(m.groups?.count, numbers);
    const unit = anaphoricUnit(m.groups?.unit, units);
    if (count === undefined || unit === undefined) return null;
    const sign = (m.groups?.dir ?? '').toLowerCase() === 'tidigare' ? -1 : 1;
    return { ...spanOf(m), relation: { kind: 'anaphoric', unit, offset: sign * count } };
  },
);

export const svNeighbourPeriodParser = regexParser(
  'sv-neighbour-period',
  pattern(
    `${LEFT}(?<date>(?<unit>dagen|veckan|månaden|året)\\s+(?:(?<after>därpå|därefter)|(?<after2>efter)${ENDS_HERE}|(?<before>innan|före)${ENDS_HERE})|(?:på)?(?<following>följande|påföljande)\\s+(?<unit2>dag|vecka|månad|år)|(?:senare\\s+)?samma\\s+(?<unit3>dag|vecka|månad|år)(?!\\s+som))${RIGHT}`,
  ),
  (m) => {
    const g = m.groups ?? {};
    const unit = anaphoricUnit(g.unit ?? g.unit2 ?? g.unit3, units);
    if (unit === undefined) return null;
    const offset = g.after || g.after2 || g.following ? 1 : g.before ? -1 : 0;
    return { ...spanOf(m), relation: { kind: 'anaphoric', unit, offset } };
  },
);
