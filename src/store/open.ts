import { openPostgresDriver } from './postgres/driver.ts';
import type { SqlDriver } from './sql/driver.ts';
import { migrate } from './sql/migrate.ts';
import { SqlStore } from './sql/sql-store.ts';
import { openSqliteDriver } from './sqlite/driver.ts';
import type { Store } from './types.ts';

/** A PostgreSQL server (shared by every process and host that names it), or a SQLite file on this host. */
export type StoreConfig = { databaseUrl: string } | { databasePath: string };

/**
 * The store the configuration names, migrated to the current schema; the one place that picks an
 * implementation. A database that cannot be opened is an error that names it, never with the
 * URL's password.
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  const where = 'databaseUrl' in config ? `the PostgreSQL database ${describeUrl(config.databaseUrl)}` : `the SQLite file ${config.databasePath}`;
  let driver: SqlDriver | undefined;
  try {
    driver = 'databaseUrl' in config ? openPostgresDriver(config.databaseUrl) : openSqliteDriver(config.databasePath);
    await migrate(driver);
    return new SqlStore(driver);
  } catch (error) {
    await driver?.close().catch(() => undefined);
    throw new StoreOpenError(`store: could not open ${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** The configured database is unreachable or unusable: a setup problem, reported as one line. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError';
}

/** Host, port and database, without the user and password. */
function describeUrl(url: string): string {
  try {
    const { hostname, port, pathname } = new URL(url);
    return `${hostname}${port ? `:${port}` : ''}${pathname}`;
  } catch {
    // Node's error for a malformed URL carries the whole URL with it.
    return '(a malformed URL)';
  }
}
