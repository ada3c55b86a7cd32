/**
 * Hostile inputs through the CLI as a user runs it (`node scripts/launch.mjs cli …`, the compiled
 * launcher), counted: inputs tried, crashes (a stack trace shown), hangs (no exit within the time
 * allowed), wrong exit codes, answers over one line, and data lost (the server's export compared
 * before and after a refused change). Nothing reaches the internet: the PostgreSQL "server" is a
 * TCP port on 127.0.0.1 that accepts and never answers. Its temporary folder is removed at the end.
 *
 *   npm run -s reliability            a line per input, then the totals
 *   npm run -s reliability -- --json  the totals and the failures as one JSON document
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../', import.meta.url));
const guild = '900000000000000001';
const secret = 'Hostile-s3cret';
/** Longer than any refusal may take (the database's own limit is 10 s). */
const hangMs = 20_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  hung: boolean;
}

interface Input {
  what: string;
  argv: string[];
  env?: Record<string, string>;
  /** The exit code a refusal must have: 2 for a user's mistake, 1 for a setting the bot cannot use. */
  code: number;
  /** Words the one-line message must hold (the setting it names). */
  names?: string;
  /** A refused change: the server's export must be the same after it. */
  changes?: true;
  /** The reader of stdout goes away at once, as `| head -0` does. */
  closedStdout?: true;
}

function cli(argv: string[], env: Record<string, string>, closedStdout = false): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/launch.mjs', 'cli', ...argv], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  if (closedStdout) child.stdout.destroy();
  else child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  let hung = false;
  const timer = setTimeout(() => {
    hung = true;
    child.kill('SIGKILL');
  }, hangMs);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: performance.now() - started, hung });
    }),
  );
}

