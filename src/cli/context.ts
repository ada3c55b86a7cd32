import { databasePath, loadEnv } from '../config/env.ts';
import type { Engine } from '../engine.ts';
import type { Knowledge } from '../knowledge/open.ts';
import type { Moderation } from '../moderation/index.ts';

/** What CLI commands work on, opened only as far as a command needs it. */
export interface CliContext {
  /** The bundled corpus, or with `guildId`, that server's knowledge (bundled corpus and its additions). */
  engine(guildId?: string): Promise<Engine>;
  moderation(): Promise<Moderation>;
  /** Closes the database if a command opened it. */
  close(): Promise<void>;
}

export interface CliContextOptions {
  databasePath?: string;
  now?: () => Date;
}

/** Commands that never name a server do not open (or create) the database. */
export function lazyContext(options: CliContextOptions = {}): CliContext {
  let bundled: Promise<Engine> | undefined;
  let knowledge: Promise<Knowledge> | undefined;
  // Loaded when first needed: a command that needs neither the engine nor the database starts at once.
  const open = () =>
    (knowledge ??= import('../knowledge/open.ts').then(({ openKnowledge }) => openKnowledge({
      databasePath: options.databasePath ?? databasePath(loadEnv()),
      // A database path given by the caller wins over DATABASE_URL from the environment.
      ...(options.databasePath === undefined && { databaseUrl: loadEnv().DATABASE_URL }),
      ...(options.now && { now: options.now }),
    })));
  return {
    async engine(guildId) {
      if (guildId !== undefined) return (await open()).engines.engineFor(guildId);
      if (knowledge) return (await knowledge).bundled;
      return (bundled ??= import('../engine.ts').then(({ createEngine }) => createEngine(options.now ? { now: options.now } : {})));
    },
    moderation: async () => (await open()).moderation,
    async close() {
      // A database that failed to open has nothing to close; its error is reported already.
      const opened = await knowledge?.catch(() => undefined);
      await opened?.close();
    },
  };
}
