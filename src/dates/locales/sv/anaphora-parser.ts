/**
 * Swedish dates counted from the previous date in the text: "Två dagar senare",
 * "dagen därpå", "månaden efter", "följande år", "samma dag", "senare samma år", and from a
 * named happening, taken to be the story's last date: "tre veckor före toppmötet", "dagen
 * efter attacken" (a noun in the definite form, or "det"). "samma dag som …" is skipped.
 * "Mötet kom en vecka efter att … dödats" turns it round: the story's last date is the subject's
 * happening, and the date is that of the clause after "att", counted back from it.
 */
import { APPROXIMATE, anaphoricUnit, approximately, countedUnit, countedUnitSource } from '../../common/counts.ts';
import { LEXICONS } from '../../lexicon.ts';
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, pattern } from '../../patterns.ts';

const { numbers, units } = LEXICONS.sv;
const ENDS_HERE = '(?=\\s*(?:[,.;:!?)—–]|$))';
/** A happening named by a definite noun ("toppmötet", "attacken", "valen") or "det". */
const HAPPENING = '(?:det|detta|[\\p{L}-]{2,}(?:en|et|na|an))(?![\\p{L}])';

export const svCountedLaterParser = regexParser(
  'sv-counted-later',
  pattern(
    `${LEFT}(?<date>(?<about>${APPROXIMATE.sv}\\s+)?${countedUnitSource('sv', numbers)}\\s+(?<dir>senare|efteråt|därefter|tidigare|(?<side>före|efter|innan)\\s+${HAPPENING}))${RIGHT}`,
  ),
  (m) => {
    const counted = countedUnit(m.groups, numbers, units);
    if (!counted || counted.unit === 'quarter') return null;
    const sign = /^(?:tidigare|före|innan)/i.test(m.groups?.dir ?? '') ? -1 : 1;
    const count = m.groups?.about ? approximately(counted.unit, counted.count, sign) : { unit: counted.unit, offset: sign * counted.count };
    return { ...spanOf(m), relation: { kind: 'anaphoric', ...count, ...(m.groups?.side ? { event: true } : {}) } };
  },
);

/** A vague count ("några dagar senare", "flera veckor tidigare"): two to six units, "ett par" two or three. */
export const svVaguelyCountedParser = regexParser(
  'sv-vaguely-counted',
  pattern(`${LEFT}(?<date>(?<few>några|flera|ett\\s+par)\\s+(?<unit>dagar|veckor|månader|år)\\s+(?<dir>senare|efteråt|därefter|tidigare))${RIGHT}`),
  (m) => {
    const unit = anaphoricUnit(m.groups?.unit, units);
    if (unit === undefined) return null;
    const sign = /^tidigare/i.test(m.groups?.dir ?? '') ? -1 : 1;
    const spread = /par/i.test(m.groups?.few ?? '') ? 1 : 4;
    return { ...spanOf(m), relation: { kind: 'anaphoric', unit, offset: sign * 2, spread } };
  },
);

export const svNeighbourPeriodParser = regexParser(
  'sv-neighbour-period',
  pattern(
    `${LEFT}(?<date>(?<unit>dagen|veckan|månaden|året)\\s+(?:(?<after>därpå|därefter)|(?<after2>efter)(?:${ENDS_HERE}|\\s+(?<afterHappening>${HAPPENING}))|(?<before>innan|före)(?:${ENDS_HERE}|\\s+(?<beforeHappening>${HAPPENING})))|(?:på)?(?<following>följande|påföljande)\\s+(?<unit2>dag|vecka|månad|år)|(?:senare\\s+)?samma\\s+(?<unit3>dag|vecka|månad|år)(?!\\s+som))${RIGHT}`,
  ),
  (m) => {
    const g = m.groups ?? {};
    const unit = anaphoricUnit(g.unit ?? g.unit2 ?? g.unit3, units);
    if (unit === undefined) return null;
    const offset = g.after || g.after2 || g.following ? 1 : g.before ? -1 : 0;
    const event = g.afterHappening !== undefined || g.beforeHappening !== undefined;
    return { ...spanOf(m), relation: { kind: 'anaphoric', unit, offset, ...(event ? { event } : {}) } };
  },
);

/** Verbs that tell a happening's place in time ("Mötet kom en vecka efter att …"): their subject is the story's last happening. */
const TAKES_PLACE = '(?<=(?<![\\p{L}])(?:kom|skedde|ägde\\s+rum|hölls|inträffade|följde)\\s+)';

export const svCountedBeforeClauseParser = regexParser(
  'sv-counted-before-clause',
  pattern(`${TAKES_PLACE}(?<date>${countedUnitSource('sv', numbers)}\\s+(?<side>efter|före|innan)\\s+(?:det\\s+)?att)${RIGHT}`),
  (m) => {
    const counted = countedUnit(m.groups, numbers, units);
    if (!counted || counted.unit === 'quarter') return null;
    // The subject came that long after the clause's happening: the clause's date is counted back from the subject's.
    const sign = /^efter/i.test(m.groups?.side ?? '') ? -1 : 1;
    // Whole weeks counted back from a day land on a day ("en vecka efter att" a Thursday is the Thursday before).
    const inDays = counted.unit === 'week' && Number.isInteger(counted.count);
    const unit = inDays ? 'day' : counted.unit;
    return { ...spanOf(m), relation: { kind: 'anaphoric', unit, offset: sign * counted.count * (inDays ? 7 : 1), event: true, clause: true } };
  },
);
