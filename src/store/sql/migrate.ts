import { readdirSync, readFileSync } from 'node:fs';
import type { SqlDriver } from './driver.ts';

const MIGRATION_FILE = /^(\d+)-[a-z0-9-]+\.sql$/u;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migration files of a folder in version order: `001-initial.sql`, `002-….sql`, … */
export function migrations(dir: URL): Migration[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const match = MIGRATION_FILE.exec(name);
      return match ? [{ version: Number(match[1]), name, sql: readFileSync(new URL(name, dir), 'utf8') }] : [];
    })
    .sort((a, b) => a.version - b.version);
}

/**
 * Applies the migrations the database has not seen, with their records, in one transaction: a
 * database is either wholly at the new version or untouched, and processes starting together
 * (shards, the CLI) take turns instead of applying a migration twice.
 */
export async function migrate(driver: SqlDriver, pending: Migration[] = migrations(driver.migrations)): Promise<void> {
  await driver.transaction(async (tx) => {
    await driver.lockForMigration(tx);
    await tx.script('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((await tx.query('SELECT version FROM schema_migrations')).map((row) => Number(row.version)));
    for (const migration of pending.filter((m) => !applied.has(m.version))) {
      await tx.script(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [migration.version, migration.name, new Date().toISOString()]);
    }
  });
}
