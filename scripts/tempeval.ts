/**
 * DATE value F1 on TempEval-3 TimeML files (the platinum test set has 20):
 *   npx tsx scripts/tempeval.ts DIR [--json] [--errors]
 * Each file's creation time is the reference date. Scores this project's date layer
 * (default options, and with vague references on) and bare chrono-node as a baseline.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addCounts, scoreDocument, toScores, type Counts, type MatchMode, type Mismatch, type Scores } from './tempeval/score.ts';
import { bareChrono, ours, oursWithVague, type System } from './tempeval/systems.ts';
import { parseTimeml, type TimemlDocument } from './tempeval/timeml.ts';

const SYSTEMS: Record<string, System> = { ours, 'ours+vague': oursWithVague, 'bare chrono': bareChrono };
const MODES: MatchMode[] = ['relaxed', 'strict', 'extent'];

function loadDocuments(dir: string): TimemlDocument[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.tml')).sort();
  if (files.length === 0) throw new Error(`no .tml files in ${dir}`);
  return files.map((f) => parseTimeml(f.replace(/\.tml$/, ''), readFileSync(join(dir, f), 'utf8')));
}

function evaluate(documents: TimemlDocument[], system: System, mode: MatchMode, errors?: Array<Mismatch & { doc: string }>): Scores {
  let total: Counts = { judged: 0, correct: 0, gold: 0 };
  for (const doc of documents) {
    const mismatches: Mismatch[] = [];
    total = addCounts(total, scoreDocument(doc.timexes, system(doc.text, doc.dct), mode, errors ? mismatches : undefined));
    errors?.push(...mismatches.map((m) => ({ ...m, doc: doc.id })));
  }
  return toScores(total);
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--'));
  if (!dir) {
    console.error('usage: npx tsx scripts/tempeval.ts DIR [--json] [--errors]');
    process.exit(2);
  }
  const documents = loadDocuments(dir);
  const results: Record<string, Record<MatchMode, Scores>> = {};
  for (const [name, system] of Object.entries(SYSTEMS)) {
    results[name] = Object.fromEntries(MODES.map((mode) => [mode, evaluate(documents, system, mode)])) as Record<MatchMode, Scores>;
  }

  if (args.includes('--json')) {
    console.log(JSON.stringify({ documents: documents.length, goldDates: results.ours?.relaxed.gold, results }, null, 2));
    return;
  }
  console.log(`${documents.length} documents, ${results.ours?.relaxed.gold} gold DATE expressions`);
  console.log('system        match    precision  recall  F1      (correct/judged, gold)');
  for (const [name, byMode] of Object.entries(results)) {
    for (const mode of MODES) {
      const s = byMode[mode];
      const label = mode === 'extent' ? 'extent*' : mode;
      console.log(`${name.padEnd(13)} ${label.padEnd(8)} ${s.precision.toFixed(3).padStart(9)}  ${s.recall.toFixed(3).padStart(6)}  ${s.f1.toFixed(3)}   (${s.correct}/${s.judged}, ${s.gold})`);
    }
  }
  console.log('* extent: relaxed span match ignoring the value (detection only)');

  if (args.includes('--errors')) {
    const errors: Array<Mismatch & { doc: string }> = [];
    evaluate(documents, oursWithVague, 'relaxed', errors);
    for (const e of errors) {
      const sys = e.system ? `${JSON.stringify(e.system.text)} → ${e.system.value}` : '(missed)';
      const gold = e.gold ? `${JSON.stringify(e.gold.text)} = ${e.gold.value}` : '(not gold)';
      console.log(`${e.doc.padEnd(34)} ${sys.padEnd(40)} gold ${gold}`);
    }
  }
}

main();
