import { beforeAll, describe, expect, it } from 'vitest';
import { straightenVerbSecond } from '../../src/events/verb-second.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
});

const straight = (sentence: string, adverbialEnd?: number) =>
  straightenVerbSecond(sentence, { isIrregularForm: (w) => language.gloss.isIrregularForm(w), ...(adverbialEnd !== undefined && { adverbialEnd, dropAdverbial: true }) });

describe('Swedish verb-second order put in subject–verb order', () => {
  it.each([
    ['I mars inleder Ryssland och Turkiet gemensamma övningar.', 'I mars'.length, 'Ryssland och Turkiet inleder gemensamma övningar.'],
    ['I våras skjuter en polis ihjäl en diplomat.', 'I våras'.length, 'En polis skjuter ihjäl en diplomat.'],
    ['I fjol dödas flera soldater i en flygräd.', 'I fjol'.length, 'Flera soldater dödas i en flygräd.'],
    ['Från maj ska ryska och turkiska soldater patrullera vägen.', 'Från maj'.length, 'Ryska och turkiska soldater ska patrullera vägen.'],
    ['Sedan våren har nära en miljon människor flytt.', 'Sedan våren'.length, 'Nära en miljon människor har flytt.'],
    ['Två dagar tidigare träffade Putin Syriens president Bashar al-Assad.', 'Två dagar tidigare'.length, 'Putin träffade Syriens president Bashar al-Assad.'],
    ['Förra veckan dödades över 30 soldater i en flygattack.', 'Förra veckan'.length, 'Över 30 soldater dödades i en flygattack.'],
  ])('%s (after its opening date)', (sentence, end, expected) => {
    expect(straight(sentence, end)).toBe(expected);
  });

  it.each([
    ['Efter långa samtal i Kreml enades Rysslands president och Turkiets president om en vapenvila.', 'Rysslands president och Turkiets president enades om en vapenvila efter långa samtal i Kreml.'],
    ['Och i ett brev till Putin framför Erdogan sina kondoleanser.', 'Erdogan framför sina kondoleanser i ett brev till Putin.'],
  ])('%s (after an opening prepositional phrase)', (sentence, expected) => {
    expect(straight(sentence)).toBe(expected);
  });

  it.each([
    ['a sentence that opens on its subject', 'Ryssland och Turkiet inleder gemensamma övningar.'],
    ['a clause after the verb, not a subject', 'Vid ett möte i Moskva meddelas att förbindelserna ska återupprättas.'],
  ])('leaves %s as it is', (_, sentence) => {
    expect(straight(sentence)).toBe(sentence);
  });
});
