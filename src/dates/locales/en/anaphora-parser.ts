/**
 * English dates counted from the previous date in the text: "two days later", "the
 * following month", "later that year", "that month", "the same day", "the day before".
 * ("that day" alone is left out: it is as often "the day when …".)
 * "the same day Erdogan and Putin met" names its own anchor in a clause, so "same",
 * "before" and "after" readings are only taken when the phrase ends there.
 */
import { anaphoricUnit, countOf } from '../../common/counts.ts';
import { LEXICONS } from '../../lexicon.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, alternation, pattern } from '../../patterns.ts';

const { numbers, units } = LEXICONS.en;
const ENDS_HERE = '(?=\\s*(?:[,.;:!?)—–]|$))';

export const enCountedLaterParser = regexParser(
  'en-counted-later',
  pattern(
    `${LEFT}(?<date>(?<count>\\d{1,3}|${alternation(Object.keys(numbers))})\\s+(?<unit>days?|weeks?|months?|years?)\\s+(?<dir>later|afterwards|after\\s+that|earlier|before\\s+that))${RIGHT}`,
  ),
  (m) => {
    const count = countOf(m.groups?.count, numbers);
    const unit = anaphoricUnit(m.groups?.unit, units);
    if (count === undefined || unit === undefined) return null;
    const sign = /^(?:earlier|before)/i.test(m.groups?.dir ?? '') ? -1 : 1;
    return { ...spanOf(m), relation: { kind: 'anaphoric', unit, offset: sign * count } };
  },
);

export const enNeighbourPeriodParser = regexParser(
  'en-neighbour-period',
  pattern(
    `${LEFT}(?<date>the\\s+(?:(?<which>following|next|previous|preceding)\\s+(?<unit>day|week|month|year)|(?<same>same)\\s+(?<unit2>day|week|month|year)${ENDS_HERE}|(?<unit3>day|week|month|year)\\s+(?<side>before|after)${ENDS_HERE})|(?:(?:later|earlier)\\s+)?(?:that|the\\s+same)\\s+(?<unit4>week|month|year)|(?:later|earlier)\\s+(?:that|the\\s+same)\\s+(?<unit5>day))${RIGHT}`,
  ),
  (m) => {
    const g = m.groups ?? {};
    const unit = anaphoricUnit(g.unit ?? g.unit2 ?? g.unit3 ?? g.unit4 ?? g.unit5, units);
    if (unit === undefined) return null;
    const which = (g.which ?? g.side ?? '').toLowerCase();
    const offset = which === 'following' || which === 'next' || which === 'after' ? 1 : which === '' ? 0 : -1;
    return { ...spanOf(m), relation: { kind: 'anaphoric', unit, offset } };
  },
);
