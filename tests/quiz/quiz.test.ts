import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.ts';
import type { TimelineEvent } from '../../src/events/types.ts';
import { loadLanguageData } from '../../src/language-data.ts';
import { generateQuiz, type People } from '../../src/quiz/generate.ts';
import { QUIZ_KINDS, type QuizQuestion } from '../../src/quiz/types.ts';
import { validateQuestion } from '../../src/quiz/validate.ts';

let events: TimelineEvent[];
let people: People;
beforeAll(async () => {
  events = (await createEngine()).timeline();
  people = (await loadLanguageData()).gazetteer.people;
});

const seeds = Array.from({ length: 50 }, (_, i) => i + 1);

describe('quiz generation', () => {
  it('makes valid questions over 50 seeds: four distinct options, a validated answer, a citation of the event it asks about', () => {
    for (const seed of seeds) {
      const questions = generateQuiz(events, people, { count: 10, seed });
      expect(questions).toHaveLength(10);
      for (const q of questions) {
        expect(validateQuestion(q, events, people)).toEqual([]);
        expect(new Set(q.options).size).toBe(4);
        const cited = new Set(q.eventIds.flatMap((id) => events.find((e) => e.id === id)?.citations.map((c) => c.passageId) ?? []));
        expect(q.citations.every((c) => cited.has(c.passageId))).toBe(true);
      }
    }
  });

  it.each(QUIZ_KINDS)('makes %s questions on request', (kind) => {
    const questions = generateQuiz(events, people, { count: 3, seed: 11, kind });
    expect(questions.map((q) => q.kind)).toEqual([kind, kind, kind]);
  });

  it('gives the same questions for the same seed and others for another', () => {
    const a = generateQuiz(events, people, { count: 8, seed: 42 });
    expect(generateQuiz(events, people, { count: 8, seed: 42 })).toEqual(a);
    expect(generateQuiz(events, people, { count: 8, seed: 43 })).not.toEqual(a);
  });

  it('never asks about an event whose sources disagree or whose date is in doubt', () => {
    const doubtful = new Set(events.filter((e) => e.claims.length > 0 || e.certainty === 'uncertain').map((e) => e.id));
    for (const seed of seeds) {
      for (const q of generateQuiz(events, people, { count: 10, seed, kind: 'when' })) expect(doubtful.has(q.eventIds[0] as string)).toBe(false);
    }
  });

  it('makes distractors harder as they come closer to the answer', () => {
    const spread = (q: QuizQuestion) => {
      const days = q.values.map((v) => Date.parse(v.length === 4 ? `${v}-07-01` : v.length === 7 ? `${v}-15` : v));
      return Math.max(...days) - Math.min(...days);
    };
    const questions = seeds.flatMap((seed) => generateQuiz(events, people, { count: 5, seed, kind: 'when' }));
    const hard = questions.filter((q) => q.difficulty === 3 && q.values[0]?.length === 10);
    const easy = questions.filter((q) => q.difficulty === 1 && q.values[0]?.length === 10);
    const mean = (qs: QuizQuestion[]) => qs.reduce((s, q) => s + spread(q), 0) / qs.length;
    expect(mean(hard)).toBeLessThan(mean(easy));
  });
});

describe('the quiz validator refuses unfair questions', () => {
  const base = () => generateQuiz(events, people, { count: 1, seed: 5, kind: 'when' })[0] as QuizQuestion;

  it('two options that say the same', () => {
    const q = base();
    const copy = { ...q, options: [q.options[0], q.options[0], ...q.options.slice(2)] as string[] };
    expect(validateQuestion(copy, events, people)).toContain('has options that say the same');
  });

  it('a distractor that is the date of the event itself', () => {
    const q = base();
    const wrong = q.answer === 0 ? 1 : 0;
    const values = q.values.map((v, i) => (i === wrong ? (events.find((e) => e.id === q.eventIds[0])?.date ?? v) : v));
    expect(validateQuestion({ ...q, values }, events, people).some((p) => p.startsWith('distractor'))).toBe(true);
  });

  it('an order answer that is not the order of the dates', () => {
    const q = generateQuiz(events, people, { count: 1, seed: 5, kind: 'order' })[0] as QuizQuestion;
    expect(validateQuestion({ ...q, answer: (q.answer + 1) % 4 }, events, people)).toContain('the answer is not the order of the dates');
  });

  it('a question about an event that does not exist', () => {
    expect(validateQuestion({ ...base(), eventIds: ['nowhere'] }, events, people)).toEqual(['names an event that does not exist']);
  });
});
