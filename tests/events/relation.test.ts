import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
});

describe('whom an event is between: Russia and Turkey, or one of them and a third party', () => {
  it.each([
    ['Putin and Erdogan meet in Saint Petersburg.', 'pair'],
    ['Ankara announces the start of deliveries of the missile systems from Moscow.', 'pair'],
    ['Ankara announces the start of deliveries of the missile systems.', 'context'],
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

  it.each([
    ['Turkish police shot the attacker dead.', 'Turkish police shot the attacker dead after a standoff inside the building.', 'context'],
    ['Ankara first sent in troops in 2016.', 'The worst clashes between Syrian and Turkish soldiers since Ankara first sent in troops in 2016.', 'context'],
    ['Russian cargo planes land with the first parts of the system.', 'July 12, 2019 — Murted air base, near Ankara: Russian cargo planes land with the first parts of the system.', 'pair'],
    ['Putin orders the lifting of most remaining sanctions.', 'In late May, Putin orders the lifting of most remaining sanctions on Turkey.', 'pair'],
    ['Putin signed the gas deal in Istanbul.', 'The two countries devoted their efforts to the gas deal Putin signed in Istanbul.', 'pair'],
    ['Putin undertecknade gasavtalet i Istanbul.', 'De två länderna enades om gasavtalet, som Putin undertecknade i Istanbul.', 'pair'],
  ])('a headline naming one side only, "%s", is the pair\'s when what it is told in names the other or both: %s → %s', (headline, told, relation) => {
    expect(language.gazetteer.relationIn(headline, told)).toBe(relation);
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
    ['The two sides closed the deal.', 'cooperation'],
    ['The ruling dealt a blow to the ministers.', 'neutral'],
  ])('%s → %s', (headline, tone) => {
    expect(language.tone.toneOf(headline)).toBe(tone);
  });
});
