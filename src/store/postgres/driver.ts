import pg from 'pg';
import type { Row, SqlDriver, SqlExecutor } from '../sql/driver.ts';
import { StoreConflict } from '../types.ts';

const UNIQUE_VIOLATION = '23505';

/**
 * A PostgreSQL database through a pool of connections: several processes and hosts share it, and
 * the server decides between concurrent writers (row locks, unique indexes). A transaction keeps
 * one connection from BEGIN to COMMIT.
 */
export function openPostgresDriver(url: string): SqlDriver {
  const pool = new pg.Pool({ connectionString: url });
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
      // A connection that cannot even roll back is not given back to the pool.
      await client.query('ROLLBACK').catch(() => (broken = true));
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

async function conflictsAsStoreConflict<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof pg.DatabaseError && error.code === UNIQUE_VIOLATION) throw new StoreConflict(error.message);
    throw error;
  }
}
