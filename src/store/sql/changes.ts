import type { Change } from '../types.ts';
import type { SqlExecutor } from './driver.ts';
import { json } from './rows.ts';

/** One change of a commit, inside its transaction. */
export async function applyChange(tx: SqlExecutor, guildId: string, change: Change): Promise<void> {
  const run = (sql: string, ...params: (string | null)[]) => tx.query(sql, [guildId, ...params]);
  switch (change.kind) {
    case 'put-document': {
      const d = change.document;
      await run(
        'INSERT INTO documents (guild_id, id, title, publisher, language, published, file_name, sha256, text, added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
        d.id, d.title, d.publisher, d.language, d.published, d.fileName, d.sha256, d.text, d.addedBy, d.addedAt,
      );
      return;
    }
    case 'delete-document':
      await run('DELETE FROM documents WHERE guild_id = $1 AND id = $2', change.id);
      return;
    case 'put-added-event': {
      const e = change.event;
      await run(
        'INSERT INTO added_events (guild_id, id, passage_id, document_id, quote, date, summary, tone, added_by, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)',
        e.id, e.passageId, e.documentId, e.quote, e.date, e.summary, e.tone, e.addedBy, e.addedAt,
      );
      return;
    }
    case 'delete-added-event':
      await run('DELETE FROM added_events WHERE guild_id = $1 AND id = $2', change.id);
      return;
    case 'put-event-change': {
      const c = change.change;
      if (c.field === 'merge') await run("DELETE FROM event_changes WHERE guild_id = $1 AND event_id = $2 AND field = 'merge' AND value = $3", c.event, c.value);
      else await run('DELETE FROM event_changes WHERE guild_id = $1 AND event_id = $2 AND field = $3', c.event, c.field);
      await run('INSERT INTO event_changes (guild_id, event_id, field, value, changed_by, changed_at) VALUES ($1, $2, $3, $4, $5, $6)', c.event, c.field, c.value, c.changedBy, c.changedAt);
      return;
    }
    case 'delete-event-changes':
      for (const event of change.events) {
        await run("DELETE FROM event_changes WHERE guild_id = $1 AND (event_id = $2 OR (field = 'merge' AND value = $2))", event);
      }
      return;
    case 'put-settings':
      await run('UPDATE guilds SET moderator_role_id = $2 WHERE id = $1', change.settings.moderatorRoleId);
      return;
    case 'put-quiz-curation': {
      const c = change.curation;
      await run('DELETE FROM quiz_curations WHERE guild_id = $1 AND question_id = $2', c.questionId);
      await run('INSERT INTO quiz_curations (guild_id, question_id, action, question_json, changed_by, changed_at) VALUES ($1, $2, $3, $4, $5, $6)', c.questionId, c.action, json(c.question), c.by, c.at);
      return;
    }
    case 'delete-quiz-curation':
      await run('DELETE FROM quiz_curations WHERE guild_id = $1 AND question_id = $2', change.questionId);
      return;
    case 'clear-guild':
      for (const table of ['added_events', 'event_changes', 'documents', 'quiz_curations']) await run(`DELETE FROM ${table} WHERE guild_id = $1`);
      await run('UPDATE guilds SET moderator_role_id = NULL WHERE id = $1');
      return;
  }
}
