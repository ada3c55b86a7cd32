import { beforeAll, describe, expect, it } from 'vitest';
import { askingOf } from '../../src/answers/asking.ts';
import type { FactType } from '../../src/answers/expected.ts';
import { findFact, type FoundFact } from '../../src/answers/facts.ts';
import type { Language } from '../../src/corpus/types.ts';
import { loadEngineBase, type EngineBase } from '../../src/engine.ts';
import { detectLanguage } from '../../src/text/language.ts';

let base: EngineBase;
beforeAll(async () => {
  base = await loadEngineBase(undefined, { stateDir: false });
});

/** The fact of `type` a sentence of no document gives to a question. */
function factIn(type: FactType, question: string, sentence: string, language: Language = 'en'): FoundFact | null {
  const { analyzer, eventTypes } = base.language;
  const guess = detectLanguage(question);
  const asking = askingOf(question, guess, base.index);
  return findFact(type, { text: sentence, language, question, questionLanguage: guess.language, analyzer, eventTypes, asking });
}

describe('counts: the number of the thing asked about, or none', () => {
  it('counts what the question counts, not the first number of the sentence', () => {
    expect(factIn('number', 'How many tanks were sent to the border?', 'The army sent 40 trucks and 12 tanks to the border.')?.text).toBe('12 tanks');
  });

  it('finds a count of the thing under another word for it', () => {
    expect(factIn('number', 'How many troops were stationed there?', 'About 300 soldiers were stationed in the town.')?.text).toBe('About 300 soldiers');
  });

  it('gives no count when no number counts the thing asked about', () => {
    expect(factIn('number', 'How many passengers were on board?', 'The two pilots of the plane survived the crash.')).toBeNull();
  });

  it('answers a price with an amount of money only', () => {
    expect(factIn('number', 'How much did the bridge cost?', 'The bridge, 3 kilometres long, cost $400 million to build.')?.text).toBe('$400 million');
    expect(factIn('number', 'How much did the bridge cost?', 'The bridge is 3 kilometres long.')).toBeNull();
  });

  it('answers a share with a fraction, and a width with a length', () => {
    expect(factIn('number', 'How big a share of the market does the firm hold?', 'With 40 shops, the firm holds about a third of the market.')?.text).toBe('about a third');
    expect(factIn('number', 'Hur bred är vägen?', 'Enligt planen ska en väg byggas som är sex meter bred.', 'sv')?.text).toBe('sex meter bred');
  });
});

describe('reasons: the clause that gives the cause, tied to what the question asks about', () => {
  it('takes a reason on past a name set off by commas', () => {
    const reason = factIn('reason', 'Why did the strike end?', 'The strike ended because the union, warned by its lawyers, accepted the offer.');
    expect(reason?.text).toBe('because the union, warned by its lawyers, accepted the offer');
    expect(reason?.asked).toBe(true);
  });

  it('reads a Swedish cause ("berodde på")', () => {
    expect(factIn('reason', 'Varför stängdes bron?', 'Enligt polisen var det ett misstag som berodde på dålig planering.', 'sv')?.text).toBe('berodde på dålig planering');
  });

  it('takes a when-clause as a circumstance, less sure than a cause word', () => {
    const reason = factIn('reason', 'Why did the army enter the city?', 'The army entered the city in May, when the defenders appeared close to surrender.');
    expect(reason).toMatchObject({ text: 'when the defenders appeared close to surrender', tentative: true });
  });

  it('does not tie a reason to the question when the sentence does not tell what the question asks about', () => {
    expect(factIn('reason', 'Why did the minister resign?', 'Trade grew after the new port opened.')?.asked).toBe(false);
  });
});

describe("quotations: the words of the one the question names", () => {
  it("skips words another speaker is said to have spoken", () => {
    expect(factIn('quotation', 'What did Jones reply?', 'Asked about the deal, Smith replied, "Never."')).toBeNull();
    expect(factIn('quotation', 'What did Jones reply?', '"Perhaps," Jones replied.')).toMatchObject({ text: 'Perhaps', asked: true });
  });

  it('takes reported words when nothing is quoted', () => {
    expect(factIn('quotation', 'What did Jones say about the talks?', 'Jones said that the talks would resume in spring.')?.text).toBe('the talks would resume in spring');
    expect(factIn('quotation', 'Vad sade Jones om samtalen?', 'Jones sade att samtalen skulle fortsätta i vår.', 'sv')?.text).toBe('samtalen skulle fortsätta i vår');
  });

  it('takes what someone is accused of', () => {
    expect(factIn('quotation', 'What did Jones accuse Smith of?', 'Jones accused Smith of lying to the council.')?.text).toBe('lying to the council');
  });
});

describe('Swedish counts', () => {
  it('take "en" and "ett" for the article they mostly are, not for a count of one', () => {
    expect(factIn('number', 'Hur långt från hamnen ska bron byggas?', 'Planen är att en ny bro ska byggas tre kilometer norr om hamnen.', 'sv')?.text).toMatch(/^tre kilometer/u);
  });

  it('read "en miljon" as a count, with the word that makes it approximate', () => {
    expect(factIn('number', 'Hur många människor har lämnat staden?', 'Sedan i vintras har nära en miljon människor lämnat staden.', 'sv')?.text).toMatch(/^nära en miljon människor/u);
  });
});
