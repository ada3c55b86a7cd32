import type { Engine } from '../engine.ts';
import type { KnowledgeServices } from '../knowledge/open.ts';
import type { Change, CommitReader, NewAuditEntry } from '../store/types.ts';

/** What the moderators' operations work on (the store, each server's engine, the clock); one per running bot or CLI run. */
export type Moderation = KnowledgeServices;

/** Who acts, and in which server: every change belongs to the server it was made in. */
export interface Actor {
  guildId: string;
  /** As the audit shows it: `discord:<user id>` or `cli`. */
  who: string;
}

/** Applies changes with their audit entry in one transaction; the server's next question sees them. */
export async function commit(m: Moderation, actor: Actor, changes: Change[], entry: Omit<NewAuditEntry, 'actor' | 'at'>): Promise<void> {
  await m.store.commit(actor.guildId, changes, { ...entry, actor: actor.who, at: m.now().toISOString() });
}

/** A change and its audit entry as a moderator's operation plans them. */
export interface Planned {
  changes: Change[];
  entry: Omit<NewAuditEntry, 'actor' | 'at'>;
}

/**
 * Reads what a change depends on and commits it in the same transaction, so that a concurrent
 * change cannot slip in between: the audit's "before" is what the change replaced. `plan` returns
 * null when the change would change nothing (nothing is recorded then); the result says whether
 * it committed. `plan` reads through `current` only: the store itself waits for the transaction.
 */
export function commitPlanned(m: Moderation, actor: Actor, plan: (current: CommitReader) => Promise<Planned | null>): Promise<boolean> {
  return m.store.commitPlanned(actor.guildId, async (current) => {
    const planned = await plan(current);
    return planned && { changes: planned.changes, audit: { ...planned.entry, actor: actor.who, at: m.now().toISOString() } };
  });
}

export function engineOf(m: Moderation, guildId: string): Promise<Engine> {
  return m.engines.engineFor(guildId);
}
