/**
 * Every evaluation set on its dev and test halves: `npm run eval [-- --json] [-- --test-misses]`.
 * The text lists the misses of the dev halves (tune on those); the test halves' misses only with
 * --test-misses, and in the JSON.
 */
import type { AnswerReport } from './evaluation/answers.ts';
import { evaluate, type Halves } from './evaluation/evaluate.ts';
import type { EventHalfReport, EventReport } from './evaluation/events.ts';
import { evaluateQuiz, evaluateServerQuiz, printQuiz, printServerQuiz } from './evaluation/quiz.ts';
import type { RetrievalReport } from './evaluation/retrieval.ts';
import { openEvalSetup } from './evaluation/setup.ts';

const setup = await openEvalSetup();
try {
  const report = { ...evaluate(setup), quiz: evaluateQuiz(setup.bundled), serverQuiz: evaluateServerQuiz(setup.server) };
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else {
    print(report, process.argv.includes('--test-misses'));
    printQuiz(report.quiz);
    printServerQuiz(report.serverQuiz);
  }
} finally {
  await setup.close();
}

function print(report: ReturnType<typeof evaluate>, testMisses: boolean): void {
  const shown = (split: string) => split === 'dev' || testMisses;
  const retrieval = (name: string, halves: Halves<RetrievalReport>) => {
    const line = (r: RetrievalReport) => `${r.cases} queries, recall@5 ${r.recallAt5}, MRR ${r.mrr}`;
    console.log(`${name}: dev ${line(halves.dev)} | test ${line(halves.test)}`);
    for (const [split, r] of Object.entries(halves)) {
      if (!shown(split)) continue;
      for (const f of r.failures) console.log(`  miss [${split}] ${f.id} "${f.q}" expected ${f.expected.join('|')} got ${f.got.join(', ')}`);
    }
  };
  retrieval('retrieval (retrieval.jsonl and questions, document level)', report.retrieval.existing);
  retrieval('paraphrase retrieval, bundled documents (passage level)', report.retrieval.paraphrase.bundled);
  retrieval('paraphrase retrieval, own documents (passage level)', report.retrieval.paraphrase.own);

  const answers = (name: string, halves: Halves<AnswerReport>) => {
    const line = (r: AnswerReport) => `${r.passed}/${r.questions} (${r.accuracy})`;
    console.log(`${name}: dev ${line(halves.dev)} | test ${line(halves.test)}`);
    const kinds = [...new Set([...Object.keys(halves.dev.byKind), ...Object.keys(halves.test.byKind)])];
    for (const kind of kinds) {
      const cell = (r: AnswerReport) => {
        const k = r.byKind[kind];
        return k ? `${k.passed}/${k.questions}` : '-';
      };
      console.log(`  ${kind.padEnd(16)} dev ${cell(halves.dev).padEnd(7)} test ${cell(halves.test)}`);
    }
    for (const [split, r] of Object.entries(halves)) {
      if (!shown(split)) continue;
      for (const f of r.failures) console.log(`  fail [${split}] ${f.id} (${f.kind}) "${f.q}": ${f.reasons.join('; ')}\n       → ${f.date ?? '-'} | ${f.answer.replace(/\n/gu, ' ')}`);
    }
  };
  const shared = report.answers.shared;
  console.log(`answers, shared questions: ${shared.passed}/${shared.questions} (${shared.accuracy})`);
  for (const f of shared.failures) console.log(`  fail ${f.id} "${f.q}": ${f.reasons.join('; ')}\n       → ${f.date ?? '-'} | ${f.answer.replace(/\n/gu, ' ')}`);
  answers('answers, questions.jsonl (documents\' words)', report.answers.questions);
  answers('answers, questions.kinds.jsonl (every kind, other words)', report.answers.kinds);

  const events = (name: string, r: EventReport) => {
    const line = (h: EventHalfReport) =>
      `precision ${h.precision} (${h.events} events), recall ${h.recall} (${h.found}/${h.gold}), ${h.duplicates.length} duplicates, ${h.afterPublication.length} after publication, ${h.badSummaries.length} bad summaries`;
    console.log(`${name}:\n  dev  ${line(r.dev)}\n  test ${line(r.test)}`);
    for (const split of ['dev', 'test'] as const) {
      if (!shown(split)) continue;
      const h = r[split];
      for (const m of h.missed) console.log(`  missed [${split}] ${m.gold} ${m.date} ${m.summary}`);
      for (const u of h.unmatched) console.log(`  not a gold event [${split}] ${u.date} ${u.summary}`);
      for (const d of h.duplicates) console.log(`  duplicate [${split}] of ${d.gold.join('|')}: ${d.event}`);
      for (const a of h.afterPublication) console.log(`  after publication [${split}] ${a.date} > ${a.published}: ${a.event}`);
      for (const b of h.badSummaries) console.log(`  bad summary [${split}] ${b.event} "${b.summary.slice(0, 90)}": ${b.problems.join('; ')}`);
    }
  };
  events('events, bundled documents', report.events.bundled);
  events('events, own documents (on the server)', report.events.own);
}