/** A port on 127.0.0.1 that takes connections and never says a word. */
async function silentPort(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The server's own export, with one event's date changed to `value`: an export edited by hand. */
function poisonedExport(exported: string, eventId: string, value: string): string {
  const data = JSON.parse(exported) as { eventChanges: unknown[] };
  data.eventChanges.push({ event: eventId, field: 'date', value, changedBy: 'cli', changedAt: '2026-01-15T12:00:00.000Z' });
  return JSON.stringify(data);
}

function inputs(dir: string, silent: number, exported: string, eventId: string): Input[] {
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const sparse = (name: string, bytes: number) => {
    const path = file(name, '');
    truncateSync(path, bytes);
    return path;
  };
  const folder = join(dir, 'folder.txt');
  mkdirSync(folder);
  const add = (path: string) => ['docs', 'add', '--file', path, '--title', 'Hostile', '--published', '2020', '--guild', guild];
  const imports = (path: string) => ['import', path, '--guild', guild];
  const poisoned = (value: string) => file(`poisoned-${value}.json`, poisonedExport(exported, eventId, value));
  const mistakes: Array<[string, string[]]> = [
    ['a command named __proto__', ['__proto__']],
    ['docs __proto__', ['docs', '__proto__', '--guild', guild]],
    ['docs constructor', ['docs', 'constructor', '--guild', guild]],
    ['docs hasOwnProperty', ['docs', 'hasOwnProperty', '--guild', guild]],
    ['events toString', ['events', 'toString', '--guild', guild]],
    ['events review valueOf', ['events', 'review', 'valueOf', '--guild', guild]],
    ['dates --ref 2015-02-30 --json', ['dates', '--ref', '2015-02-30', '--json']],
    ['dates --ref 2015-13', ['dates', '--ref', '2015-13']],
    ['timeline --from 2015-02-30', ['timeline', '--from', '2015-02-30']],
    ['timeline --from 2015-99', ['timeline', '--from', '2015-99']],
    ['an option a command does not take', ['search', 'x', '--nope']],
    ['a server id that is not one', ['docs', 'list', '--guild', 'constructor']],
  ];
  // Not mistakes: answered, without a crash or a wait.
  const answered: Array<[string, string[]]> = [
    ['search for 96 000 characters (about what one argument may hold)', ['search', 'Erdoğan '.repeat(12_000)]],
    // The system hands it on as U+FFFD, which is read as no question: the reply says how to ask.
    ['ask a question of only a lone surrogate', ['ask', '\uD800']],
  ];
  const refusedChanges: Array<[string, string[]]> = [
    ['docs add --file /dev/zero', add('/dev/zero')],
    ['docs add --file /dev/urandom', add('/dev/urandom')],
    ['import /dev/zero', imports('/dev/zero')],
    ['import /dev/urandom', imports('/dev/urandom')],
    ['docs add --file a folder', add(folder)],
    ['docs add --file a missing file', add(join(dir, 'missing.txt'))],
    ['docs add --file an 8 GB sparse file', add(sparse('huge.txt', 8 * 1024 ** 3))],
    ['import an 8 GB sparse file', imports(sparse('huge.json', 8 * 1024 ** 3))],
    ['docs add of bytes that are not UTF-8 (a lone surrogate)', add(file('surrogate.txt', Buffer.from([0x41, 0xed, 0xa0, 0x80, 0x42])))],
    ['docs add of a binary file', add(file('binary.txt', Buffer.from([0, 1, 2, 3, 0, 255, 0, 0])))],
    ['import of text that is not JSON', imports(file('notes.json', 'not json {'))],
    ['import of an event date 2015-99', imports(poisoned('2015-99'))],
    ['import of an event date 2015-13', imports(poisoned('2015-13'))],
    ['import of an event date 2015-02-30', imports(poisoned('2015-02-30'))],
    ['events edit --date 2015-02-30', ['events', 'edit', eventId, '--date', '2015-02-30', '--guild', guild]],
  ];
  const textFile = file('notes.sqlite', 'Meeting notes, not a database.\n');
  const settings: Array<[string, Record<string, string>, string]> = [
    ['DATABASE_PATH under /proc', { DATABASE_PATH: '/proc/nope/bot.sqlite' }, 'DATABASE_PATH'],
    ['DATABASE_PATH a folder', { DATABASE_PATH: folder }, 'DATABASE_PATH'],
    ['DATABASE_PATH a text file', { DATABASE_PATH: textFile }, 'DATABASE_PATH'],
    ['DATABASE_PATH a device', { DATABASE_PATH: '/dev/zero' }, 'DATABASE_PATH'],
    ['DATABASE_URL malformed', { DATABASE_URL: `postgres://bot:${secret}%zz@127.0.0.1/relations` }, 'DATABASE_URL'],
    ['DATABASE_URL of a port that never answers', { DATABASE_URL: `postgres://bot:${secret}@127.0.0.1:${silent}/relations` }, 'DATABASE_URL'],
  ];
  return [
    ...mistakes.map(([what, argv]): Input => ({ what, argv, code: 2 })),
    ...answered.map(([what, argv]): Input => ({ what, argv, code: 0 })),
    ...refusedChanges.map(([what, argv]): Input => ({ what, argv, code: 2, changes: true })),
    ...settings.map(([what, env, names]): Input => ({ what, argv: ['docs', 'list', '--guild', guild], env, code: 1, names })),
    { what: 'passages into a reader that stops at once (EPIPE)', argv: ['passages'], code: 0, closedStdout: true },
  ];
}

/** A user mistake or a refusal that is two words is as good as a crash: the checks each input must pass. */
function faults(input: Input, run: Run, lost: boolean): string[] {
  const said = run.stderr.trimEnd();
  return [
    ...(run.hung ? [`hung (no exit in ${hangMs / 1000} s)`] : []),
    ...(/^\s+at .+[(:]\d+/mu.test(run.stderr) ? ['stack trace shown'] : []),
    ...(!run.hung && run.code !== input.code ? [`exit code ${run.code}, not ${input.code}`] : []),
    ...(input.code !== 0 && (said === '' || said.includes('\n')) ? ['not one line on stderr'] : []),
    ...(input.names && !said.includes(input.names) ? [`does not name ${input.names}`] : []),
    ...(run.stderr.includes(secret) || run.stdout.includes(secret) ? ['secret shown'] : []),
    ...(lost ? ['data changed'] : []),
    ...(input.names && run.ms > 10_000 ? [`took ${(run.ms / 1000).toFixed(1)} s`] : []),
  ];
}

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
const dir = mkdtempSync(join(tmpdir(), 'relations-reliability-'));
const silent = await silentPort();
try {
  const env = { DATABASE_PATH: join(dir, 'bot.sqlite'), LOG_LEVEL: 'silent' };
  // What the server holds, without the moment of the export.
  const exportFile = async () => (await cli(['export', '--guild', guild], env)).stdout;
  const exported = async () => (await exportFile()).replace(/"exportedAt": ?"[^"]*"/u, '');
  const own = join(dir, 'own.txt');
  writeFileSync(own, 'On 12 March 2024, the foreign ministers of Russia and Turkey met in Antalya to talk about grain exports across the Black Sea.\n');
  const seeded = await cli(['docs', 'add', '--file', own, '--title', 'A document of its own', '--published', '2024', '--guild', guild], env);
  if (seeded.code !== 0) throw new Error(`could not add the first document: ${seeded.stderr}`);
  const [first] = JSON.parse((await cli(['timeline', '--json'], env)).stdout) as Array<{ id: string }>;
  if (!first) throw new Error('the timeline is empty');
  const results: Array<{ what: string; ms: number; faults: string[] }> = [];
  for (const input of inputs(dir, silent.port, await exportFile(), first.id)) {
    const before = input.changes ? await exported() : '';
    const run = await cli(input.argv, { ...env, ...input.env }, input.closedStdout);
    const lost = input.changes === true && (await exported()) !== before;
    results.push({ what: input.what, ms: Math.round(run.ms), faults: faults(input, run, lost) });
    if (!values.json) console.log(`${results.at(-1)?.faults.length ? 'FAIL' : 'ok  '} ${input.what} (${Math.round(run.ms)} ms, exit ${run.code})${results.at(-1)?.faults.length ? `: ${results.at(-1)?.faults.join('; ')}` : ''}`);
  }
  const count = (fault: RegExp) => results.filter((result) => result.faults.some((f) => fault.test(f))).length;
  const totals = {
    inputs: results.length,
    crashes: count(/^stack trace/u),
    hangs: count(/^hung|^took/u),
    wrongExitCodes: count(/^exit code/u),
    notOneLine: count(/^not one line|^does not name/u),
    secretsShown: count(/^secret/u),
    dataLost: count(/^data changed/u),
    slowestMs: Math.max(...results.map((result) => result.ms)),
  };
  if (values.json) console.log(JSON.stringify({ totals, failures: results.filter((result) => result.faults.length > 0) }));
  else console.log(`\n${Object.entries(totals).map(([name, value]) => `${name}: ${value}`).join(', ')}`);
  process.exitCode = results.some((result) => result.faults.length > 0) ? 1 : 0;
} finally {
  await silent.close();
  rmSync(dir, { recursive: true, force: true });
}
