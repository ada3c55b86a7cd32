import type { AuditEntry } from '../store/types.ts';
import type { Actor, Moderation } from './context.ts';

export const AUDIT_PAGE = 20;

export async function auditLog(m: Moderation, guildId: string, limit = AUDIT_PAGE): Promise<AuditEntry[]> {
  return m.store.audit(guildId, { limit });
}

/** A refused attempt is audited too: who tried what, and why it was refused. Nothing else changes. */
export async function recordRefusal(m: Moderation, actor: Actor, attempted: string, reason: string): Promise<void> {
  await m.store.commit(actor.guildId, [], { actor: actor.who, at: m.now().toISOString(), action: 'refused', target: attempted, before: null, after: { reason } });
}
