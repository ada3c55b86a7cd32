import pg from 'pg';
import type { Row, SqlDriver, SqlExecutor } from '../sql/driver.ts';
import { StoreConflict } from '../types.ts';

const UNIQUE_VIOLATION = '23505';

/**
 * A server that accepts connections but never answers fails instead of hanging: opening the store
 * (connect, then the migration's statements) ends within 10 s either way. No statement of ours
 * runs for seconds; one that does is waiting on something wrong.
 */
const CONNECT_TIMEOUT_MS = 4_000;
const STATEMENT_TIMEOUT_MS = 5_000;

/**
 * A PostgreSQL database through a pool of connections: several processes and hosts share it, and
 * the server decides between concurrent writers (row locks, unique indexes). A transaction keeps
 * one connection from BEGIN to COMMIT.
 */
export function openPostgresDriver(url: string): SqlDriver {
  const pool = new pg.Pool({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // The server gives up on a statement, and the client on a server that does not reply at all.
    statement_timeout: STATEMENT_TIMEOUT_MS,
    query_timeout: STATEMENT_TIMEOUT_MS + 1_000,
    keepAlive: true,
  });
  let ended: Promise<void> | undefined;
  // The pool drops an idle connection the server closed and opens another for the next statement;
  // an outage shows as that statement's error. Unheard, the event would end the process.
  pool.on('error', () => undefined);

  const on = (client: pg.Pool | pg.PoolClient): SqlExecutor => ({
    query: (sql, params = []) => conflictsAsStoreConflict(async () => (await client.query<Row>(sql, [...params])).rows),
    script: (sql) => conflictsAsStoreConflict(async () => void (await client.query(sql))),
  });

  const within = async <T>(begin: string, body: (tx: SqlExecutor) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query(begin);
      const result = await body(on(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      // A connection that cannot even roll back is not given back to the pool; one whose server
      // stopped answering would only make ROLLBACK wait as long again.
      if (isReadTimeout(error)) broken = true;
      else await client.query('ROLLBACK').catch(() => (broken = true));
      throw error;
    } finally {
      client.release(broken);
    }
  };

  return {
    migrations: new URL('./migrations/', import.meta.url),
    ...on(pool),
    transaction: (body) => within('BEGIN', body),
    // READ COMMITTED would let each statement see a newer state than the one before.
    snapshot: (body) => within('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', body),
    async lockForMigration(tx) {
      await tx.query("SELECT pg_advisory_xact_lock(hashtext('relations-bot schema_migrations'))");
    },
    close: () => (ended ??= pool.end()),
  };
}

/** node-postgres's error when the server did not answer within `query_timeout`. */
const isReadTimeout = (error: unknown) => error instanceof Error && error.message === 'Query read timeout';

async function conflictsAsStoreConflict<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof pg.DatabaseError && error.code === UNIQUE_VIOLATION) throw new StoreConflict(error.message);
    throw error;
  }
}
