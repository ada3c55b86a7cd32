import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe } from 'vitest';
import { openStore, type StoreConfig } from '../../../src/store/open.ts';
import { openPostgresDriver } from '../../../src/store/postgres/driver.ts';
import type { SqlDriver } from '../../../src/store/sql/driver.ts';
import { openSqliteDriver } from '../../../src/store/sqlite/driver.ts';
import type { Store } from '../../../src/store/types.ts';

/**
 * The databases the store's specification runs on: SQLite always; PostgreSQL when
 * TEST_DATABASE_URL names a server (CI starts one), each test in a schema of its own so that runs
 * never meet. With REQUIRE_POSTGRES=1 the PostgreSQL tests run and fail without a server, rather
 * than being skipped.
 */
export interface Backend {
  name: 'SQLite' | 'PostgreSQL';
  /** Why the backend's tests are skipped, or null when they run. */
  skipped: string | null;
  /** Where a new, empty database is. */
  fresh(): Promise<StoreConfig>;
}

/** A path for a SQLite file in a new temporary folder. */
export function sqliteFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'relations-bot-store-')), 'bot.sqlite');
}

const sqlite: Backend = {
  name: 'SQLite',
  skipped: null,
  fresh: async () => ({ databasePath: sqliteFile() }),
};

function postgres(): Backend {
  const url = process.env.TEST_DATABASE_URL || undefined;
  const required = process.env.REQUIRE_POSTGRES === '1';
  let admin: Promise<pg.Client> | undefined;
  const schemas: string[] = [];
  afterAll(async () => {
    if (!admin) return;
    const client = await admin;
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  });
  return {
    name: 'PostgreSQL',
    skipped: url || required ? null : 'TEST_DATABASE_URL is not set',
    async fresh() {
      if (!url) throw new Error('store tests: REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set');
      admin ??= (async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        return client;
      })();
      const schema = `store_test_${process.pid}_${randomBytes(6).toString('hex')}`;
      await (await admin).query(`CREATE SCHEMA "${schema}"`);
      schemas.push(schema);
      const inSchema = new URL(url);
      inSchema.searchParams.set('options', `-c search_path=${schema}`);
      return { databaseUrl: inSchema.href };
    },
  };
}

/** The driver underneath a store, to look at what the store keeps beside its interface. */
export function openDriver(config: StoreConfig): SqlDriver {
  return 'databaseUrl' in config ? openPostgresDriver(config.databaseUrl) : openSqliteDriver(config.databasePath);
}

export interface StoreSpec {
  backend: Backend;
  /** A store on a new database, or on `config`; closed after the test. */
  open(config?: StoreConfig): Promise<Store>;
}

/** SQLite, and PostgreSQL (skipped without a server): call it inside a test file, once. */
export function storeBackends(): Backend[] {
  return [sqlite, postgres()];
}

/** Declares `spec` once per backend, under `title`. */
export function describeStores(title: string, spec: (context: StoreSpec) => void): void {
  for (const backend of storeBackends()) {
    describe.skipIf(backend.skipped !== null)(`${title}, on ${backend.name}`, () => {
      const opened: Store[] = [];
      afterEach(async () => {
        for (const store of opened.splice(0)) await store.close();
      });
      spec({
        backend,
        async open(config) {
          const store = await openStore(config ?? (await backend.fresh()));
          opened.push(store);
          return store;
        },
      });
    });
  }
}
