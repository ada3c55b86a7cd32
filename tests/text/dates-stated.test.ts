import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/corpus/types.ts';
import { asksDate, statesDate } from '../../src/text/dates-stated.ts';

describe('a passage that states a date', () => {
  it.each<[string, Language, boolean]>([
    ['Putin and Erdogan launched work on the first unit on 3 April 2018.', 'en', true],
    ['On Thursday the two presidents joined a ceremony by video.', 'en', true],
    ['The project began in 2017.', 'en', true],
    ['Erdogan och Putin enades i torsdags om en vapenvila.', 'sv', true],
    ['Avtalet undertecknades i maj.', 'sv', true],
    // "may" is a verb; a number is no year.
    ['Erdogan says Turkey may strike back.', 'en', false],
    ['More than 30 soldiers were killed.', 'en', false],
    ['With the fuel on site, Akkuyu counts as a nuclear installation.', 'en', false],
  ])('%s → %s', (text, language, expected) => {
    expect(statesDate(text, language)).toBe(expected);
  });
});

describe('a question that asks when', () => {
  it.each<[string, Language, boolean]>([
    ['When was uranium brought to Akkuyu?', 'en', true],
    ['In which year did the talks start?', 'en', true],
    ['när gick Ryssland in i kriget', 'sv', true],
    ['Vilket år började bygget?', 'sv', true],
    ['Who built the plant?', 'en', false],
    ['Erdogan says Turkey may hit back whenever it is attacked', 'en', false],
    ['Vem byggde kraftverket?', 'sv', false],
  ])('%s → %s', (text, language, expected) => {
    expect(asksDate(text, language)).toBe(expected);
  });
});
