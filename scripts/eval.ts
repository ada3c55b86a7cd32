import { createEngine } from '../src/engine.ts';
import { loadRetrievalCases } from './evaluation/cases.ts';
import { evaluateRetrieval } from './evaluation/retrieval.ts';

const engine = await createEngine();
const retrieval = evaluateRetrieval(engine, loadRetrievalCases(engine.sources()));
const report = { retrieval };
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`retrieval: ${retrieval.cases} queries, recall@5 ${retrieval.recallAt5}, MRR ${retrieval.mrr}`);
  for (const f of retrieval.failures) console.log(`  miss ${f.id} "${f.q}" expected ${f.expected.join('|')} got ${f.got.join(', ')}`);
}
