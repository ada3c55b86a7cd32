/**
 * Run in a fresh process per corpus size: cold start to a ready engine, index
 * build, ask latency over the evaluation questions, peak memory, and the same
 * for plain MiniSearch with default options on the same passages. Prints one
 * JSON object.
 */
import MiniSearch from 'minisearch';
import { createEngine } from '../../src/engine.ts';
import { PassageIndex } from '../../src/search/passage-index.ts';
import { loadLanguageData } from '../../src/language-data.ts';
import { loadQuestions } from '../evaluation/cases.ts';

const [dataDir = '', roundsText = '3'] = process.argv.slice(2);
const rounds = Number(roundsText);

const engine = await createEngine({ dataDir });
const coldStartMs = performance.now();

const { analyzer } = await loadLanguageData(dataDir);
const titles = new Map(engine.corpus.documents.map((d) => [d.meta.id, d.meta.title]));
const indexBuildMs = timed(() => new PassageIndex(analyzer).add(engine.corpus.passages, titles));

const questions = loadQuestions().map((q) => q.q);
const askMs = latencies(questions, rounds, (q) => engine.ask(q));

const baselineBuild = performance.now();
const plain = new MiniSearch({ fields: ['text'] });
plain.addAll(engine.corpus.passages.map((p) => ({ id: p.id, text: p.text })));
const baselineIndexMs = performance.now() - baselineBuild;
const baselineAskMs = latencies(questions, rounds, (q) => plain.search(q));

console.log(
  JSON.stringify({
    passages: engine.corpus.passages.length,
    events: engine.timeline().length,
    coldStartMs: round(coldStartMs),
    indexBuildMs: round(indexBuildMs),
    askP50Ms: round(quantile(askMs, 0.5)),
    askP99Ms: round(quantile(askMs, 0.99)),
    peakRssMb: round(process.resourceUsage().maxRSS / 1024),
    baseline: { indexBuildMs: round(baselineIndexMs), askP50Ms: round(quantile(baselineAskMs, 0.5)), askP99Ms: round(quantile(baselineAskMs, 0.99)) },
  }),
);

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
