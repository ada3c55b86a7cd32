import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate.ts';

/**
 * Opens (creating it and its folder if need be) and migrates a database: WAL, so that answers
 * read while a moderator writes; foreign keys enforced; a full sync at each commit, so that a
 * committed change survives a crash; and a wait, not a failure, while the CLI and the bot
 * take turns writing.
 */
export function openDatabase(path: string): Database.Database {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}
