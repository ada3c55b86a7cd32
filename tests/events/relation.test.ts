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
    ['Turkey sent its army across the border against the Kurdish-led YPG militia.', 'context'],
    ['Ankara agreed with Washington to halt the fighting for five days.', 'context'],
    ['Russia and Turkey struck a deal that redraws the map of northeastern Syria.', 'pair'],
  ])('%s → %s', (headline, relation) => {
    expect(language.gazetteer.relationIn(headline)).toBe(relation);
  });
});

describe('the tone of a headline, from cues that hold for news text at large', () => {
  it.each([
    ['Russia and Turkey struck a deal on northern Syria.', 'cooperation'],
    ['The two presidents signed a ten-point memorandum.', 'cooperation'],
    ['The sides sealed a security pact.', 'cooperation'],
    ['Utrikesministrarna möts i Moskva.', 'cooperation'],
    ['Turkish jets shot down a Russian bomber.', 'conflict'],
    ['Moscow lifted most of its sanctions.', 'cooperation'],
    ['The ministers arrived in Moscow.', 'neutral'],
  ])('%s → %s', (headline, tone) => {
    expect(language.tone.toneOf(headline)).toBe(tone);
  });
});
