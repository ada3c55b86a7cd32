import type { AuditEntry, Change, FeedbackRecord, GuildData, NewAuditEntry, Store, Vote } from '../types.ts';
import { applyChange } from './changes.ts';
import { SqlQuizStore } from './quiz-store.ts';
import { addedEventOf, auditEntryOf, documentOf, eventChangeOf, feedbackOf, json, quizCurationOf } from './rows.ts';

/** The store over any SQL database a driver speaks to (SQLite, PostgreSQL): the statements are written once. */
export class SqlStore extends SqlQuizStore implements Store {
  async guild(guildId: string): Promise<GuildData> {
    // One snapshot: never the documents from before a commit and its events from after it.
    const [documents, addedEvents, eventChanges, settings, curations] = await this.db.snapshot(async (tx) => {
      const all = (sql: string) => tx.query(sql, [guildId]);
      return [
        await all('SELECT * FROM documents WHERE guild_id = $1 ORDER BY added_at, id'),
        await all('SELECT * FROM added_events WHERE guild_id = $1 ORDER BY added_at, id'),
        await all('SELECT * FROM event_changes WHERE guild_id = $1 ORDER BY seq'),
        await all('SELECT moderator_role_id FROM guilds WHERE id = $1'),
        await all('SELECT * FROM quiz_curations WHERE guild_id = $1 ORDER BY seq'),
      ];
    });
    return {
      documents: documents.map(documentOf),
      addedEvents: addedEvents.map(addedEventOf),
      eventChanges: eventChanges.map(eventChangeOf),
      settings: { moderatorRoleId: (settings[0]?.moderator_role_id as string | null | undefined) ?? null },
      quizCurations: curations.map(quizCurationOf),
    };
  }

  async revision(guildId: string): Promise<number> {
    const [row] = await this.db.query('SELECT revision FROM guilds WHERE id = $1', [guildId]);
    return Number(row?.revision ?? 0);
  }

  async commit(guildId: string, changes: readonly Change[], audit: NewAuditEntry): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (changes.length > 0) {
        await tx.query('INSERT INTO guilds (id) VALUES ($1) ON CONFLICT (id) DO NOTHING', [guildId]);
        await tx.query('UPDATE guilds SET revision = revision + 1 WHERE id = $1', [guildId]);
      }
      for (const change of changes) await applyChange(tx, guildId, change);
      await tx.query(
        'INSERT INTO audit (guild_id, at, actor, action, target, before_json, after_json) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [guildId, audit.at, audit.actor, audit.action, audit.target, json(audit.before), json(audit.after)],
      );
    });
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
