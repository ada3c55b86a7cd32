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
