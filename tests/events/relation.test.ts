import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
});

describe('whom an event is between: Russia and Turkey, or one of them and a third party', () => {
  it.each([
    ['Putin and Erdogan meet in Saint Petersburg.', 'pair'],
    ['Ankara announces the start of deliveries of the missile systems.', 'pair'],
    ['Turkish and Russian troops patrol the highway.', 'pair'],
    ["Assad's regime presses its offensive, sparking a crisis between Moscow and Ankara.", 'pair'],
    ['Washington suspended Turkish participation in the jet programme.', 'context'],
    ['Turkish and US military officials agreed to build a safe zone.', 'context'],
    ['US Defense Secretary Mark Esper said Turkey must return the Russian system.', 'context'],
    ['Clashes between Syrian and Turkish soldiers leave 20 dead.', 'context'],
    ['Ryssland och Turkiet inleder gemensamma flyganfall.', 'pair'],
  ])('%s → %s', (headline, relation) => {
    expect(language.gazetteer.relationIn(headline)).toBe(relation);
  });
});
