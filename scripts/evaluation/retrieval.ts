import type { Engine } from '../../src/engine.ts';
import type { RetrievalCase } from './cases.ts';

export interface RetrievalReport {
  cases: number;
  recallAt5: number;
  mrr: number;
  failures: Array<{ id: string; q: string; expected: string[]; got: string[] }>;
}

/** Recall@5 (a passage of an expected document in the top 5, or the case's own `top`) and MRR of the first such passage. */
export function evaluateRetrieval(engine: Engine, cases: RetrievalCase[]): RetrievalReport {
  let found = 0;
  let reciprocal = 0;
  const failures: RetrievalReport['failures'] = [];
  for (const c of cases) {
    const hits = engine.search(c.q, { limit: 10 });
    const rank = hits.findIndex((h) => c.docs.includes(h.documentId)) + 1;
    if (rank > 0) reciprocal += 1 / rank;
    if (rank > 0 && rank <= (c.top ?? 5)) found++;
    else failures.push({ id: c.id, q: c.q, expected: c.docs, got: hits.slice(0, 5).map((h) => h.passageId) });
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { cases: cases.length, recallAt5: round(found / cases.length), mrr: round(reciprocal / cases.length), failures };
}
