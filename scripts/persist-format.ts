/**
 * Measures the saved-state file format against `v8.serialize` on a corpus of `scale` copies of the
 * bundled documents (`npx tsx scripts/persist-format.ts 100`): size, save and load time of
 * (a) the container of `src/persist/` (typed arrays as bytes, ASCII JSON, UTF-16 text),
 * (b) `v8.serialize` of the same sections, and (c) `v8.serialize` of the decoded state itself,
 * without the codec that stores each text once. Prints one JSON object; the README records it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { readCorpusSources } from '../src/corpus/load.ts';
import { loadLanguageData } from '../src/language-data.ts';
import { openBaseState } from '../src/persist/base-state.ts';
import { decodeAnalysis, decodeDocuments, decodeEvents, decodeIndex, encodeAnalysis, encodeDocuments, encodeEvents, encodeIndex } from '../src/persist/codec.ts';
import { pack, Unpacked, type Section } from '../src/persist/container.ts';
import { scaledDataDir } from './bench/scaled-corpus.ts';

const scale = Number(process.argv[2] ?? '100');
const ROUNDS = 5;
const dataDir = scaledDataDir(scale);
const stateDir = mkdtempSync(join(tmpdir(), 'relations-persist-format-'));
try {
  const language = await loadLanguageData(dataDir);
  await openBaseState(await readCorpusSources(dataDir), language, join(stateDir, 'base.state'));
  const saved = new Unpacked(readFileSync(join(stateDir, readdirSync(stateDir)[0] as string)));
  const units = decodeDocuments(saved, () => '');
  const claims = units.flatMap((u) => u.claims);
  const analysed = decodeAnalysis(saved, units);
  const index = decodeIndex(saved);
  const events = decodeEvents(saved, claims);
  const sections: Record<string, Section> = { ...encodeDocuments(units), ...encodeAnalysis(analysed), ...encodeIndex(index), ...encodeEvents(events, claims) };
  const values = Object.fromEntries(Object.entries(sections).map(([name, s]) => [name, ArrayBuffer.isView(s) ? s : 'json' in s ? s.json : s.text]));

  const readAll = (file: Unpacked) => {
    for (const [name, s] of Object.entries(sections)) {
      if (s instanceof Int32Array) file.i32(name);
      else if (s instanceof Float64Array) file.f64(name);
      else if (s instanceof Uint8Array) file.u8(name);
      else if ('json' in s) file.json(name);
      else file.text(name);
    }
  };
  const container = pack(sections);
  const v8Sections = serialize(values);
  const v8State = serialize({ units, analysed, index, events });
  const report = {
    scale,
    passages: units.reduce((n, u) => n + u.doc.passages.length, 0),
    container: { bytes: container.length, saveMs: best(() => pack(sections)), loadMs: best(() => readAll(new Unpacked(container))) },
    v8Sections: { bytes: v8Sections.length, saveMs: best(() => serialize(values)), loadMs: best(() => deserialize(v8Sections)) },
    v8State: { bytes: v8State.length, saveMs: best(() => serialize({ units, analysed, index, events })), loadMs: best(() => deserialize(v8State)) },
  };
  console.log(JSON.stringify(report, null, 2));
} finally {
  rmSync(stateDir, { recursive: true, force: true });
  if (scale !== 1) rmSync(dataDir, { recursive: true, force: true });
}

/** The fastest of a few runs, in milliseconds. */
function best(run: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return Math.round(fastest * 10) / 10;
}
