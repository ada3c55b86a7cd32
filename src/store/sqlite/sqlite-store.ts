import Database from 'better-sqlite3';
import {
  StoreConflict,
  type AuditEntry,
  type Change,
  type FeedbackRecord,
  type GuildData,
  type NewAuditEntry,
  type Store,
  type Vote,
} from '../types.ts';
import { openDatabase } from './open.ts';
import { addedEventOf, auditEntryOf, documentOf, eventChangeOf, feedbackOf, type Row } from './rows.ts';

const UNIQUE_VIOLATIONS = new Set(['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);

/**
 * The store in one SQLite file. better-sqlite3 is synchronous; the methods are asynchronous
 * because the interface is shared with stores that are not.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly applyChanges: (guildId: string, changes: readonly Change[], audit: NewAuditEntry) => void;

  constructor(path: string) {
    this.db = openDatabase(path);
    this.applyChanges = this.db.transaction((guildId: string, changes: readonly Change[], audit: NewAuditEntry) => {
      if (changes.length > 0) {
        this.db.prepare('INSERT INTO guilds (id) VALUES (?) ON CONFLICT (id) DO NOTHING').run(guildId);
        this.db.prepare('UPDATE guilds SET revision = revision + 1 WHERE id = ?').run(guildId);
      }
      for (const change of changes) this.apply(guildId, change);
      this.db
        .prepare('INSERT INTO audit (guild_id, at, actor, action, target, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(guildId, audit.at, audit.actor, audit.action, audit.target, json(audit.before), json(audit.after));
    });
  }

  async guild(guildId: string): Promise<GuildData> {
    const all = (sql: string) => this.db.prepare(sql).all(guildId) as Row[];
    const settings = this.db.prepare('SELECT moderator_role_id FROM guilds WHERE id = ?').get(guildId) as Row | undefined;
    return {
      documents: all('SELECT * FROM documents WHERE guild_id = ? ORDER BY added_at, id').map(documentOf),
      addedEvents: all('SELECT * FROM added_events WHERE guild_id = ? ORDER BY added_at, id').map(addedEventOf),
      eventChanges: all('SELECT * FROM event_changes WHERE guild_id = ? ORDER BY seq').map(eventChangeOf),
      settings: { moderatorRoleId: (settings?.moderator_role_id as string | null | undefined) ?? null },
    };
  }

  async revision(guildId: string): Promise<number> {
    return (this.db.prepare('SELECT revision FROM guilds WHERE id = ?').pluck().get(guildId) as number | undefined) ?? 0;
  }

  async commit(guildId: string, changes: readonly Change[], audit: NewAuditEntry): Promise<void> {
    try {
      this.applyChanges(guildId, changes, audit);
    } catch (error) {
      if (error instanceof Database.SqliteError && UNIQUE_VIOLATIONS.has(error.code)) throw new StoreConflict(error.message);
      throw error;
    }
  }

  async audit(guildId: string, { limit }: { limit: number }): Promise<AuditEntry[]> {
    const rows = this.db.prepare('SELECT * FROM audit WHERE guild_id = ? ORDER BY id DESC LIMIT ?').all(guildId, limit) as Row[];
    return rows.map(auditEntryOf);
  }

  async recordFeedback(feedback: FeedbackRecord): Promise<void> {
    this.db
      .prepare('INSERT INTO feedback (guild_id, vote, question, citations_json, user_id, message_id, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(feedback.guildId, feedback.vote, feedback.question, JSON.stringify(feedback.citations), feedback.userId, feedback.messageId, feedback.at);
  }

  async feedback(guildId: string, { vote, limit }: { vote: Vote; limit: number }): Promise<FeedbackRecord[]> {
    const rows = this.db.prepare('SELECT * FROM feedback WHERE guild_id = ? AND vote = ? ORDER BY id DESC LIMIT ?').all(guildId, vote, limit) as Row[];
    return rows.map(feedbackOf);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private apply(guildId: string, change: Change): void {
    const run = (sql: string, ...params: unknown[]) => this.db.prepare(sql).run(guildId, ...params);
    switch (change.kind) {
      case 'put-document': {
        const d = change.document;
        run(
          'INSERT INTO documents (guild_id, id, title, publisher, language, published, file_name, sha256, text, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          d.id, d.title, d.publisher, d.language, d.published, d.fileName, d.sha256, d.text, d.addedBy, d.addedAt,
        );
        return;
      }
      case 'delete-document':
        run('DELETE FROM documents WHERE guild_id = ? AND id = ?', change.id);
        return;
      case 'put-added-event': {
        const e = change.event;
        run(
          'INSERT INTO added_events (guild_id, id, passage_id, document_id, quote, date, summary, tone, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
          e.id, e.passageId, e.documentId, e.quote, e.date, e.summary, e.tone, e.addedBy, e.addedAt,
        );
        return;
      }
      case 'delete-added-event':
        run('DELETE FROM added_events WHERE guild_id = ? AND id = ?', change.id);
        return;
      case 'put-event-change': {
        const c = change.change;
        if (c.field === 'merge') run("DELETE FROM event_changes WHERE guild_id = ? AND event_id = ? AND field = 'merge' AND value = ?", c.event, c.value);
        else run('DELETE FROM event_changes WHERE guild_id = ? AND event_id = ? AND field = ?', c.event, c.field);
        run('INSERT INTO event_changes (guild_id, event_id, field, value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)', c.event, c.field, c.value, c.changedBy, c.changedAt);
        return;
      }
      case 'delete-event-changes':
        for (const event of change.events) {
          run("DELETE FROM event_changes WHERE guild_id = ? AND (event_id = ? OR (field = 'merge' AND value = ?))", event, event);
        }
        return;
      case 'put-settings':
        this.db.prepare('UPDATE guilds SET moderator_role_id = ? WHERE id = ?').run(change.settings.moderatorRoleId, guildId);
        return;
      case 'clear-guild':
        for (const table of ['added_events', 'event_changes', 'documents']) run(`DELETE FROM ${table} WHERE guild_id = ?`);
        run('UPDATE guilds SET moderator_role_id = NULL WHERE id = ?');
        return;
    }
  }
}

function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}
