import { beforeAll, describe, expect, it } from 'vitest';
import { partialDateRange } from '../../src/dates/index.ts';
import { createEngine, type Engine } from '../../src/engine.ts';
import { quizContext } from '../../src/quiz/context.ts';
import { QUIZ_KINDS } from '../../src/quiz/types.ts';
import { validateQuestion } from '../../src/quiz/validate.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});

describe('quiz questions about a period', () => {
  it('asks only about events dated wholly inside from–to, with distractor dates inside it too, and they stay valid', () => {
    const context = quizContext(engine.quizSource, 'en', { start: '2016-06-01', end: '2019-12-31' });
    const byId = new Map(engine.timeline().map((e) => [e.id, e]));
    for (const seed of [1, 2, 3, 4, 5]) {
      const questions = engine.quiz({ count: 10, seed, from: '2016-06', to: '2019' });
      expect(questions.length).toBeGreaterThan(5);
      for (const q of questions) {
        expect(validateQuestion(q, context)).toEqual([]);
        for (const id of q.eventIds) {
          const range = partialDateRange(byId.get(id)?.date ?? '');
          expect(range.start >= '2016-06-01' && range.end <= '2019-12-31').toBe(true);
        }
        if (q.kind === 'when') for (const v of q.values) expect(partialDateRange(v).start >= '2016-06-01' && partialDateRange(v).end <= '2019-12-31').toBe(true);
      }
    }
  });

  it('is open at either end, and the whole corpus without one', () => {
    const after = engine.quiz({ count: 10, seed: 9, kind: 'when', from: '2019' });
    expect(after.every((q) => partialDateRange(q.values[q.answer] ?? '').start >= '2019-01-01')).toBe(true);
    expect(engine.quiz({ count: 10, seed: 9, from: undefined, to: undefined })).toEqual(engine.quiz({ count: 10, seed: 9 }));
  });

  it('makes no question for a period without events, and few for a period with two', () => {
    expect(engine.quiz({ count: 5, seed: 1, from: '1800', to: '1801' })).toEqual([]);
    const two = engine.quiz({ count: 20, seed: 1, from: '2020-02', to: '2020-02' });
    expect(two.length).toBeGreaterThan(0);
    expect(new Set(two.flatMap((q) => q.answerEvents)).size).toBeLessThanOrEqual(2);
  });

  it.each(QUIZ_KINDS)('never fails on %s for any period', (kind) => {
    for (const [from, to] of [['2015', '2015'], ['2019-08', '2019-08'], ['2016', '2021']]) expect(() => engine.quiz({ count: 20, seed: 2, kind, from, to })).not.toThrow();
  });
});
