import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema } from '../../src/answers/schema.ts';
import { createEngine, type Engine } from '../../src/engine.ts';
import { added, engineWith } from './support/moderated-engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ now: () => new Date('2026-11-21T12:00:00Z') });
});

const WORDS = ['Russia', 'Turkey', 'the', 'sanctions', 'och', 'pipeline', 'when', 'Erdogan', 'jet', 'förbindelserna', 'talks', 'Idlib'];
const long = Array.from({ length: 500 }, (_, i) => WORDS[(i * 7) % WORDS.length]).join(' ');

describe('questions nobody should ask still get an answer or a clear abstention', () => {
  it.each([
    ['one word', 'S-400'],
    ['one Swedish word', 'sanktioner'],
    ['500 words', long],
    ['only stop words', 'the of and to in is was it'],
    ['only Swedish stop words', 'och att det som en på'],
    ['English and Swedish mixed', 'When did Turkiet köpa S-400 systemet?'],
    ['every word misspelt', 'Wen dd Turky shuut doun teh Rusian jett?'],
    ['Cyrillic script', 'Когда Турция сбила российский самолёт?'],
    ['Turkish', 'Türkiye Rus uçağını ne zaman düşürdü?'],
    ['punctuation only', '?!… — ¿'],
  ])('%s', (_what, question) => {
    const answer = answerSchema.parse(engine.ask(question));
    if (answer.abstained) expect(answer.answer.length).toBeGreaterThan(10);
    else expect(answer.citations.length).toBeGreaterThan(0);
  });

  it('answers a question whose words are all misspelt when its names are recognisable', () => {
    const answer = engine.ask('Wen did Turky shoot down the Rusian jet?');
    expect(answer).toMatchObject({ abstained: false, date: '2015-11-24' });
  });

  it('searches a question in another script without failing, finding nothing it cannot read', () => {
    expect(() => engine.search('Когда Турция сбила российский самолёт?')).not.toThrow();
  });
});

describe('a false premise is declined', () => {
  it('declines a question whose distinctive name stands nowhere near the story that fits its other words', () => {
    // Russia joined the Syrian war in September 2015; no passage near that story names NATO.
    expect(engine.ask('Why did Turkey join the Syrian war on the side of NATO in 2015?').abstained).toBe(true);
  });

  it('gives no reason told of another deed: "The coup failed because …" next to "… began to discuss buying the S-400"', () => {
    const answer = engine.ask('Why did Turkey buy the S-400?');
    expect(answer.fact?.text ?? '').not.toMatch(/alerted by Moscow/u);
  });

  it('reads a name the alias table knows as one in lower case too: no sentence about another deal answers for it', async () => {
    const frigates = added('frigates', 'Navy deal', '2023-05-04', ['Erdogan tells reporters that Turkey has signed for the new frigates and has already paid for them.']);
    const answer = (await engineWith([frigates])).ask('who paid for akkuyu');
    expect(answer.abstained || !answer.citations.some((c) => c.documentId === 'frigates')).toBe(true);
  });
});
