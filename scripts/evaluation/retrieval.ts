import type { Engine } from '../../src/engine.ts';
import type { ParaphraseCase, RetrievalCase } from './cases.ts';
import { holds, round3 } from './fragments.ts';
import type { EvalSetup } from './setup.ts';

export interface RetrievalReport {
  cases: number;
  recallAt5: number;
  mrr: number;
  failures: Array<{ id: string; q: string; expected: string[]; got: string[] }>;
}

const RANKS = 10;

/** Recall@5 and MRR over ranks (1-based, 0 for not found in the first ten) against each case's cut-off. */
function scored(results: Array<{ rank: number; top: number; failure: RetrievalReport['failures'][number] }>): RetrievalReport {
  const found = results.filter((r) => r.rank > 0 && r.rank <= r.top).length;
  const reciprocal = results.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0);
  const n = Math.max(results.length, 1);
  return {
    cases: results.length,
    recallAt5: round3(found / n),
    mrr: round3(reciprocal / n),
    failures: results.filter((r) => !(r.rank > 0 && r.rank <= r.top)).map((r) => r.failure),
  };
}

/** Document level: a passage of an expected document in the top 5 (or the case's own `top`), MRR of the first such passage. */
export function evaluateRetrieval(engine: Engine, cases: RetrievalCase[]): RetrievalReport {
  return scored(
    cases.map((c) => {
      const hits = engine.search(c.q, { limit: RANKS });
      const rank = hits.findIndex((h) => c.docs.includes(h.documentId)) + 1;
      return { rank, top: c.top ?? 5, failure: { id: c.id, q: c.q, expected: c.docs, got: hits.slice(0, 5).map((h) => h.passageId) } };
    }),
  );
}

/**
 * The passages a case must find: those of its documents that hold its fragment. A fragment that
 * no passage holds is an error in the set, not a miss of the bot.
 */
export function targetPassages(engine: Engine, setup: EvalSetup, c: ParaphraseCase): string[] {
  return c.find.map((ref) => {
    const doc = setup.document(ref.doc);
    const passage = doc && engine.corpus.passages.find((p) => p.documentId === doc.id && holds(p.text, ref.text));
    if (!passage) throw new Error(`relations-bot: paraphrase ${c.id}: no passage of ${ref.doc} holds "${ref.text}"`);
    return passage.id;
  });
}

/** Passage level: one of the named passages in the top 5; MRR of the first. Cases on own documents go to the server. */
export function evaluateParaphrase(setup: EvalSetup, cases: ParaphraseCase[]): RetrievalReport {
  return scored(
    cases.map((c) => {
      const engine = c.find.some((ref) => setup.document(ref.doc)?.own) ? setup.server : setup.bundled;
      const expected = targetPassages(engine, setup, c);
      const hits = engine.search(c.q, { limit: RANKS });
      const rank = hits.findIndex((h) => expected.includes(h.passageId)) + 1;
      return { rank, top: 5, failure: { id: c.id, q: c.q, expected, got: hits.slice(0, 5).map((h) => h.passageId) } };
    }),
  );
}
