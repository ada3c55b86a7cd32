import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.ts';
import { loadRetrievalCases } from '../../scripts/evaluation/cases.ts';
import { evaluateRetrieval } from '../../scripts/evaluation/retrieval.ts';

describe('retrieval evaluation (npm run eval) does not regress', async () => {
  const engine = await createEngine();
  const report = evaluateRetrieval(engine, loadRetrievalCases(engine.sources()));

  it('covers at least 40 queries, every document, Swedish and cross-lingual ones', () => {
    expect(report.cases).toBeGreaterThanOrEqual(40);
    const cases = loadRetrievalCases(engine.sources());
    for (const doc of engine.sources()) expect(cases.some((c) => c.docs.includes(doc.id))).toBe(true);
  });

  it('finds an expected document in the top 5 for every query', () => {
    expect(report.failures).toEqual([]);
    expect(report.recallAt5).toBe(1);
  });

  it('keeps MRR at its measured floor', () => {
    expect(report.mrr).toBeGreaterThanOrEqual(0.97);
  });
});
