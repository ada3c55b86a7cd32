import { deserialize, serialize } from 'node:v8';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../src/corpus/types.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';
import type { Dictionary } from '../../src/text/dictionary.ts';

const WORDS: Array<[string, Language]> = [
  ['kärnkraftverket', 'sv'],
  ['turkietambassadören', 'sv'],
  ['förbindelserna', 'sv'],
  ['sanktioner', 'sv'],
  ['soldier', 'en'],
  ['deliveries', 'en'],
  ['pipeline', 'en'],
];

/** Everything a dictionary answers about some words. */
const readings = (dictionary: Dictionary) =>
  WORDS.map(([word, language]) => ({
    translations: dictionary.translate(word, language),
    bridge: dictionary.bridge(word, language),
    sense: dictionary.sense(word, language),
    sameSense: dictionary.sameSense(word, language),
    known: language === 'sv' && dictionary.knowsSwedish(word),
  }));

let built: LanguageData;
beforeAll(async () => {
  built = await loadLanguageData();
});

describe('a dictionary that adopts the maps a saved state kept', () => {
  it('reads every word as the dictionary that built them', async () => {
    const { dictionary } = await loadLanguageData();
    const saved = serialize(built.dictionary.maps());
    dictionary.adopt(() => deserialize(saved));
    expect(readings(dictionary)).toEqual(readings(built.dictionary));
  });

  it('builds them itself when the saved maps cannot be read', async () => {
    const { dictionary } = await loadLanguageData();
    dictionary.adopt(() => deserialize(Buffer.from('not maps')));
    expect(readings(dictionary)).toEqual(readings(built.dictionary));
  });

  it('keeps the maps it has once it has them', () => {
    built.dictionary.maps();
    built.dictionary.adopt(() => ({ byStem: { en: new Map(), sv: new Map() }, byWord: new Map(), senses: { en: new Map(), sv: new Map() }, mates: { en: new Map(), sv: new Map() } }));
    expect(built.dictionary.translate('soldat', 'sv').length).toBeGreaterThan(0);
  });
});
