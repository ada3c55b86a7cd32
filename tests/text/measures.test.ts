import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/corpus/types.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';
import { asksMeasure, statesMeasure } from '../../src/text/measures.ts';

let data: LanguageData;
beforeAll(async () => {
  data = await loadLanguageData();
});

describe('a passage that states a measured amount', () => {
  it.each<[string, Language, boolean]>([
    ['When it is finished it will have four reactors of 1,200 megawatts each.', 'en', true],
    ['The project costs about 20 billion dollars.', 'en', true],
    ['Its two strings can carry 31.5 billion cubic metres of gas a year.', 'en', true],
    ['The line runs about 930 kilometres under the Black Sea.', 'en', true],
    ['The deal was worth about $2.5 billion.', 'en', true],
    ['Turnout rose to 52 % in the capital.', 'en', true],
    ['Enligt avtalet ska en korridor upprättas sex kilometer norr om vägen.', 'sv', true],
    ['Projektet kostar omkring 20 miljarder dollar.', 'sv', true],
    ['Reaktorerna har 1 200 megawatt var.', 'sv', true],
    // A part of a whole is an amount too.
    ['Officials expect the dam to cover about a tenth of the region\'s water demand.', 'en', true],
    ['Two thirds of the voters stayed at home.', 'en', true],
    ['Exports fell by 12 per cent.', 'en', true],
    ['Dammen ska täcka en tiondel av behovet.', 'sv', true],
    ['Hälften av väljarna röstade nej.', 'sv', true],
    // A count, a date or a number before another phrase measures nothing.
    ['Four reactors will be built.', 'en', false],
    ['In November 2015, two Turkish military jets shot down a Russian warplane.', 'en', false],
    ['Relations between the two countries have developed.', 'en', false],
    ['More than 30 soldiers were killed in 2020 in Idlib.', 'en', false],
    ['Två dagar senare talar ledarna i telefon.', 'sv', false],
  ])('%s → %s', (text, language, expected) => {
    expect(statesMeasure(text, language, data.analyzer.lexicon)).toBe(expected);
  });
});

describe('a query that asks for a measured amount', () => {
  it.each<[string, Language, boolean]>([
    ['how big is each reactor', 'en', true],
    ['how much gas can it carry', 'en', true],
    ['how far from the border did they withdraw', 'en', true],
    ['the price tag of the plant', 'en', true],
    ['what did the contract cost', 'en', true],
    ['Hur bred är korridoren?', 'sv', true],
    ['Hur mycket kostade resan?', 'sv', true],
    ['what share of the water does the dam supply', 'en', true],
    ['Hur stor andel av vattnet kommer från dammen?', 'sv', true],
    // A count is found by the counted noun; a time or a place is no amount.
    ['how many soldiers were killed', 'en', false],
    ['when did the pipeline open', 'en', false],
    ['how did Turkey respond', 'en', false],
    ['Hur många soldater dödades?', 'sv', false],
  ])('%s → %s', (text, language, expected) => {
    expect(asksMeasure(text, language, data.analyzer.lexicon)).toBe(expected);
  });
});
