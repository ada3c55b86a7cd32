import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { openStore } from '../../src/store/open.ts';
import { migrations } from '../../src/store/sql/migrate.ts';
import { describeStores, openDriver, sqliteFile } from './support/backends.ts';
import { session } from './support/quiz-records.ts';

const sqliteMigrations = new URL('../../src/store/sqlite/migrations/', import.meta.url);
const postgresMigrations = new URL('../../src/store/postgres/migrations/', import.meta.url);

it('has the same migrations, in the same order, for every database', () => {
  const names = (dir: URL) => migrations(dir).map((m) => m.name);
  expect(names(sqliteMigrations)).toEqual(['001-initial.sql', '002-quiz.sql', '003-quiz-curation.sql']);
  expect(names(postgresMigrations)).toEqual(names(sqliteMigrations));
});

describeStores('migrations', ({ backend, open }) => {
  it('build the schema on an empty database and record each migration once, however often it is opened', async () => {
    const config = await backend.fresh();
    await (await open(config)).close();
    await (await open(config)).close();
    const driver = openDriver(config);
    try {
      const applied = await driver.query('SELECT version, name FROM schema_migrations ORDER BY version');
      expect(applied.map((row) => [Number(row.version), row.name])).toEqual([[1, '001-initial.sql'], [2, '002-quiz.sql'], [3, '003-quiz-curation.sql']]);
    } finally {
      await driver.close();
    }
  });
});

it('upgrades a SQLite file made before the quiz tables, keeping its data, in WAL mode', async () => {
  const databasePath = sqliteFile();
  // The file as the version before the quiz made it: the first migration and its record.
  const old = new Database(databasePath);
  old.exec(readFileSync(new URL('001-initial.sql', sqliteMigrations), 'utf8'));
  old.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  old.prepare("INSERT INTO schema_migrations VALUES (1, '001-initial.sql', '2026-01-01T00:00:00.000Z')").run();
  old.prepare("INSERT INTO guilds (id, moderator_role_id, revision) VALUES ('900000000000000001', '700000000000000001', 3)").run();
  old.close();

  const store = await openStore({ databasePath });
  try {
    expect(await store.revision('900000000000000001')).toBe(3);
    expect((await store.guild('900000000000000001')).settings).toEqual({ moderatorRoleId: '700000000000000001' });
    await store.startQuizSession(session('s1'));
  } finally {
    await store.close();
  }
  const db = new Database(databasePath, { readonly: true });
  try {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all()).toEqual([1, 2, 3]);
  } finally {
    db.close();
  }
});
