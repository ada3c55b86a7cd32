import Database from 'better-sqlite3';
import type { Row, SqlDriver, SqlExecutor, SqlValue } from '../sql/driver.ts';
import { StoreConflict } from '../types.ts';
import { Turns } from './turns.ts';

const UNIQUE_VIOLATIONS = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

/**
 * Opens (creating it if need be, in a folder that exists: `prepareSqlitePath` checks the path and
 * makes the folder) a SQLite file: WAL, so that answers read while a
 * moderator writes; foreign keys enforced; a full sync at each commit, so that a committed change
 * survives a crash; and a wait, not a failure, while other processes on the host (shards, the
 * CLI) hold the write lock.
 *
 * better-sqlite3 is synchronous and has one connection, so this process's statements take turns:
 * a statement sent while a transaction's body awaits would otherwise run inside that transaction.
 * Open one driver per file in a process: the wait for the lock blocks the thread, so a second
 * driver waiting on the first's transaction would keep that transaction from ever finishing.
 */
export function openSqliteDriver(path: string): SqlDriver {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    // Another process setting up the same new file holds it: the caller tries again with the file let go.
    db.close();
    throw error;
  }

  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };
  const direct: SqlExecutor = {
    async query(sql, params = []) {
      return conflictsAsStoreConflict(() => {
        const statement = prepared(sql);
        const bound = namedParameters(params);
        if (statement.reader) return statement.all(bound) as Row[];
        statement.run(bound);
        return [];
      });
    },
    async script(sql) {
      conflictsAsStoreConflict(() => db.exec(sql));
    },
  };
  const turns = new Turns();
  const within = async <T>(begin: string, body: (tx: SqlExecutor) => Promise<T>): Promise<T> => {
    db.exec(begin);
    try {
      const result = await body(direct);
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  };

  return {
    migrations: new URL('./migrations/', import.meta.url),
    query: (sql, params) => turns.take(() => direct.query(sql, params)),
    script: (sql) => turns.take(() => direct.script(sql)),
    // IMMEDIATE takes the write lock at once, waiting for another process if need be; a deferred
    // transaction that read first could not wait for it later and would fail instead.
    transaction: (body) => turns.take(() => within('BEGIN IMMEDIATE', body)),
    // A deferred transaction that only reads sees one state of the WAL file and takes no lock.
    snapshot: (body) => turns.take(() => within('BEGIN', body)),
    // BEGIN IMMEDIATE already keeps every other process out.
    lockForMigration: async () => undefined,
    close: () =>
      turns.take(async () => {
        if (db.open) db.close();
      }),
  };
}

/** `$1`, `$2`, … are named parameters to SQLite, bound by their number; it has no booleans. */
function namedParameters(params: readonly SqlValue[]): Record<number, string | number | null> {
  return Object.fromEntries(params.map((value, i) => [i + 1, typeof value === 'boolean' ? Number(value) : value]));
}

function conflictsAsStoreConflict<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof Database.SqliteError && UNIQUE_VIOLATIONS.has(error.code)) throw new StoreConflict(error.message);
    throw error;
  }
}
