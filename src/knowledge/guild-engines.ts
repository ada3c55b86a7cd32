import { createEngine, type Engine, type EngineBase } from '../engine.ts';
import type { Store } from '../store/types.ts';
import { guildLayer, hasLayer } from './layer.ts';
import { UnreadableGuildData, unreadableRows } from './stored-data.ts';

export interface GuildEnginesOptions {
  base: EngineBase;
  /** The engine on the bundled corpus alone, which every server without changes shares. */
  bundled: Engine;
  store: Store;
  now?: () => Date;
  /** Servers whose engines are kept built; the least recently asked is rebuilt when next needed. */
  capacity?: number;
  /** Told when a server's changes name events that are no longer there (skipped). */
  onSkipped?: (guildId: string, eventIds: string[]) => void;
}

interface Built {
  revision: number;
  engine: Promise<Engine>;
}

/**
 * The knowledge each server sees: the bundled corpus plus that server's documents and event
 * changes. A server's engine is built when first asked for, and built again when the store's
 * revision of the server has moved on (a change made here, in the CLI or in another process);
 * servers without changes share the bundled engine. A server whose stored rows cannot be read
 * gets no engine but an `UnreadableGuildData` that names them, every time it asks until repaired.
 */
export class GuildEngines {
  readonly #built = new Map<string, Built>();
  readonly #capacity: number;

  constructor(private readonly options: GuildEnginesOptions) {
    this.#capacity = options.capacity ?? 100;
  }

  get bundled(): Engine {
    return this.options.bundled;
  }

  async engineFor(guildId: string | null): Promise<Engine> {
    if (guildId === null) return this.options.bundled;
    const revision = await this.options.store.revision(guildId);
    let built = this.#built.get(guildId);
    this.#built.delete(guildId);
    if (built?.revision !== revision) {
      const engine = this.#build(guildId);
      built = { revision, engine };
      const entry = built;
      // A failed build is not kept: the next question tries again.
      void engine.catch(() => {
        if (this.#built.get(guildId) === entry) this.#built.delete(guildId);
      });
    }
    this.#built.set(guildId, built);
    for (const oldest of this.#built.keys()) {
      if (this.#built.size <= this.#capacity) break;
      this.#built.delete(oldest);
    }
    return built.engine;
  }

  async #build(guildId: string): Promise<Engine> {
    const { base, bundled, store, now, onSkipped } = this.options;
    const data = await store.guild(guildId);
    if (!hasLayer(data)) return bundled;
    const unreadable = unreadableRows(data);
    if (unreadable.length > 0) throw new UnreadableGuildData(guildId, unreadable);
    const layer = { ...guildLayer(data), onSkipped: (ids: string[]) => onSkipped?.(guildId, ids) };
    return createEngine({ base, layer, ...(now && { now }) });
  }
}
