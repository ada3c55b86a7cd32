/** What a statement's parameters may be; a driver converts what its database cannot take as is. */
export type SqlValue = string | number | boolean | null;

export type Row = Record<string, unknown>;

/**
 * Statements are written once for every database: parameters numbered `$1`, `$2`, … (PostgreSQL
 * takes them as they are, SQLite as named parameters), portable SQL in the statements, and
 * whatever differs (column types, identity columns) kept in each database's migration files.
 */
export interface SqlExecutor {
  /** One statement; the rows it returns (none for a statement without RETURNING or SELECT). */
  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Several statements without parameters: a migration file. */
  script(sql: string): Promise<void>;
}

/**
 * A database as the SQL store uses it. A unique violation comes out as `StoreConflict`, whichever
 * the database.
 */
export interface SqlDriver extends SqlExecutor {
  /** The folder of this database's migration files. */
  readonly migrations: URL;
  /**
   * Runs `body` in one transaction: committed when `body` resolves, rolled back when it throws.
   * `body` must use only the executor it is given: a statement sent to the driver meanwhile is not
   * part of the transaction (and on SQLite waits for it to end).
   */
  transaction<T>(body: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs the reads of `body` against one consistent state of the database, as a transaction would. */
  snapshot<T>(body: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Within a transaction: waits until no other process is migrating the same database. */
  lockForMigration(tx: SqlExecutor): Promise<void>;
  close(): Promise<void>;
}
