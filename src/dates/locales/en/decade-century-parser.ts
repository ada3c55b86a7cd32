/** Decades and centuries: "the 1990s" is TimeML '199', "the '90s" too, "the 20th century" '19'. */
import { regexParser, spanOf } from '../../pipeline.ts';
import { LEFT, RIGHT, pattern } from '../../patterns.ts';

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

export const enDecadeParser = regexParser(
  'en-decade',
  pattern(`${LEFT}(?<date>(?<full>\\d{3})0'?s|['’](?<short>\\d)0s|(?<=the\\s+(?:(?:early|mid|late)[\\s-]+)?)(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${RIGHT}`),
  (m) => {
    const g = m.groups ?? {};
    // "the nineties" are the 1990s: written-out decades are read as last century's.
    if (g.word !== undefined) return { ...spanOf(m), relation: { kind: 'absolute', value: { unit: 'decade', decade: 190 + (DECADE_WORDS[g.word.toLowerCase()] ?? 0) } } };
    // "'90s" is the 1990s, "'10s" the 2010s: two-digit decades up to '20s are taken as this century.
    const decade = g.full !== undefined ? Number(g.full) : Number(g.short) <= 2 ? 200 + Number(g.short) : 190 + Number(g.short);
    if (decade < 100) return null;
    return { ...spanOf(m), relation: { kind: 'absolute', value: { unit: 'decade', decade } } };
  },
);

const WORD_ORDINALS: Record<string, number> = {
  fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

export const enCenturyParser = regexParser(
  'en-century',
  pattern(`${LEFT}(?<date>(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<word>fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[\\s-]first))[\\s-]+century)${RIGHT}`),
  (m) => {
    const g = m.groups ?? {};
    const ordinal = g.n !== undefined ? Number(g.n) : WORD_ORDINALS[(g.word ?? '').toLowerCase().replace(/\s+/, ' ')];
    if (ordinal === undefined || ordinal < 1) return null;
    // The 20th century is 1900–1999: TimeML '19'.
    return { ...spanOf(m), relation: { kind: 'absolute', value: { unit: 'century', century: ordinal - 1 } } };
  },
);
