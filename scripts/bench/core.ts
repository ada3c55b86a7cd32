import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: the build script is plain JavaScript, without declarations.
import { BUNDLE_OPTIONS } from '../build.mjs';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import { scaledDataDir } from './scaled-corpus.ts';

/** What a cold run measures (measure-core.ts). */
interface ColdFigures {
  passages: number;
  events: number;
  /** Process start to a ready engine with no saved state (preparing the corpus and saving it). */
  coldStartMs: number;
  indexBuildMs: number;
  askP50Ms: number;
  askP99Ms: number;
  peakRssMb: number;
  baseline: { indexBuildMs: number; askP50Ms: number; askP99Ms: number };
}

interface WarmFigures {
  /** Process start to a ready engine from the saved state. */
  warmStartMs: number;
  warmPeakRssMb: number;
}

type TargetFigure = 'askP99Ms' | 'coldStartMs' | 'warmStartMs' | 'peakRssMb';

export interface ScaleFigures extends ColdFigures, WarmFigures {
  scale: number;
  /** Every warm start measured; `warmStartMs` is their median. */
  warmStartRunsMs: number[];
  /** The targets for this size (issue 8) and whether each was met. */
  targets: Array<{ figure: TargetFigure; below: number; value: number; met: boolean }>;
}

const TARGETS: Record<number, Partial<Record<TargetFigure, number>>> = {
  1: { askP99Ms: 10, coldStartMs: 1500, peakRssMb: 200 },
  100: { askP99Ms: 50, warmStartMs: 1000 },
};

const MEASURE = fileURLToPath(new URL('./measure-core.ts', import.meta.url));
/** In var/, a folder of the top level as dist/ is, so that the bundle's modules find their files as dist/'s do. */
const COMPILED_MEASURE = fileURLToPath(new URL('../../var/bench-measure-core.mjs', import.meta.url));
const WARM_RUNS = 3;

/**
 * measure-core.ts bundled as the bot is (`npm start` and the CLI run dist/, one file per command,
 * no TypeScript loader), so that start-up is measured as the bot starts, not through tsx's
 * loading of some three hundred modules one by one.
 */
async function compileMeasure(): Promise<string> {
  const esbuild = await import('esbuild');
  await esbuild.build({ ...BUNDLE_OPTIONS, entryPoints: [MEASURE], outfile: COMPILED_MEASURE });
  return COMPILED_MEASURE;
}

/**
 * The core at 1×, 10× and 100× the corpus, each measurement in a fresh process: a cold start
 * that saves the prepared state, then warm starts from it.
 */
export async function measureCore(scales: number[] = [1, 10, 100]): Promise<ScaleFigures[]> {
  const measure = await compileMeasure();
  return scales.map((scale) => {
    const dataDir = scaledDataDir(scale);
    const stateDir = mkdtempSync(join(tmpdir(), 'relations-bench-state-'));
    const run = <T>(mode: 'cold' | 'warm') =>
      JSON.parse(execFileSync(process.execPath, [measure, mode, dataDir, stateDir], { encoding: 'utf8', maxBuffer: 1 << 20 })) as T;
    try {
      const cold = run<ColdFigures>('cold');
      const warm = Array.from({ length: WARM_RUNS }, () => run<WarmFigures>('warm'));
      const warmStartRunsMs = warm.map((w) => w.warmStartMs);
      const figures = {
        scale,
        ...cold,
        warmStartMs: [...warmStartRunsMs].sort((a, b) => a - b)[Math.floor(WARM_RUNS / 2)] ?? NaN,
        warmStartRunsMs,
        warmPeakRssMb: Math.max(...warm.map((w) => w.warmPeakRssMb)),
      };
      const targets = Object.entries(TARGETS[scale] ?? {}).map(([figure, below]) => {
        const value = figures[figure as TargetFigure];
        return { figure: figure as TargetFigure, below, value, met: value < below };
      });
      return { ...figures, targets };
    } finally {
      rmSync(stateDir, { recursive: true, force: true });
      if (dataDir !== BUNDLED_DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    }
  });
}

export function printCore(figures: ScaleFigures[]): void {
  console.log('core: per corpus size (ours | plain MiniSearch with default options)');
  for (const f of figures) {
    console.log(
      `  ${String(f.scale).padStart(3)}× ${String(f.passages).padStart(6)} passages, ${f.events} events: cold start ${f.coldStartMs} ms, ` +
        `warm start ${f.warmStartMs} ms (runs ${f.warmStartRunsMs.join(', ')}), index build ${f.indexBuildMs} | ${f.baseline.indexBuildMs} ms, ` +
        `ask p50 ${f.askP50Ms} | ${f.baseline.askP50Ms} ms, p99 ${f.askP99Ms} | ${f.baseline.askP99Ms} ms, peak RSS ${f.peakRssMb} MB (warm ${f.warmPeakRssMb} MB)`,
    );
    for (const t of f.targets) console.log(`       target ${t.figure} < ${t.below}: ${t.value}, ${t.met ? 'met' : 'MISSED'}`);
  }
}
