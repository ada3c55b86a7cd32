import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseSecrets, parseEnv } from '../../src/config/env.ts';
import { openStore, type StoreConfig } from '../../src/store/open.ts';
import { startApp } from '../discord/support/app.ts';
import { fakePostgres, type Misbehaviour } from './support/fake-postgres.ts';

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The one-line reason a store does not open, and how long it took to say so. */
async function refusal(config: StoreConfig): Promise<{ message: string; ms: number }> {
  const started = Date.now();
  const store = await openStore(config).catch((error: unknown) => error as Error);
  if (!(store instanceof Error)) {
    await store.close();
    throw new Error('the store opened');
  }
  return { message: store.message, ms: Date.now() - started };
}

const dir = mkdtempSync(join(tmpdir(), 'relations-bot-open-'));
const asRoot = process.getuid?.() === 0;

describe('choosing the database', () => {
  it('takes DATABASE_URL as a postgres:// or postgresql:// URL, and never echoes a refused one', () => {
    expect(parseEnv({ DATABASE_URL: 'postgresql://bot:s3cret@db.internal:5432/relations' }).DATABASE_URL).toBe('postgresql://bot:s3cret@db.internal:5432/relations');
    expect(parseEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
    for (const url of ['mysql://bot:s3cret@db.internal/relations', 'bot:s3cret@db.internal', 'postgres://bot:s3cret%zz@db.internal/relations', 'postgres://bot:s3cret@/relations', 'postgres://bot:s3cret@db.internal:99999/relations']) {
      expect(() => parseEnv({ DATABASE_URL: url })).toThrow('invalid environment: DATABASE_URL: must be a postgres:// or postgresql:// URL with a host, its user and password %-escaped');
      expect(() => parseEnv({ DATABASE_URL: url })).not.toThrow(/s3cret/);
    }
  });

  it('keeps the URL and its password, as written and decoded, out of the logs', () => {
    expect(databaseSecrets(parseEnv({ DATABASE_URL: 'postgres://bot:p%40ss@127.0.0.1/relations' }))).toEqual(['postgres://bot:p%40ss@127.0.0.1/relations', 'p%40ss', 'p@ss']);
    expect(databaseSecrets(parseEnv({}))).toEqual([]);
  });
});

describe('a database that cannot be opened fails within 10 s, in one line naming the setting and never a secret', () => {
  const textFile = join(dir, 'notes.sqlite');
  writeFileSync(textFile, 'Meeting notes, not a database.\n');
  const folder = join(dir, 'folder.sqlite');
  mkdirSync(folder);
  const plainFile = join(dir, 'plain');
  writeFileSync(plainFile, '');
  const pipe = join(dir, 'pipe.sqlite');
  const hasPipe = (() => {
    try {
      execFileSync('mkfifo', [pipe]);
      return true;
    } catch {
      return false;
    }
  })();
  const readOnly = join(dir, 'read-only.sqlite');
  writeFileSync(readOnly, '');
  chmodSync(readOnly, 0o444);

  const sqliteCases: Array<[string, string, string, boolean?]> = [
    ['a folder', folder, `DATABASE_PATH: cannot open the SQLite file ${folder}: ${folder} is a folder, not a database file`],
    ['a text file', textFile, `DATABASE_PATH: cannot open the SQLite file ${textFile}: ${textFile} is not a SQLite database (another kind of file is there)`],
    ['a path under a file', join(plainFile, 'bot.sqlite'), `DATABASE_PATH: cannot open the SQLite file ${join(plainFile, 'bot.sqlite')}: ${plainFile} is a file, not a folder`],
    ['a folder that cannot be created (under /proc)', '/proc/nope/bot.sqlite', 'DATABASE_PATH: cannot open the SQLite file /proc/nope/bot.sqlite: cannot create the folder /proc/nope (ENOENT)', existsSync('/proc/self')],
    ['a device', '/dev/zero', 'DATABASE_PATH: cannot open the SQLite file /dev/zero: /dev/zero is a device, not a database file', existsSync('/dev/zero')],
    ['a pipe', pipe, `DATABASE_PATH: cannot open the SQLite file ${pipe}: ${pipe} is a pipe, not a database file`, hasPipe],
    ['a file that cannot be written', readOnly, `DATABASE_PATH: cannot open the SQLite file ${readOnly}: the file ${readOnly} cannot be written (EACCES)`, !asRoot],
  ];

  it.each(sqliteCases.filter(([, , , runs = true]) => runs))('SQLite: %s', async (_what, databasePath, message) => {
    const { message: said, ms } = await refusal({ databasePath });
    expect(said).toBe(message);
    expect(ms).toBeLessThan(10_000);
  });

  it('npm start and the CLI say so in one line and exit 1 (a folder under /proc used to hang them)', async () => {
    for (const [script, args] of [['src/main.ts', []], ['src/cli/main.ts', ['docs', 'list', '--guild', '900000000000000001']]] as const) {
      const app = startApp({ DATABASE_PATH: folder }, script, [...args]);
      app.child.stdin?.end();
      expect(await app.exited).toBe(1);
      expect(app.stderr()).toMatch(new RegExp(`^relations-bot(?: could not start)?: DATABASE_PATH: cannot open the SQLite file ${folder}: ${folder} is a folder, not a database file\\n$`, 'u'));
    }
  });

  const secret = 's3cret-Pa55';
  const postgresCases: Array<[string, Misbehaviour | 'closed', RegExp]> = [
    ['a port nothing listens on', 'closed', /: connect ECONNREFUSED 127\.0\.0\.1:\d+$/u],
    ['a server that accepts connections but never answers', { kind: 'silent' }, /: (?:timeout expired|Connection terminated due to connection timeout)$/u],
    ['a server that lets the client in, then never answers a statement', { kind: 'mute' }, /: Query read timeout$/u],
    ['a server whose error echoes the password and the URL', { kind: 'refuses', message: `password authentication failed for user "bot" (password ${secret}, from postgres://bot:${secret}@10.0.0.9/relations)` }, /: password authentication failed for user "bot" \(password \*\*\*, from \(a URL\)$/u],
  ];

  it.each(postgresCases)('PostgreSQL: %s', async (_what, behaviour, reason) => {
    const server = behaviour === 'closed' ? undefined : await fakePostgres(behaviour);
    try {
      const port = server?.port ?? (await closedPort());
      const { message, ms } = await refusal({ databaseUrl: `postgres://bot:${secret}@127.0.0.1:${port}/relations` });
      expect(message.startsWith(`DATABASE_URL: cannot open the PostgreSQL database 127.0.0.1:${port}/relations: `)).toBe(true);
      expect(message).toMatch(reason);
      expect(message).not.toContain(secret);
      expect(message).not.toContain('\n');
      expect(ms).toBeLessThan(10_000);
    } finally {
      await server?.close();
    }
  });

  it('PostgreSQL: a malformed URL given to the store is named, not echoed', async () => {
    const { message } = await refusal({ databaseUrl: `postgres://bot:${secret}%zz@127.0.0.1:1/relations` });
    expect(message).toMatch(/^DATABASE_URL: cannot open the PostgreSQL database 127\.0\.0\.1:1\/relations: /u);
    expect(message).not.toContain(secret);
  });
});
