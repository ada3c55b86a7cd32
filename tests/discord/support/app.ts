import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Every variable the app reads, set explicitly so that neither the caller's environment nor a .env
 * file leaks in; the database is a fresh file in a temporary folder, never the project's own.
 */
const blankEnv = () => ({
  DISCORD_TOKEN: '',
  DISCORD_APPLICATION_ID: '',
  DISCORD_GUILD_ID: '',
  DISCORD_API_URL: '',
  LOG_LEVEL: 'warn',
  DATABASE_PATH: join(mkdtempSync(join(tmpdir(), 'relations-bot-app-')), 'bot.sqlite'),
  DATABASE_URL: '',
  SHARD_COUNT: '',
});

export interface App {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/**
 * The bot's sources as a child process (node with tsx); with `compiled`, `npm start` as it runs
 * once built: `script` is then a bundle's name for the launcher (`main`, `cli`).
 */
export function startApp(env: Record<string, string>, script = 'src/main.ts', args: string[] = [], { compiled = false } = {}): App {
  const argv = compiled ? ['scripts/launch.mjs', script, ...args] : ['--import', 'tsx', script, ...args];
  const child = spawn(process.execPath, argv, {
    cwd: projectRoot,
    env: { ...process.env, ...blankEnv(), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}
