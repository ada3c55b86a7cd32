import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { StoreConflict, type AddedEvent, type NewAuditEntry, type StoredDocument } from '../../src/store/types.ts';
import { contentHash, tempDatabasePath } from '../moderation/support/knowledge.ts';

const guild = '900000000000000001';
const audit = (action: string): NewAuditEntry => ({ at: '2026-01-15T12:00:00.000Z', actor: 'cli', action, target: 't', before: null, after: { n: 1 } });
const doc = (id: string, sha256 = `sha-${id}`): StoredDocument => ({
  id, title: id, publisher: null, language: 'en', published: '2023', fileName: `${id}.txt`, sha256, text: `Text of ${id}.`, addedBy: 'cli', addedAt: '2026-01-15T12:00:00.000Z',
});
const event = (documentId: string): AddedEvent => ({
  id: `${documentId}/p1s1@0`, passageId: `${documentId}/p1s1`, documentId, quote: 'Text', date: '2023', summary: 's', tone: 'neutral', addedBy: 'cli', addedAt: '2026-01-15T12:00:00.000Z',
});

describe('the SQLite store, on a real file', () => {
  const opened: SqliteStore[] = [];
  const open = (path: string) => {
    const store = new SqliteStore(path);
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });

  it('creates the file with its migrations, in WAL mode with foreign keys on', async () => {
    const path = tempDatabasePath();
    await open(path).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([{ version: 1, name: '001-initial.sql' }]);
    db.close();
    // Opening again applies nothing twice.
    await open(path).close();
  });

  it('keeps what was committed across a reopen, with its audit entry', async () => {
    const path = tempDatabasePath();
    const store = open(path);
    await store.commit(guild, [{ kind: 'put-document', document: doc('a') }, { kind: 'put-settings', settings: { moderatorRoleId: '700000000000000001' } }], audit('documents.add'));
    await store.close();
    const again = open(path);
    expect(await again.guild(guild)).toMatchObject({ documents: [doc('a')], settings: { moderatorRoleId: '700000000000000001' } });
    expect(await again.audit(guild, { limit: 5 })).toMatchObject([{ action: 'documents.add', after: { n: 1 } }]);
    expect(await again.revision(guild)).toBe(1);
    await again.commit(guild, [], audit('refused'));
    expect(await again.revision(guild)).toBe(1);
    expect(await again.revision('900000000000000009')).toBe(0);
  });

  it('applies a commit all or nothing: a failing change undoes the ones before it and its audit entry', async () => {
    const path = tempDatabasePath();
    const store = open(path);
    await store.commit(guild, [{ kind: 'put-document', document: doc('a') }], audit('documents.add'));
    const before = contentHash(path);
    await expect(
      store.commit(guild, [{ kind: 'put-document', document: doc('b') }, { kind: 'put-document', document: doc('c', 'sha-a') }], audit('import')),
    ).rejects.toThrow(StoreConflict);
    expect(contentHash(path)).toBe(before);
  });

  it('refuses to remove a document an added event still cites (the foreign key)', async () => {
    const store = open(tempDatabasePath());
    await store.commit(guild, [{ kind: 'put-document', document: doc('a') }, { kind: 'put-added-event', event: event('a') }], audit('x'));
    await expect(store.commit(guild, [{ kind: 'delete-document', id: 'a' }], audit('documents.remove'))).rejects.toThrow(/FOREIGN KEY/);
    await store.commit(guild, [{ kind: 'delete-added-event', id: 'a/p1s1@0' }, { kind: 'delete-document', id: 'a' }], audit('documents.remove'));
    expect((await store.guild(guild)).documents).toEqual([]);
  });

  it('replaces an event change of the same field, keeps merges apart, and clears a server but not its audit', async () => {
    const store = open(tempDatabasePath());
    const change = (field: 'tone' | 'merge', value: string) => ({ kind: 'put-event-change' as const, change: { event: 'e', field, value, changedBy: 'cli', changedAt: 'now' } });
    await store.commit(guild, [change('tone', 'conflict'), change('tone', 'neutral'), change('merge', 'x'), change('merge', 'y')], audit('events.edit'));
    expect((await store.guild(guild)).eventChanges.map((c) => `${c.field}=${c.value}`)).toEqual(['tone=neutral', 'merge=x', 'merge=y']);
    await store.commit(guild, [{ kind: 'delete-event-changes', events: ['x'] }], audit('x'));
    expect((await store.guild(guild)).eventChanges.map((c) => c.value)).toEqual(['neutral', 'y']);
    await store.commit(guild, [{ kind: 'clear-guild' }], audit('import'));
    expect(await store.guild(guild)).toEqual({ documents: [], addedEvents: [], eventChanges: [], settings: { moderatorRoleId: null } });
    expect(await store.audit(guild, { limit: 10 })).toHaveLength(3);
  });

  it('keeps each server apart, and votes by server', async () => {
    const store = open(tempDatabasePath());
    await store.commit(guild, [{ kind: 'put-document', document: doc('a') }], audit('documents.add'));
    expect((await store.guild('900000000000000009')).documents).toEqual([]);
    const vote = { vote: 'down' as const, question: 'q', citations: [{ passageId: 'p', documentId: 'd', text: 't' }], userId: 'u', guildId: guild, messageId: 'm', at: 'now' };
    await store.recordFeedback(vote);
    await store.recordFeedback({ ...vote, vote: 'up' });
    expect(await store.feedback(guild, { vote: 'down', limit: 5 })).toEqual([vote]);
    expect(await store.feedback('900000000000000009', { vote: 'down', limit: 5 })).toEqual([]);
  });
});
