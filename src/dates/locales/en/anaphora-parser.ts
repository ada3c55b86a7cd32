/**
 * English dates counted from the previous date in the text: "two days later", "the
 * following month", "later that year", "that month", "the same day", "the day before", and
 * from a named happening, taken to be the story's last date: "three weeks before the
 * summit", "the day after the vote". ("that day" alone is left out: it is as often "the day
 * when …".) "the same day Erdogan and Putin met" names its anchor in a clause, which is not
 * read, so "same" only counts when the phrase ends there. "The meeting came a week after more
 * than 30 soldiers were killed" turns it round: the story's last date is the subject's happening,
 * and the date is that of the clause after "after", counted back from it.
 */
import { APPROXIMATE, anaphoricUnit, approximately, countedUnit, countedUnitSource } from '../../common/counts.ts';
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
    `${LEFT}(?<date>(?<about>${APPROXIMATE.en}\\s+)?${countedUnitSource('en', numbers)}\\s+(?<dir>later|afterwards|after\\s+that|earlier|before\\s+that|(?<side>before|after)\\s+${HAPPENING}))${RIGHT}`,
  ),
  (m) => {
    const counted = countedUnit(m.groups, numbers, units);
    if (!counted || counted.unit === 'quarter') return null;
    if (m.groups?.side && !happeningEnds(m.input, m.index + m[0].length)) return null;
    const sign = /^(?:earlier|before)/i.test(m.groups?.dir ?? '') ? -1 : 1;
    const count = m.groups?.about ? approximately(counted.unit, counted.count, sign) : { unit: counted.unit, offset: sign * counted.count };
    return { ...spanOf(m), relation: { kind: 'anaphoric', ...count, ...(m.groups?.side ? { event: true } : {}) } };
  },
);

/** A vague count ("a few days later", "several weeks earlier"): two to six units, "a couple of" two or three. */
export const enVaguelyCountedParser = regexParser(
  'en-vaguely-counted',
  pattern(`${LEFT}(?<date>(?<few>a\\s+few|several|a\\s+couple\\s+of)\\s+(?<unit>days|weeks|months|years)\\s+(?<dir>later|afterwards|earlier))${RIGHT}`),
  (m) => {
    const unit = anaphoricUnit(m.groups?.unit?.replace(/s$/u, ''), units);
    if (unit === undefined) return null;
    const sign = /^earlier/i.test(m.groups?.dir ?? '') ? -1 : 1;
    const spread = /couple/i.test(m.groups?.few ?? '') ? 1 : 4;
    return { ...spanOf(m), relation: { kind: 'anaphoric', unit, offset: sign * 2, spread } };
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

/** Verbs that tell a happening's place in time ("The meeting came a week after …"): their subject is the story's last happening. */
const TAKES_PLACE = '(?<=(?<![\\p{L}])(?:came|took\\s+place|was\\s+held|were\\s+held|happened|occurred|followed)\\s+)';
/** A clause follows, not a named happening: a finite verb within a few words, before any punctuation. */
const CLAUSE_FOLLOWS = "(?=\\s+(?:[^\\s,.;:!?]+\\s+){0,6}?(?:was|were|had|has|have|is|are|\\p{Ll}{3,}ed)(?![\\p{L}]))";

export const enCountedBeforeClauseParser = regexParser(
  'en-counted-before-clause',
  pattern(`${TAKES_PLACE}(?<date>${countedUnitSource('en', numbers)}\\s+(?<side>after|before))${CLAUSE_FOLLOWS}`),
  (m) => {
    const counted = countedUnit(m.groups, numbers, units);
    if (!counted || counted.unit === 'quarter') return null;
    // The subject came that long after the clause's happening: the clause's date is counted back from the subject's.
    const sign = /^after/i.test(m.groups?.side ?? '') ? -1 : 1;
    // Whole weeks counted back from a day land on a day.
    const inDays = counted.unit === 'week' && Number.isInteger(counted.count);
    const unit = inDays ? 'day' : counted.unit;
    return { ...spanOf(m), relation: { kind: 'anaphoric', unit, offset: sign * counted.count * (inDays ? 7 : 1), event: true, clause: true } };
  },
);
