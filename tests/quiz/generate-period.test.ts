import { beforeAll, describe, expect, it } from 'vitest';
import { partialDateRange } from '../../src/dates/index.ts';
import { createEngine } from '../../src/engine.ts';
import type { TimelineEvent } from '../../src/events/types.ts';
import { loadLanguageData } from '../../src/language-data.ts';
import { generateQuiz, type People } from '../../src/quiz/generate.ts';
import { QUIZ_KINDS } from '../../src/quiz/types.ts';
import { validateQuestion } from '../../src/quiz/validate.ts';

let events: TimelineEvent[];
let people: People;
beforeAll(async () => {
  events = (await createEngine()).timeline();
  people = (await loadLanguageData()).gazetteer.people;
});

describe('quiz questions about a period', () => {
  it.each(QUIZ_KINDS)('asks %s questions only about events dated wholly inside from–to, and they stay valid', (kind) => {
    const byId = new Map(events.map((e) => [e.id, e]));
    for (const seed of [1, 2, 3, 4, 5]) {
      const questions = generateQuiz(events, people, { count: 5, seed, kind, from: '2016-06', to: '2019' });
      expect(questions).toHaveLength(5);
      for (const q of questions) {
        expect(validateQuestion(q, events, people)).toEqual([]);
        for (const id of q.eventIds) {
          const range = partialDateRange(byId.get(id)?.date ?? '');
          expect(range.start >= '2016-06-01' && range.end <= '2019-12-31').toBe(true);
        }
      }
    }
  });

  it('is open at either end, and the whole corpus without one (the same questions as before for the same seed)', () => {
    const after = generateQuiz(events, people, { count: 10, seed: 9, kind: 'when', from: '2019' });
    expect(after.every((q) => partialDateRange(q.values[q.answer] ?? '').start >= '2019-01-01')).toBe(true);
    expect(generateQuiz(events, people, { count: 10, seed: 9, from: undefined, to: undefined })).toEqual(generateQuiz(events, people, { count: 10, seed: 9 }));
  });

  it('makes no question for a period without events', () => {
    expect(generateQuiz(events, people, { count: 5, seed: 1, from: '1800', to: '1801' })).toEqual([]);
  });
});
