import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.ts';
import { evaluateAnswers } from '../../scripts/evaluation/answers.ts';
import { loadQuestions } from '../../scripts/evaluation/cases.ts';

describe('answer evaluation (npm run eval) does not regress', async () => {
  const engine = await createEngine();
  const questions = loadQuestions();
  const own = questions.filter((q) => !q.id.startsWith('d'));

  it('has at least 60 questions of our own: every kind, Swedish, Swedish-only answers and out-of-scope ones', () => {
    expect(own.length).toBeGreaterThanOrEqual(60);
    expect(own.filter((q) => q.lang === 'sv').length).toBeGreaterThanOrEqual(5);
    expect(own.filter((q) => q.abstain).length).toBeGreaterThanOrEqual(5);
    expect(own.filter((q) => q.timeline).length).toBeGreaterThanOrEqual(3);
    expect(own.filter((q) => q.docs?.length === 1 && q.docs[0] === '004').length).toBeGreaterThanOrEqual(3);
    for (const seed of ['000', '001', '002', '003', '004']) expect(own.some((q) => q.docs?.includes(seed))).toBe(true);
  });

  it('answers every shared question right', () => {
    const report = evaluateAnswers(engine, questions.filter((q) => q.id.startsWith('d')));
    expect(report.failures).toEqual([]);
  });

  it('keeps accuracy on all questions at its measured floor of 95%', () => {
    expect(evaluateAnswers(engine, questions).accuracy).toBeGreaterThanOrEqual(0.95);
  });
});
