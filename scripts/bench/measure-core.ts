/**
 * Run in a fresh process per measurement, so that start-up and memory are its own. Prints one
 * JSON object.
 *
 * `cold`: start-up with no saved state (the corpus is prepared and the state saved), ask latency
 * over the evaluation questions, the peak memory of that start and those answers, then index build
 * and the same for plain MiniSearch with default options on the same passages.
 * `warm`: start-up from the state a cold run saved, and peak memory.
 */
import MiniSearch from 'minisearch';
import { createEngine } from '../../src/engine.ts';
import { loadLanguageData } from '../../src/language-data.ts';
import { analyseDocument } from '../../src/search/analysis.ts';
import { PassageIndex } from '../../src/search/passage-index.ts';
import { loadQuestions } from '../evaluation/cases.ts';

const [mode = 'cold', dataDir = '', stateDir = '', roundsText = '3'] = process.argv.slice(2);
const rounds = Number(roundsText);

const engine = await createEngine({ dataDir, stateDir });
const startMs = performance.now();
const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024);

if (mode === 'warm') {
  console.log(JSON.stringify({ warmStartMs: round(startMs), warmPeakRssMb: peakRssMb() }));
} else {
  const questions = loadQuestions().map((q) => q.q);
  const askMs = latencies(questions, rounds, (q) => engine.ask(q));
  const events = engine.timeline().length;
  // Read before the bench's own work below (a second index, a plain MiniSearch), which the bot never does.
  const botPeakRssMb = peakRssMb();

  const { analyzer } = await loadLanguageData(dataDir);
  const indexBuildMs = timed(() => PassageIndex.build(analyzer, engine.corpus.documents.map((d) => analyseDocument(d, analyzer))));

  const baselineBuild = performance.now();
  const plain = new MiniSearch({ fields: ['text'] });
  plain.addAll(engine.corpus.passages.map((p) => ({ id: p.id, text: p.text })));
  const baselineIndexMs = performance.now() - baselineBuild;
  const baselineAskMs = latencies(questions, rounds, (q) => plain.search(q));

  console.log(
    JSON.stringify({
      passages: engine.corpus.passages.length,
      events,
      coldStartMs: round(startMs),
      indexBuildMs: round(indexBuildMs),
      askP50Ms: round(quantile(askMs, 0.5)),
      askP99Ms: round(quantile(askMs, 0.99)),
      peakRssMb: botPeakRssMb,
      baseline: { indexBuildMs: round(baselineIndexMs), askP50Ms: round(quantile(baselineAskMs, 0.5)), askP99Ms: round(quantile(baselineAskMs, 0.99)) },
    }),
  );
}

function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function latencies(inputs: string[], times: number, work: (input: string) => unknown): number[] {
  inputs.forEach(work); // warm-up: first calls compile and fill caches
  const ms: number[] = [];
  for (let r = 0; r < times; r++) for (const input of inputs) ms.push(timed(() => work(input)));
  return ms;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
