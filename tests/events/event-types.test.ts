import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
});

describe('the kinds of happening news text tells', () => {
  it.each([
    ['an arrival by air', 'A group of Russian investigators has landed in Ankara.', 'delivery'],
    ['planes that land somewhere', 'Russian cargo planes land at the air base.', 'delivery'],
    ['shots fired at someone', 'A gunman fired at the ambassador from behind.', 'killing'],
    ['fire opened on someone', 'Soldiers opened fire on the convoy.', 'killing'],
    ['an accord', 'The two sides signed the Adana accord.', 'agreement'],
  ])('reads %s', (_, text, kind) => {
    expect([...language.eventTypes.typesOf(text)]).toContain(kind);
  });

  it.each([
    ['a source named with "according to"', 'The talks went on, according to people who were in the hall.'],
    ['the land of a country', 'Turkey has no claims on Syrian land.'],
  ])('reads no kind in %s', (_, text) => {
    expect([...language.eventTypes.typesOf(text)]).toEqual([]);
  });
});
