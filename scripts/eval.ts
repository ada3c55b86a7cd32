import { createEngine } from '../src/engine.ts';
import { evaluateAnswers } from './evaluation/answers.ts';
import { loadQuestions, loadRetrievalCases } from './evaluation/cases.ts';
import { evaluateQuiz, printQuiz } from './evaluation/quiz.ts';
import { evaluateRetrieval } from './evaluation/retrieval.ts';

const engine = await createEngine();
const retrieval = evaluateRetrieval(engine, loadRetrievalCases(engine.sources()));
const questions = loadQuestions();
const shared = evaluateAnswers(engine, questions.filter((q) => q.id.startsWith('d')));
const all = evaluateAnswers(engine, questions);
const quiz = evaluateQuiz(engine);
const report = { retrieval, answers: { shared: { ...shared, failures: undefined }, all }, quiz };
if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
else {
  console.log(`retrieval: ${retrieval.cases} queries, recall@5 ${retrieval.recallAt5}, MRR ${retrieval.mrr}`);
  for (const f of retrieval.failures) console.log(`  miss ${f.id} "${f.q}" expected ${f.expected.join('|')} got ${f.got.join(', ')}`);
  console.log(`answers: shared ${shared.passed}/${shared.questions} (${shared.accuracy}), all ${all.passed}/${all.questions} (${all.accuracy})`);
  for (const f of all.failures) console.log(`  fail ${f.id} "${f.q}": ${f.reasons.join('; ')}\n       → ${f.date ?? '-'} | ${f.answer.replace(/\n/gu, ' ')}`);
  printQuiz(quiz);
}
