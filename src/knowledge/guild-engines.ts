import { readFile } from 'node:fs/promises';
import { engineOver, type Engine, type EngineBase, type EngineKnowledge } from '../engine.ts';
import { decodeLayer, layerFile, layerKey } from '../persist/layer-state.ts';
import { saveAtomically } from '../persist/save.ts';
import type { Store } from '../store/types.ts';
import type { LayerBuilder } from './builder.ts';
import { hasLayer, layerSource } from './layer.ts';
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
  /** Builds a server's layer when no saved one fits: on a worker thread in the bot, on this thread in one-shot commands. */
  builder: LayerBuilder;
  /** Where each server's layer is saved once built (`layers/<server>.state`); `false`: nowhere. */
  stateDir: string | false;
  /** Told where each server's layer came from, and how long it took to be ready. */
  onLayer?: (guildId: string, layer: LayerOrigin) => void;
}

export interface LayerOrigin {
  from: 'saved' | 'built';
  ms: number;
}

interface Built {
  revision: number;
  engine: Promise<Engine>;
  /** The engine when it needs no build (the bundled one, or a saved layer), else undefined; rejected when the server's data cannot be read. */
  found: Promise<Engine | undefined>;
  /** Set once the engine is there. */
  ready?: Engine;
}

/** A server's engine as found, or how to build it. */
type Found = { engine: Engine } | { build: () => Promise<Engine> };

/**
 * The knowledge each server sees: the bundled corpus plus that server's documents and event
 * changes. A server's engine is built when first asked for, and built again when the store's
 * revision of the server has moved on (a change made here, in the CLI or in another process);
 * servers without changes share the bundled engine. The costly part of a server's engine, its
 * layer, is read from where it was saved, or else built by the builder (off the event loop in the
 * bot) and saved for the next start. A server whose stored rows cannot be read
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
    return guildId === null ? this.options.bundled : (await this.#entry(guildId)).engine;
  }

  /**
   * The server's engine if it is there now; undefined while it is being made (which this starts),
   * so that a caller can acknowledge first.
   */
  async current(guildId: string | null): Promise<Engine | undefined> {
    if (guildId === null) return this.options.bundled;
    const entry = await this.#entry(guildId);
    return entry.ready ?? (await entry.found);
  }

  async #entry(guildId: string): Promise<Built> {
    const revision = await this.options.store.revision(guildId);
    let built = this.#built.get(guildId);
    this.#built.delete(guildId);
    if (built?.revision !== revision) {
      const found = this.#find(guildId);
      const entry: Built = {
        revision,
        engine: found.then((f) => ('engine' in f ? f.engine : f.build())),
        found: found.then((f) => ('engine' in f ? f.engine : undefined)),
      };
      // Its failure is the engine's, reported to whoever waits for that.
      entry.found.catch(() => undefined);
      entry.engine.then(
        (engine) => (entry.ready = engine),
        // A failed build is not kept: the next question tries again.
        () => {
          if (this.#built.get(guildId) === entry) this.#built.delete(guildId);
        },
      );
      built = entry;
    }
    this.#built.set(guildId, built);
    for (const oldest of this.#built.keys()) {
      if (this.#built.size <= this.#capacity) break;
      this.#built.delete(oldest);
    }
    return built;
  }

  /** The server's data checked and its saved layer read: quick, so that what needs a build is known at once. */
  async #find(guildId: string): Promise<Found> {
    const { base, bundled, store, now, onSkipped, onLayer, builder, stateDir } = this.options;
    const data = await store.guild(guildId);
    if (!hasLayer(data)) return { engine: bundled };
    const unreadable = unreadableRows(data);
    if (unreadable.length > 0) throw new UnreadableGuildData(guildId, unreadable);
    const started = performance.now();
    const source = layerSource(data);
    const key = layerKey(base, source);
    const ready = (knowledge: EngineKnowledge, from: LayerOrigin['from']): Engine => {
      if (knowledge.events.skipped.length > 0) onSkipped?.(guildId, knowledge.events.skipped);
      const engine = engineOver(base.language, knowledge, { ...(now && { now }), quiz: source.quiz ?? [] });
      onLayer?.(guildId, { from, ms: Math.round(performance.now() - started) });
      return engine;
    };
    const file = stateDir && layerFile(stateDir, guildId);
    const saved = file ? await readFile(file).catch(() => undefined) : undefined;
    const knowledge = saved && decodeLayer(saved, key, base, source);
    if (knowledge) return { engine: ready(knowledge, 'saved') };
    const build = async () => {
      const bytes = await builder.build(key, source);
      const built = decodeLayer(bytes, key, base, source);
      if (!built) throw new Error(`relations-bot: the layer built for server ${guildId} does not read back`);
      if (file) await saveAtomically(file, bytes);
      return ready(built, 'built');
    };
    return { build };
  }

  /** Stops the builder (its worker thread, if it started one). */
  close(): Promise<void> {
    return this.options.builder.close();
  }
}
