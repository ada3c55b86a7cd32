import { readdirSync, readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);
const MIGRATION_FILE = /^(\d+)-[a-z0-9-]+\.sql$/u;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migration files in version order: `001-initial.sql`, `002-….sql`, … */
export function migrations(dir: URL = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const match = MIGRATION_FILE.exec(name);
      return match ? [{ version: Number(match[1]), name, sql: readFileSync(new URL(name, dir), 'utf8') }] : [];
    })
    .sort((a, b) => a.version - b.version);
}

/** Applies the migrations a database has not seen, each in its own transaction with its record. */
export function migrate(db: Database.Database, pending: Migration[] = migrations()): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of pending.filter((m) => !applied.has(m.version))) {
    db.transaction(() => {
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
  }
}
