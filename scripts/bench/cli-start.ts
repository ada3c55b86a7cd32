/**
 * One-shot CLI calls as a user types them (`npm run -s cli -- …`), timed from the start of the
 * process to its exit: `sources`, `ask "…"` and `ask "…" --guild ID` for a server holding a
 * 512 KB document. Each is run once unmeasured (the disk cache, and for `--guild` the saving of
 * the server's layer that the first call after a change makes), then five times; the median is
 * held to the target. The same calls through the launcher alone show what npm itself adds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openKnowledge } from '../../src/knowledge/open.ts';
import { addDocument, MAX_DOCUMENT_BYTES } from '../../src/moderation/index.ts';
import { largeDocument } from '../../tests/discord/support/large-document.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = 5;
const TARGET_MS = 1_000;
const guild = '930000000000000001';
const question = 'When was the S-400 contract signed?';

export interface CliStartFigures {
  command: string;
  /** Through npm, as the README writes it. */
  runsMs: number[];
  medianMs: number;
  /** The launcher alone (`node scripts/launch.mjs cli …`): the program's own share. */
  launcherMedianMs: number;
  /** The unmeasured first call (for `--guild`, it builds and saves the server's layer). */
  firstMs: number;
  targetMet: boolean;
}

export async function measureCliStart(): Promise<CliStartFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'relations-bench-cli-'));
  const databasePath = join(dir, 'bot.sqlite');
  try {
    // Added as a moderator adds it, saving nothing: the CLI's first --guild call makes the layer.
    const moderator = await openKnowledge({ databasePath, stateDir: false });
    const text = largeDocument(MAX_DOCUMENT_BYTES - 1_024, `(run ${Date.now()})`);
    await addDocument(moderator.moderation, { guildId: guild, who: 'cli' }, { upload: { name: 'chronology.txt', bytes: new TextEncoder().encode(text) }, title: 'A long chronology', published: '2024' });
    await moderator.close();
    const commands = [['sources'], ['ask', question], ['ask', question, '--guild', guild]];
    return commands.map((args) => {
      const env = { ...process.env, DATABASE_PATH: databasePath, DATABASE_URL: '' };
      const throughNpm = () => timed('npm', ['run', '-s', 'cli', '--', ...args], env);
      const throughLauncher = () => timed(process.execPath, ['scripts/launch.mjs', 'cli', ...args], env);
      const firstMs = throughNpm();
      const runsMs = Array.from({ length: RUNS }, throughNpm);
      const launcherMs = Array.from({ length: RUNS }, throughLauncher);
      const medianMs = median(runsMs);
      return { command: args.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' '), runsMs, medianMs, launcherMedianMs: median(launcherMs), firstMs, targetMet: medianMs < TARGET_MS };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timed(command: string, args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const run = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8' });
  const ms = Math.round(performance.now() - started);
  if (run.status !== 0) throw new Error(`bench: ${command} ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  return ms;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}

export function printCliStart(figures: CliStartFigures[]): void {
  console.log(`cli: one-shot calls, process start to exit, median of ${RUNS} (npm run -s cli -- … | the launcher alone)`);
  for (const f of figures) {
    console.log(`  ${f.command.padEnd(58)} ${f.medianMs} ms (runs ${f.runsMs.join(', ')}; first ${f.firstMs} ms) | ${f.launcherMedianMs} ms; target < ${TARGET_MS} ms: ${f.targetMet ? 'met' : 'MISSED'}`);
  }
}
