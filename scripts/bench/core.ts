import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import { scaledDataDir } from './scaled-corpus.ts';

export interface ScaleFigures {
  scale: number;
  passages: number;
  events: number;
  coldStartMs: number;
  indexBuildMs: number;
  askP50Ms: number;
  askP99Ms: number;
  peakRssMb: number;
  baseline: { indexBuildMs: number; askP50Ms: number; askP99Ms: number };
}

const MEASURE = fileURLToPath(new URL('./measure-core.ts', import.meta.url));

/** The core at 1×, 10× and 100× the corpus, each measured in a fresh process so start-up and memory are its own. */
export function measureCore(scales: number[] = [1, 10, 100]): ScaleFigures[] {
  return scales.map((scale) => {
    const dir = scaledDataDir(scale);
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', MEASURE, dir, scale >= 100 ? '1' : '3'], { encoding: 'utf8', maxBuffer: 1 << 20 });
      return { scale, ...(JSON.parse(out) as Omit<ScaleFigures, 'scale'>) };
    } finally {
      if (dir !== BUNDLED_DATA_DIR) rmSync(dir, { recursive: true, force: true });
    }
  });
}

export function printCore(figures: ScaleFigures[]): void {
  console.log('core: per corpus size (ours | plain MiniSearch with default options)');
  for (const f of figures) {
    console.log(
      `  ${String(f.scale).padStart(3)}× ${String(f.passages).padStart(6)} passages, ${f.events} events: cold start ${f.coldStartMs} ms, ` +
        `index build ${f.indexBuildMs} | ${f.baseline.indexBuildMs} ms, ask p50 ${f.askP50Ms} | ${f.baseline.askP50Ms} ms, ` +
        `p99 ${f.askP99Ms} | ${f.baseline.askP99Ms} ms, peak RSS ${f.peakRssMb} MB`,
    );
  }
}
