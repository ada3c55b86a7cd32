import { createEngine, loadEngineBase, type Engine } from '../engine.ts';
import { DEFAULT_STATE_DIR } from '../persist/base-state.ts';
import { openStore } from '../store/open.ts';
import type { Store } from '../store/types.ts';
import { inThreadBuilder } from './builder.ts';
import { GuildEngines, type GuildEnginesOptions } from './guild-engines.ts';
import { WorkerBuilder } from './worker-builder.ts';

export interface KnowledgeOptions {
  databasePath: string;
  /** A PostgreSQL server to keep the data in instead of the SQLite file at `databasePath`. */
  databaseUrl?: string | undefined;
  dataDir?: string;
  now?: () => Date;
  onSkipped?: (guildId: string, eventIds: string[]) => void;
  onLayer?: GuildEnginesOptions['onLayer'];
  /**
   * Where servers' layers are built when no saved one fits: `worker`, on a worker thread (the bot:
   * a large server's first question must not stop everyone else's answers), or `thread`, on this
   * one (one-shot commands and tests, the default).
   */
  build?: 'worker' | 'thread';
  /** Where the bundled state and each server's layer are saved: `var/cache/` unless given; `false`: nowhere. */
  stateDir?: string | false;
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
  const stateDir = options.stateDir ?? DEFAULT_STATE_DIR;
  const base = await loadEngineBase(options.dataDir, { stateDir });
  const bundled = await createEngine({ base, now });
  const store = await openStore(options.databaseUrl ? { databaseUrl: options.databaseUrl } : { databasePath: options.databasePath });
  const builder = options.build === 'worker' ? new WorkerBuilder({ dataDir: options.dataDir, stateDir }) : inThreadBuilder(base);
  const engines = new GuildEngines({ base, bundled, store, now, builder, stateDir, onSkipped: options.onSkipped, onLayer: options.onLayer });
  const close = async () => {
    await engines.close();
    await store.close();
  };
  return { bundled, engines, store, moderation: { store, engines, now }, close };
}
