import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageData } from '../../src/language-data.ts';
import type { Analyzer } from '../../src/text/analyzer.ts';
import { fold } from '../../src/text/fold.ts';
import { detectLanguage } from '../../src/text/language.ts';
import { stem } from '../../src/text/stem.ts';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = (await loadLanguageData()).analyzer;
});

describe('folding', () => {
  it.each([
    ['Erdoğan', 'erdogan'],
    ['İstanbul', 'istanbul'],
    ['Türkiye', 'turkiye'],
    ['ambassadören', 'ambassadoren'],
    ['Diyarbakır', 'diyarbakir'],
  ])('%s → %s', (word, folded) => {
    expect(fold(word)).toBe(folded);
  });
});

describe('Snowball stemming, then folding', () => {
  it.each([
    ['en', 'sanctions', 'sanction'],
    ['en', 'deliveries', 'deliveri'],
    ['en', 'killed', 'kill'],
    ['sv', 'sanktioner', 'sanktion'],
    ['sv', 'ambassadören', 'ambassador'],
    ['sv', 'nedskjutningen', 'nedskjutning'],
  ] as const)('%s: %s → %s', (language, word, stemmed) => {
    expect(stem(word, language)).toBe(stemmed);
  });
});

describe('question words are no terms', () => {
  it('leaves out "varifrån" (from where), which the Swedish stop-word list lacks', () => {
    expect(analyzer.terms('Varifrån kom gasen?', 'sv')).not.toContain('varifran');
  });
});

describe('aliases', () => {
  it.each([
    ['S-400', 's400'],
    ['S400', 's400'],
    ['S 400', 's400'],
    ['Su-24', 'su24'],
    ['Su24', 'su24'],
    ['TurkStream', 'turkstream'],
    ['Turkish Stream', 'turkstream'],
    ['Turkey Stream', 'turkstream'],
    ['Nur-Sultan', 'astana'],
    ['Hemeimeem', 'hmeimim'],
    ['Islamic State', 'isis'],
    ['Daesh', 'isis'],
    ['IS', 'isis'],
    ['Türkiye', 'turkey'],
    ['Erdoğan', 'erdogan'],
    ['S:t Petersburg', 'petersburg'],
    ['American', 'usa'],
    ['amerikanska', 'usa'],
  ])('%s → %s', (text, canonical) => {
    expect(analyzer.terms(text, 'en')).toEqual([canonical]);
  });

  it('matches short capitalised names only as written', () => {
    expect(analyzer.terms('It is what it is', 'en')).toEqual([]);
    expect(analyzer.terms('flyganfall mot IS', 'sv')).toEqual(['flyganfall', 'isis']);
  });

  it('reads a possessive as the name itself', () => {
    expect(analyzer.terms("Ankara's and Moscow’s forces", 'en')).toEqual(analyzer.terms('Ankara and Moscow forces', 'en'));
  });

  it('keeps a model name and its number together', () => {
    expect(analyzer.terms('the Su-57 and 57 jets', 'en')).toEqual(['su57', '57', 'jet']);
  });
});

describe('the cross-lingual bridge', () => {
  it.each([
    ['sv', 'Turkietambassadören', 'ambassador'],
    ['sv', 'sanktioner', 'sanction'],
    ['en', 'ambassador', 'ambassador'],
    ['en', 'sanctions', 'sanktion'],
    ['en', 'killed', 'ihjal'],
  ] as const)('%s "%s" reaches the other language as %s', (language, word, translated) => {
    expect(analyzer.bridge(analyzer.terms(word, language), language)).toContain(translated);
  });
});

describe('language detection', () => {
  it.each([
    ['When was the Russian ambassador killed?', 'en', true],
    ['Vem sköt ihjäl den ryska ambassadören?', 'sv', true],
    ['När sköt turkiska F-16-plan ned det ryska stridsflygplanet?', 'sv', true],
    ['Putin', 'en', false],
    // A short question is told by its first word when only one language opens questions with it.
    ['Vad kostar Akkuyu?', 'sv', true],
    ['Hur lång är gasledningen?', 'sv', true],
    ['What costs Akkuyu?', 'en', true],
    // A statement without a question word is told by its pronouns, comparisons and negations.
    ['Its exports grew more than they had hoped', 'en', true],
    ['Hon kom inte hem till Moskva', 'sv', true],
  ] as const)('%s → %s', (text, language, confident) => {
    expect(detectLanguage(text)).toEqual({ language, confident });
  });
});
