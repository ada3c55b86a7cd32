import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from '../../src/answers/schema.ts';
import { createEngine, type Engine } from '../../src/engine.ts';
import { added, engineWith } from './support/moderated-engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ now: () => new Date('2026-11-21T12:00:00Z') });
});

const wordsOf = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const ask = (question: string): Answer => answerSchema.parse(engine.ask(question));

/** The answer leads with its fact, and the quote that proves it contains the fact's words. */
function expectLedByFact(answer: Answer, type: string, words: RegExp) {
  expect(answer.abstained).toBe(false);
  expect(answer.fact).toMatchObject({ type, text: expect.stringMatching(words) });
  expect(answer.answer.startsWith(answer.fact?.text.charAt(0).toUpperCase() ?? '-')).toBe(true);
  // Compared by words: the lead makes the fact's quotation marks single and capitalises it.
  if (answer.fact?.citation.language === answer.language) expect(wordsOf(answer.fact.citation.quote)).toContain(wordsOf(answer.fact.text));
}

describe('answers lead with the fact of the kind asked for', () => {
  it('who: the doer of the verb asked about', () => {
    expectLedByFact(ask('Who shot down the Russian jet?'), 'person', /Turki|F-16/u);
  });

  it("who: the doer found as the document's declared reading reads the verb, quoted as written", async () => {
    // A machine translation writes "dropped" for "shot down"; the document's metadata declares the reading.
    const translated = added('mt-report', 'Border incident', '2023-05-04', ['On 3 May 2023, two Turkish drones dropped a Russian Ka-52 helicopter near the border.']);
    const moderated = await engineWith([{ ...translated, meta: { ...translated.meta, readings: [{ written: 'dropped', reads: 'shot down', why: 'machine translation' }] } }]);
    const answer = answerSchema.parse(moderated.ask('Who shot down the Ka-52 helicopter?'));
    expectLedByFact(answer, 'person', /Turkish drones/u);
    expect(answer.fact?.citation.quote).toContain('dropped');
  });

  it('why: a cause that points back to the happening its story opens on, led in the words its document declares it means', async () => {
    const translated = added('mt-border', 'Border incident', '2023-05-04', [
      'On 3 May 2023, two Turkish drones dropped a Russian Ka-52 helicopter near the border. Ankara said the helicopter had crossed into Turkish airspace, while Moscow said it was over Syria. The incident angered Russia, which imposed tariffs on Turkish tomatoes.',
    ]);
    const moderated = await engineWith([{ ...translated, meta: { ...translated.meta, readings: [{ written: 'dropped', reads: 'shot down', why: 'machine translation' }] } }]);
    const answer = answerSchema.parse(moderated.ask('Why did Russia impose tariffs on Turkish tomatoes?'));
    expect(answer.fact).toMatchObject({ type: 'reason', text: expect.stringContaining('shot down a Russian Ka-52') });
    expect(answer.citations.map((c) => c.quote).join(' ')).toContain('dropped a Russian Ka-52');
  });

  it('who is: the role the sentence gives the person', () => {
    expectLedByFact(ask('Who is Hulusi Akar?'), 'person', /counterpart, Hulusi Akar/u);
    expectLedByFact(ask("who's hulusi akar"), 'person', /counterpart, Hulusi Akar/u);
  });

  it('how many: the count with what it counts', () => {
    expectLedByFact(ask('How many military observation posts did Turkey establish?'), 'number', /^12 military observation posts$/u);
  });

  it('where: the place, in a Swedish question too, with a Swedish date', () => {
    expectLedByFact(ask('Where did Putin and Erdogan meet in August 2016?'), 'place', /^St\. Petersburg$/u);
    const swedish = ask('Var möttes Putin och Erdogan i augusti 2016?');
    expectLedByFact(swedish, 'place', /^St\. Petersburg$/u);
    expect(swedish.answer).toContain('augusti 2016');
  });

  it('where … located: the word that asks for a place is answered by the place', () => {
    expectLedByFact(ask('Where is the Hemeimeem airbase located?'), 'place', /^Latakia$/u);
  });

  it('what did it result in: the development, its quotation marks made single so that the lead stays whole', () => {
    const answer = ask('What did the talks in Astana result in?');
    expectLedByFact(answer, 'development', /de-escalation/u);
    expect(answer.answer).toMatch(/^Agreement on ‘de-escalation’ zones/u);
  });

  it('said: quoted words of the speaker a pronoun stands for, in the next sentence, beat words reported of them', () => {
    const answer = ask('What did Erdogan say about Putin and the S400 contract?');
    expectLedByFact(answer, 'quotation', /determined/u);
    expect(answer.citations[0]?.quote).toMatch(/^On September 12, 2017, Erdogan confirmed .*he said\.$/su);
  });

  it('said: a quotation left open at the end of a sentence is quoted on to its end in the next one', () => {
    const answer = ask('What did Putin say about the security zone on the southern borders of Turkey?');
    expect(answer.fact?.type).toBe('quotation');
    expect(answer.citations[0]?.quote).toMatch(/legitimate concerns\.\W*$/u);
  });

  it('a when-question keeps leading with the date alone', () => {
    const answer = ask('When did Turkish jets shoot down the Russian Su-24?');
    expect(answer.fact).toBeUndefined();
    expect(answer.answer).toMatch(/^24 November 2015: \S/u);
  });
});

describe('answers decline when the documents lack the detail asked for, showing what they do say', () => {
  it.each([
    ['a false premise', 'Why did Turkey join the EU in 2018?'],
    ['a name the documents do not give', 'What was the name of the Turkish police officer who shot Karlov?'],
  ])('%s: declined, with the nearest passages, each cited', (_, question) => {
    const answer = ask(question);
    expect(answer.abstained).toBe(true);
    expect(answer.answer).toMatch(/don't say directly; closest/u);
    expect(answer.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(answer.suggestions.length).toBeLessThanOrEqual(3);
    expect(answer.citations.map((c) => c.n)).toEqual(answer.suggestions.map((_, i) => i + 1));
    expect(answer.fact).toBeUndefined();
  });

  it('the shooting of Karlov is among the nearest passages when his shooter is not named', () => {
    const answer = ask('What was the name of the Turkish police officer who shot Karlov?');
    expect(answer.citations.some((c) => /Karlov/u.test(c.gloss ?? c.quote))).toBe(true);
  });

  it('a question far from every document is declined with the main events instead', () => {
    const answer = ask('Who won the 2014 Eurovision Song Contest?');
    expect(answer.abstained).toBe(true);
    expect(answer.citations).toEqual([]);
  });
});
