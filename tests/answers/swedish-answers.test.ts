import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from '../../src/answers/schema.ts';
import { createEngine, type Engine } from '../../src/engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ now: () => new Date('2026-11-21T12:00:00Z') });
});

const ask = (question: string): Answer => answerSchema.parse(engine.ask(question));
const SWEDISH_DATE = /^(?:\d{1,2} )?(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}: |^\d{4}: /u;

describe('a Swedish question declined', () => {
  it('is declined in Swedish, with suggestions dated in Swedish and told in Swedish where a Swedish document tells the event', () => {
    const answer = ask('Vem vann fotbolls-VM 1994?');
    expect(answer).toMatchObject({ abstained: true, language: 'sv' });
    expect(answer.answer).toMatch(/^Det står inte i dokumenten/u);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    for (const suggestion of answer.suggestions) expect(suggestion).toMatch(SWEDISH_DATE);
    const swedish = engine.timeline().flatMap((e) => (e.summaries?.sv ? [e.summaries.sv] : []));
    expect(answer.suggestions.some((s) => swedish.some((summary) => s.endsWith(summary)))).toBe(true);
  });
});

describe('an event that sources in both languages tell', () => {
  it("is quoted from a source in the question's language", () => {
    const english = ask('When did Turkish fighters down the Russian Su-24?');
    expect(english).toMatchObject({ abstained: false, date: '2015-11-24' });
    expect(english.citations[0]?.language).toBe('en');
    const swedish = ask('När sköt turkiska jaktplan ned det ryska Su-24-planet?');
    expect(swedish).toMatchObject({ abstained: false, date: '2015-11-24' });
    expect(swedish.citations[0]?.language).toBe('sv');
  });
});

describe('a Swedish compound whose first part is a name', () => {
  it('asks for that name, not for its other parts as names an English source must hold', () => {
    // The documents tell the Sochi meeting only in English; "Sotjimötet" is Sochi + möte.
    const answer = ask('När ägde Sotjimötet om Idlib rum?');
    expect(answer).toMatchObject({ abstained: false, language: 'sv' });
    expect(answer.date).toMatch(/^2018-09/u);
  });
});
