import type { AuditEntry, Change, CommitReader, FeedbackRecord, GuildData, NewAuditEntry, PlannedCommit, Store, Vote } from '../types.ts';
import type { SqlExecutor } from './driver.ts';
import { applyChange } from './changes.ts';
import { SqlQuizStore } from './quiz-store.ts';
import { addedEventOf, auditEntryOf, documentOf, eventChangeOf, feedbackOf, json, quizCurationOf } from './rows.ts';

/** The store over any SQL database a driver speaks to (SQLite, PostgreSQL): the statements are written once. */
export class SqlStore extends SqlQuizStore implements Store {
  async guild(guildId: string): Promise<GuildData> {
    // One snapshot: never the documents from before a commit and its events from after it.
    return this.db.snapshot((tx) => readGuild(tx, guildId));
  }

  async revision(guildId: string): Promise<number> {
    const [row] = await this.db.query('SELECT revision FROM guilds WHERE id = $1', [guildId]);
    return Number(row?.revision ?? 0);
  }

  async commit(guildId: string, changes: readonly Change[], audit: NewAuditEntry): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (changes.length > 0) await takeGuild(tx, guildId);
      await apply(tx, guildId, changes, audit);
    });
  }

  async commitPlanned(guildId: string, plan: (current: CommitReader) => Promise<PlannedCommit | null>): Promise<boolean> {
    try {
      return await this.db.transaction(async (tx) => {
        await takeGuild(tx, guildId);
        const planned = await plan({
          guild: () => readGuild(tx, guildId),
          eventChanges: async (eventId) => (await tx.query('SELECT * FROM event_changes WHERE guild_id = $1 AND event_id = $2 ORDER BY seq', [guildId, eventId])).map(eventChangeOf),
        });
        if (!planned) throw new NothingToCommit();
        await apply(tx, guildId, planned.changes, planned.audit);
        return true;
      });
    } catch (error) {
      // Rolled back: the revision raised by takeGuild is undone with it.
      if (error instanceof NothingToCommit) return false;
      throw error;
    }
  }

  async audit(guildId: string, { limit }: { limit: number }): Promise<AuditEntry[]> {
    const rows = await this.db.query('SELECT * FROM audit WHERE guild_id = $1 ORDER BY id DESC LIMIT $2', [guildId, limit]);
    return rows.map(auditEntryOf);
  }

  async recordFeedback(feedback: FeedbackRecord): Promise<void> {
    await this.db.query(
      'INSERT INTO feedback (guild_id, vote, question, citations_json, user_id, message_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [feedback.guildId, feedback.vote, feedback.question, JSON.stringify(feedback.citations), feedback.userId, feedback.messageId, feedback.at],
    );
  }

  async feedback(guildId: string, { vote, limit }: { vote: Vote; limit: number }): Promise<FeedbackRecord[]> {
    const rows = await this.db.query('SELECT * FROM feedback WHERE guild_id = $1 AND vote = $2 ORDER BY id DESC LIMIT $3', [guildId, vote, limit]);
    return rows.map(feedbackOf);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

/** A planned commit that found nothing to change: its transaction is rolled back. */
class NothingToCommit extends Error {}

/**
 * Raises the server's revision, which also locks its row until the transaction ends (PostgreSQL;
 * SQLite's write lock is already held), so two commits of one server never interleave.
 */
async function takeGuild(tx: SqlExecutor, guildId: string): Promise<void> {
  await tx.query('INSERT INTO guilds (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [guildId]);
  await tx.query('UPDATE guilds SET revision = revision + 1 WHERE id = $1', [guildId]);
}

async function apply(tx: SqlExecutor, guildId: string, changes: readonly Change[], audit: NewAuditEntry): Promise<void> {
  for (const change of changes) await applyChange(tx, guildId, change);
  await tx.query(
    'INSERT INTO audit (guild_id, at, actor, action, target, before_json, after_json) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [guildId, audit.at, audit.actor, audit.action, audit.target, json(audit.before), json(audit.after)],
  );
}

async function readGuild(tx: SqlExecutor, guildId: string): Promise<GuildData> {
  const all = (sql: string) => tx.query(sql, [guildId]);
  const documents = await all('SELECT * FROM documents WHERE guild_id = $1 ORDER BY added_at, id');
  const addedEvents = await all('SELECT * FROM added_events WHERE guild_id = $1 ORDER BY added_at, id');
  const eventChanges = await all('SELECT * FROM event_changes WHERE guild_id = $1 ORDER BY seq');
  const settings = await all('SELECT moderator_role_id FROM guilds WHERE id = $1');
  const curations = await all('SELECT * FROM quiz_curations WHERE guild_id = $1 ORDER BY seq');
  return {
    documents: documents.map(documentOf),
    addedEvents: addedEvents.map(addedEventOf),
    eventChanges: eventChanges.map(eventChangeOf),
    settings: { moderatorRoleId: (settings[0]?.moderator_role_id as string | null | undefined) ?? null },
    quizCurations: curations.map(quizCurationOf),
  };
}
