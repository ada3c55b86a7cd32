import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let data: LanguageData;
beforeAll(async () => {
  data = await loadLanguageData();
});

const gloss = (swedish: string) => data.gloss.gloss(swedish);

describe('the Swedish gloss reads in English word order', () => {
  it.each([
    ['an opening adverbial of time, the verb second', 'Tre dagar senare talar ledarna i Moskva.', /^The leaders speak in Moscow three days later\.$/u],
    ['an opening prepositional phrase', 'Efter långa samtal i Moskva enades ledarna om ett avtal.', /^The leaders agreed on an agreement after long talks in Moscow\.$/u],
    ['each sentence of a quotation on its own', 'Kriget fortsätter. Samtidigt talar ledarna i telefon.', /^War .*\. The leaders speak .* at the same time\.$/iu],
  ])('%s', (_, swedish, english) => {
    expect(gloss(swedish)).toMatch(english);
  });
});

describe('the Swedish forms say what English needs', () => {
  it.each([
    ['a nationality word as its adjective', 'Ett syriskt plan landar.', 'Syrian'],
    ['a name in the genitive', 'Rysslands utrikesminister reser till Ankara.', "Russia's"],
    ['a definite noun in the genitive', 'Presidentens beslut kom i går.', "The president's"],
    ['the verb sense of an irregular form', 'Presidentens beslut kom i går.', 'came'],
    ['a definite plural, with its article', 'Ledarna möts i Sotji.', 'The leaders'],
    ['a plural after a number word', 'Två soldater skadas i attacken.', 'Two soldiers'],
    ['a plural after adjectives with no article before them', 'Turkiet köper ryska robotar.', 'Russian missiles'],
    ['a past passive as a participle', 'Flera poliser dödades i attacken.', 'killed'],
    ['a present s-passive with its auxiliary', 'Händelsen beskrivs som ett försök.', 'is described'],
    ['a definite singular with its article, in its noun sense', 'Mötet i Moskva kom en vecka senare.', 'The meeting in Moscow'],
    ['the present of a short verb through its infinitive', 'Han ger dem mat.', 'give'],
    ["an indefinite plural's genitive", 'Efter sex timmars samtal enades ledarna.', "six hours' talks"],
    ['a past weekday', 'Ledarna enades i torsdags.', 'last Thursday'],
    ['a past tense', 'Ledaren talade i Moskva.', 'spoke'],
    ['a present tense after a singular subject', 'En polis skjuter mot bilen.', 'A police shoots'],
    ['a supine through its infinitive after "har"', 'Tusentals människor har flytt från staden.', 'have fled'],
    ['a particle verb with its particle words away', 'Parterna kom efter långa samtal överens om ett avtal.', 'agreed after'],
    ['a particle verb whose particle stays in English', 'En man skjuter ihjäl en vakt.', 'shoots dead'],
    ['a particle verb through the past of a strong verb', 'Samtalen föll samman i maj.', 'collapsed'],
    ['a participle that puts its particle verb’s particle first', 'Vraket av det nedskjutna planet hittades.', 'shot down'],
    ['a noun of the doing that puts its particle verb’s particle first', 'Efter nedläggningen av fabriken protesterade arbetarna.', 'shutting down'],
    ['an -isera verb no dictionary lists', 'En demilitariserad zon upprättas.', 'demilitarised'],
    ['the verb sense of a finite form where a verb stands', 'Moskva straffar Ankara med sanktioner.', 'Moscow punishes'],
    ['a month by its English name', 'Mötet hölls i augusti.', 'August'],
    ['"att" before an infinitive', 'Ryssland hotar att stoppa importen.', 'to'],
    ['"att" before a clause', 'Ministern sade att Turkiet behåller rätten.', 'that Turkey'],
    ['"att" before a definite plural', 'Ministern sade att förbindelserna är goda.', 'that the'],
    ['a passive infinitive after a modal', 'Avtalet ska undertecknas i maj.', 'will be signed'],
    ['a passive supine after "har", and a plural subject counted by a number', 'Mer än 30 soldater har dödats i striderna.', 'have been killed'],
    ['a name inside a sentence as written, not a word it looks like', 'Regeringen i Ankara svarar.', 'in Ankara'],
    ['a hyphenated name as written', 'Ryssland stöder Bashar al-Assad.', 'al-Assad'],
    ['a past passive as its clause’s verb, with the auxiliary its subject asks', 'Soldaterna dödades i attacken.', 'The soldiers were killed'],
    ['a present passive as its clause’s verb', 'Avtalet undertecknas i Moskva.', 'is signed'],
    ['a deponent, whose -s form is a verb of its own, as active', 'Ledarna möttes i Moskva.', 'The leaders met'],
    ['a preposition as the closed class gives it, not a word it stems alike', 'Striderna upphör längs fronten.', 'along'],
    ['a compound’s first part as the dictionary writes it in its compounds', 'Soldaterna dödades i en flygattack.', 'air attack'],
    ['a participle through its verb’s noun in -ning when the dictionary lacks the verb', 'Attacken var riktad mot IS.', 'directed'],
    ['a definite form whose stem dropped the e of its -er (fönster), with its article', 'Ministern stängde fönstret.', 'the window'],
    ['a definite form whose stem dropped the e of its -el (exempel), in its own sense, not a word it stems alike', 'Exemplet visar problemet.', 'The example'],
    ['a definite form whose stem dropped its e (kapitel)', 'Han läste kapitlet.', 'the chapter'],
    ['a compound whose head is the definite plural of an -er noun (minister)', 'Energiministrarna möttes i Ankara.', 'energy minister'],
  ])('%s', (_, swedish, english) => {
    expect(gloss(swedish)).toContain(english);
  });

  it.each([
    ['a day of a month after its number', 'Mötet hölls den 12 juni.', 'junes'],
    ['a definite singular after adjectives', 'Den syriska provinsen ligger i norr.', 'provinces'],
    ['an infinitive taken for an adjective', 'Soldaterna ska patrullera vägen.', 'roads'],
    ['a participle apart from a word it only stems alike', 'Attacken var riktad mot IS.', 'fair'],
  ])('keeps %s as it is', (_, swedish, wrong) => {
    expect(gloss(swedish)).not.toContain(wrong);
  });
});
