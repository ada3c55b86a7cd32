/**
 * English dates counted from the previous date in the text: "two days later", "the
 * following month", "later that year", "that month", "the same day", "the day before", and
 * from a named happening, taken to be the story's last date: "three weeks before the
 * summit", "the day after the vote". ("that day" alone is left out: it is as often "the day
 * when …".) "the same day Erdogan and Putin met" names its anchor in a clause, which is not
 * read, so "same" only counts when the phrase ends there.
 */
import { anaphoricUnit, countedUnit, countedUnitSource } from '../../common/counts.ts';
import { LEXICONS } from '../../lexicon.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, isUpperCase, pattern } from '../../patterns.ts';

const { numbers, units } = LEXICONS.en;
const ENDS_HERE = '(?=\\s*(?:[,.;:!?)—–]|$))';
/**
 * A named happening: a determiner and up to three words that end the phrase — at punctuation,
 * or before a name or a subject ("three weeks before the summit Erdogan said"). "the day
 * before the son reported him missing" names a clause, not a happening, and is not read.
 */
const PRONOUN = '(?:him|her|them|it|he|she|they|we|you|i|me|us)';
const HAPPENING = `(?:the|this|that|his|her|its|their)(?:\\s+(?!${PRONOUN}(?![\\p{L}]))[\\p{L}\\p{N}'’-]+){1,3}?(?=\\s*(?:[,.;:!?)—–]|$)|\\s+\\p{L})`;

/** The happening's phrase ends at punctuation, or before a name or a subject (the regex's /i cannot tell case). */
function happeningEnds(text: string, end: number): boolean {
  const next = /^\s+(\p{L}+)/u.exec(text.slice(end));
  return !next || isUpperCase(next[1]?.[0]) || /^(?:the|a|an|he|she|it|they|we)$/u.test(next[1] ?? '');
}

export const enCountedLaterParser = regexParser(
  'en-counted-later',
  pattern(
    `${LEFT}(?<date>${countedUnitSource('en', numbers)}\\s+(?<dir>later|afterwards|after\\s+that|earlier|before\\s+that|(?<side>before|after)\\s+${HAPPENING}))${RIGHT}`,
  ),
  (m) => {
    const counted = countedUnit(m.groups, numbers, units);
    if (!counted || counted.unit === 'quarter') return null;
    if (m.groups?.side && !happeningEnds(m.input, m.index + m[0].length)) return null;
    const unit = counted.unit;
    const sign = /^(?:earlier|before)/i.test(m.groups?.dir ?? '') ? -1 : 1;
    return { ...spanOf(m), relation: { kind: 'anaphoric', unit, offset: sign * counted.count, ...(m.groups?.side ? { event: true } : {}) } };
  },
);

export const enNeighbourPeriodParser = regexParser(
  'en-neighbour-period',
  pattern(
    `${LEFT}(?<date>the\\s+(?:(?<which>following|next|previous|preceding)\\s+(?<unit>day|week|month|year)|(?<same>same)\\s+(?<unit2>day|week|month|year)${ENDS_HERE}|(?<unit3>day|week|month|year)\\s+(?<side>before|after)(?:${ENDS_HERE}|\\s+(?<happening>${HAPPENING})))|(?:(?:later|earlier)\\s+)?(?:that|the\\s+same)\\s+(?<unit4>week|month|year)|(?:later|earlier)\\s+(?:that|the\\s+same)\\s+(?<unit5>day))${RIGHT}`,
  ),
  (m) => {
    const g = m.groups ?? {};
    const unit = anaphoricUnit(g.unit ?? g.unit2 ?? g.unit3 ?? g.unit4 ?? g.unit5, units);
    if (unit === undefined) return null;
    if (g.happening && !happeningEnds(m.input, m.index + m[0].length)) return null;
    const which = (g.which ?? g.side ?? '').toLowerCase();
    const offset = which === 'following' || which === 'next' || which === 'after' ? 1 : which === '' ? 0 : -1;
    return { ...spanOf(m), relation: { kind: 'anaphoric', unit, offset, ...(g.happening ? { event: true } : {}) } };
  },
);
