import { SqliteStore } from './sqlite/sqlite-store.ts';
import type { Store } from './types.ts';

/** The store the configuration names; the one place that picks an implementation. */
export function openStore(config: { databasePath: string }): Store {
  return new SqliteStore(config.databasePath);
}
