import { beforeAll, describe, expect, it } from 'vitest';
import { candidatesOf } from '../../src/answers/candidates.ts';
import { AnswerContext } from '../../src/answers/context.ts';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import { loadEngineBase } from '../../src/engine.ts';

let context: AnswerContext;
beforeAll(async () => {
  const base = await loadEngineBase(BUNDLED_DATA_DIR, { stateDir: false });
  const { analyzer, eventTypes, gloss } = base.language;
  context = new AnswerContext({ corpus: base.corpus, index: base.index, events: base.events, analyzer, eventTypes, gloss, now: () => new Date('2026-01-15T12:00:00Z') });
});

describe('the candidates of a retrieved sentence', () => {
  it('do not date a sentence by the standing fact before it, which has no story to go on telling', () => {
    const standing = context.sources.events.claims.find((c) => c.status === 'background' && c.sequel.length > 0);
    expect(standing).toBeDefined();
    const sequel = standing!.sequel[0]!;
    const stories = candidatesOf(context, [{ passage: sequel, relevance: 1 }]).filter((c) => c.origin === 'story');
    expect(stories.map((c) => c.claim)).not.toContain(standing);
  });

  it('leave out a question, which asks and tells nothing', () => {
    const body = context.sources.corpus.passages.find((p) => p.kind === 'body')!;
    const question = { ...body, id: `${body.id}-asked`, kind: 'question' as const, text: 'Who signed the accord?' };
    const passages = candidatesOf(context, [question, body].map((passage) => ({ passage, relevance: 1 }))).map((c) => c.passage);
    expect(passages).toContain(body);
    expect(passages).not.toContain(question);
  });

  it('date a sentence by the happening before it whose story it goes on telling', () => {
    const happening = context.sources.events.claims.find((c) => c.status === 'happened' && c.sequel.length > 0);
    const sequel = happening!.sequel[0]!;
    expect(candidatesOf(context, [{ passage: sequel, relevance: 1 }]).some((c) => c.origin === 'story' && c.claim === happening)).toBe(true);
  });
});
