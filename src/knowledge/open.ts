import { createEngine, loadEngineBase, type Engine } from '../engine.ts';
import { openStore } from '../store/open.ts';
import type { Store } from '../store/types.ts';
import { GuildEngines } from './guild-engines.ts';

export interface KnowledgeOptions {
  databasePath: string;
  /** A PostgreSQL server to keep the data in instead of the SQLite file at `databasePath`. */
  databaseUrl?: string | undefined;
  dataDir?: string;
  now?: () => Date;
  onSkipped?: (guildId: string, eventIds: string[]) => void;
}

/** What the moderators' operations work on: the store, each server's engine on it, and the clock. */
export interface KnowledgeServices {
  store: Store;
  engines: GuildEngines;
  now: () => Date;
}

/** The bundled corpus, the store, each server's engine on top of both, and the services moderators' operations use. */
export interface Knowledge {
  bundled: Engine;
  engines: GuildEngines;
  store: Store;
  moderation: KnowledgeServices;
  close(): Promise<void>;
}

export async function openKnowledge(options: KnowledgeOptions): Promise<Knowledge> {
  const now = options.now ?? (() => new Date());
  const base = await loadEngineBase(options.dataDir);
  const bundled = await createEngine({ base, now });
  const store = await openStore(options.databaseUrl ? { databaseUrl: options.databaseUrl } : { databasePath: options.databasePath });
  const engines = new GuildEngines({ base, bundled, store, now, ...(options.onSkipped && { onSkipped: options.onSkipped }) });
  return { bundled, engines, store, moderation: { store, engines, now }, close: () => store.close() };
}
