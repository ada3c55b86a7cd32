import { expect, it } from 'vitest';
import { StoreConflict, type AddedEvent, type NewAuditEntry, type Store, type StoredDocument } from '../../src/store/types.ts';
import { describeStores } from './support/backends.ts';

const guild = '900000000000000001';
const otherGuild = '900000000000000009';
const at = '2026-01-15T12:00:00.000Z';
const audit = (action: string): NewAuditEntry => ({ at, actor: 'cli', action, target: 't', before: null, after: { n: 1 } });
const doc = (id: string, sha256 = `sha-${id}`): StoredDocument => ({
  id, title: id, publisher: null, language: 'en', published: '2023', fileName: `${id}.txt`, sha256, text: `Text of ${id}.`, addedBy: 'cli', addedAt: at,
});
const event = (documentId: string): AddedEvent => ({
  id: `${documentId}/p1s1@0`, passageId: `${documentId}/p1s1`, documentId, quote: 'Text', date: '2023', summary: 's', tone: 'neutral', addedBy: 'cli', addedAt: at,
});
/** Everything the store shows of a server. */
const everything = async (store: Store, guildId = guild) => ({
  data: await store.guild(guildId),
  audit: await store.audit(guildId, { limit: 100 }),
  revision: await store.revision(guildId),
});

describeStores('the store', ({ backend, open }) => {
  it('keeps what was committed across a reopen, with its audit entry; a refusal is audited without raising the revision', async () => {
    const config = await backend.fresh();
    const store = await open(config);
    await store.commit(guild, [{ kind: 'put-document', document: doc('a') }, { kind: 'put-settings', settings: { moderatorRoleId: '700000000000000001' } }], audit('documents.add'));
    await store.close();
    const again = await open(config);
    expect(await again.guild(guild)).toMatchObject({ documents: [doc('a')], settings: { moderatorRoleId: '700000000000000001' } });
    expect(await again.audit(guild, { limit: 5 })).toMatchObject([{ action: 'documents.add', guildId: guild, after: { n: 1 }, before: null }]);
    expect(await again.revision(guild)).toBe(1);
    await again.commit(guild, [], audit('refused'));
    expect(await again.revision(guild)).toBe(1);
    expect((await again.audit(guild, { limit: 5 })).map((entry) => entry.action)).toEqual(['refused', 'documents.add']);
    expect(await again.revision(otherGuild)).toBe(0);
  });

  it('applies a commit all or nothing: a duplicate undoes the changes before it and its audit entry, as StoreConflict', async () => {
    const store = await open();
    await store.commit(guild, [{ kind: 'put-document', document: doc('a') }], audit('documents.add'));
    const before = await everything(store);
    await expect(
      store.commit(guild, [{ kind: 'put-document', document: doc('b') }, { kind: 'put-document', document: doc('c', 'sha-a') }], audit('import')),
    ).rejects.toThrow(StoreConflict);
    await expect(store.commit(guild, [{ kind: 'put-document', document: doc('a', 'sha-other') }], audit('documents.add'))).rejects.toThrow(StoreConflict);
    expect(await everything(store)).toEqual(before);
  });

  it('refuses to remove a document an added event still cites (the foreign key)', async () => {
    const store = await open();
    await store.commit(guild, [{ kind: 'put-document', document: doc('a') }, { kind: 'put-added-event', event: event('a') }], audit('x'));
    await expect(store.commit(guild, [{ kind: 'delete-document', id: 'a' }], audit('documents.remove'))).rejects.toThrow(/foreign key/i);
    await store.commit(guild, [{ kind: 'delete-added-event', id: 'a/p1s1@0' }, { kind: 'delete-document', id: 'a' }], audit('documents.remove'));
    expect(await store.guild(guild)).toMatchObject({ documents: [], addedEvents: [] });
  });

  it('replaces an event change of the same field, keeps merges apart, and clears a server but not its audit', async () => {
    const store = await open();
    const change = (field: 'tone' | 'merge', value: string) => ({ kind: 'put-event-change' as const, change: { event: 'e', field, value, changedBy: 'cli', changedAt: at } });
    await store.commit(guild, [change('tone', 'conflict'), change('tone', 'neutral'), change('merge', 'x'), change('merge', 'y')], audit('events.edit'));
    expect((await store.guild(guild)).eventChanges.map((c) => `${c.field}=${c.value}`)).toEqual(['tone=neutral', 'merge=x', 'merge=y']);
    await store.commit(guild, [{ kind: 'delete-event-changes', events: ['x'] }], audit('x'));
    expect((await store.guild(guild)).eventChanges.map((c) => c.value)).toEqual(['neutral', 'y']);
    await store.commit(guild, [{ kind: 'clear-guild' }], audit('import'));
    expect(await store.guild(guild)).toEqual({ documents: [], addedEvents: [], eventChanges: [], settings: { moderatorRoleId: null }, quizCurations: [] });
    expect(await store.audit(guild, { limit: 10 })).toHaveLength(3);
  });

  it('lists documents and events by when they were added, then by id byte by byte, whatever the database collation', async () => {
    const store = await open();
    const later = (d: StoredDocument) => ({ ...d, addedAt: '2026-01-16T08:00:00.000Z' });
    await store.commit(guild, [later(doc('a')), doc('b'), doc('B'), doc('_')].map((document) => ({ kind: 'put-document' as const, document })), audit('documents.add'));
    await store.commit(guild, [{ kind: 'put-added-event', event: event('b') }, { kind: 'put-added-event', event: event('B') }], audit('events.add'));
    const data = await store.guild(guild);
    expect(data.documents.map((d) => d.id)).toEqual(['B', '_', 'b', 'a']);
    expect(data.addedEvents.map((e) => e.documentId)).toEqual(['B', 'b']);
  });

  it('keeps each server apart, and votes by server, newest first', async () => {
    const store = await open();
    await store.commit(guild, [{ kind: 'put-document', document: doc('a') }], audit('documents.add'));
    expect((await store.guild(otherGuild)).documents).toEqual([]);
    expect(await store.audit(otherGuild, { limit: 5 })).toEqual([]);
    const vote = { vote: 'down' as const, question: 'q', citations: [{ passageId: 'p', documentId: 'd', text: 't' }], userId: 'u', guildId: guild, messageId: 'm', at };
    await store.recordFeedback(vote);
    await store.recordFeedback({ ...vote, vote: 'up' });
    await store.recordFeedback({ ...vote, question: 'later' });
    expect(await store.feedback(guild, { vote: 'down', limit: 5 })).toEqual([{ ...vote, question: 'later' }, vote]);
    expect(await store.feedback(guild, { vote: 'down', limit: 1 })).toHaveLength(1);
    expect(await store.feedback(otherGuild, { vote: 'down', limit: 5 })).toEqual([]);
  });

  it('raises a server\'s revision once per commit, also when commits arrive at once', async () => {
    const store = await open();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => store.commit(guild, [{ kind: 'put-document', document: doc(`d${i}`) }], audit('documents.add'))),
    );
    expect(await store.revision(guild)).toBe(20);
    expect((await store.guild(guild)).documents).toHaveLength(20);
    expect(await store.audit(guild, { limit: 100 })).toHaveLength(20);
  });
});
