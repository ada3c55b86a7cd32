import { urlSecrets } from '../config/secrets.ts';
import type { SqlDriver } from './sql/driver.ts';
import { migrate } from './sql/migrate.ts';
import { SqlStore } from './sql/sql-store.ts';
import { prepareSqlitePath } from './sqlite/file.ts';
import type { Store } from './types.ts';

/** A PostgreSQL server (shared by every process and host that names it), or a SQLite file on this host. */
export type StoreConfig = { databaseUrl: string } | { databasePath: string };

/**
 * The store the configuration names, migrated to the current schema; the one place that picks an
 * implementation. A database that cannot be opened is one line that names the setting
 * (DATABASE_URL or DATABASE_PATH) and the database, never a password or the URL: the path is
 * checked before SQLite opens it, a PostgreSQL server has connection and statement timeouts, so
 * either fails within seconds rather than hang.
 */
export async function openStore(config: StoreConfig): Promise<Store> {
  const [setting, where, secrets] =
    'databaseUrl' in config
      ? ['DATABASE_URL', `the PostgreSQL database ${describeUrl(config.databaseUrl)}`, urlSecrets(config.databaseUrl)]
      : ['DATABASE_PATH', `the SQLite file ${config.databasePath}`, []];
  let driver: SqlDriver | undefined;
  try {
    if ('databasePath' in config) await prepareSqlitePath(config.databasePath);
    const opened = async (open: () => SqlDriver) => {
      driver = open();
      await migrate(driver);
      return new SqlStore(driver);
    };
    // Only the driver in use is loaded (each brings its client library).
    if ('databaseUrl' in config) {
      const { openPostgresDriver } = await import('./postgres/driver.ts');
      return await opened(() => openPostgresDriver(config.databaseUrl));
    }
    const [{ openSqliteDriver }, { whenFree }] = await Promise.all([import('./sqlite/driver.ts'), import('./sqlite/busy.ts')]);
    const path = config.databasePath;
    return await whenFree(async () => {
      try {
        return await opened(() => openSqliteDriver(path));
      } catch (error) {
        // Let go of the file before trying again, so that the process setting it up can finish.
        await driver?.close().catch(() => undefined);
        driver = undefined;
        throw error;
      }
    });
  } catch (error) {
    await driver?.close().catch(() => undefined);
    const reason = scrub(error instanceof Error ? error.message : String(error), secrets);
    throw new StoreOpenError(`${setting}: cannot open ${where}: ${reason}`, { cause: error });
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

/**
 * A server's or driver's error text as one line without secrets: the URL, the password and
 * anything else shaped like a URL with credentials, whatever the server chose to echo.
 */
export function scrub(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of [...secrets].filter(Boolean).sort((a, b) => b.length - a.length)) clean = clean.split(secret).join('***');
  return clean.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/giu, '(a URL)').replace(/\s*\n\s*/gu, '; ');
}
