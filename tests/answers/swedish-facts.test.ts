import { beforeAll, describe, expect, it } from 'vitest';
import { findFact } from '../../src/answers/facts.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let data: LanguageData;
beforeAll(async () => {
  data = await loadLanguageData();
});

const numberIn = (text: string, question: string) =>
  findFact('number', { text, language: 'sv', question, questionLanguage: 'sv', analyzer: data.analyzer })?.text;

describe('Swedish counts', () => {
  it('take "en" and "ett" for the article they mostly are, not for a count of one', () => {
    expect(numberIn('Planen är att en ny bro ska byggas tre kilometer norr om hamnen.', 'Hur långt från hamnen ska bron byggas?')).toMatch(/^tre kilometer/u);
  });

  it('read "en miljon" as a count, with the word that makes it approximate', () => {
    expect(numberIn('Sedan i vintras har nära en miljon människor lämnat staden.', 'Hur många människor har lämnat staden?')).toMatch(/^nära en miljon människor/u);
  });
});
