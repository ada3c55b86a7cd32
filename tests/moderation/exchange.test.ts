import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/open.ts';
import { addDocument, addEvent, editEvent, exportServer, importServer, setModeratorRole } from '../../src/moderation/index.ts';
import { serverExportSchema } from '../../src/moderation/exchange-schema.ts';
import { grainArticle, grainQuestion, guild, moderator, openTestKnowledge, otherGuild, utf8 } from './support/knowledge.ts';

describe('export and import', () => {
  let knowledge: Knowledge;
  const elsewhere = { guildId: otherGuild, who: 'cli' };

  beforeAll(async () => {
    knowledge = await openTestKnowledge();
    const report = await addDocument(knowledge.moderation, moderator, { upload: { name: 'grain.md', bytes: utf8(grainArticle) }, title: 'Russia and Turkey agree on a grain corridor', published: '2023-05' });
    await addEvent(knowledge.moderation, moderator, { passageId: `${report.document.id}/p3s1`, date: '2023-03', summary: 'The UN welcomes the corridor.' });
    await editEvent(knowledge.moderation, moderator, report.events[0]?.id ?? '', { tone: 'neutral' });
    await setModeratorRole(knowledge.moderation, moderator, '700000000000000001');
  });
  afterAll(() => knowledge.close());

  it("exports a server's documents, events and settings as JSON that its schema accepts", async () => {
    const data = await exportServer(knowledge.moderation, guild);
    expect(serverExportSchema.safeParse(JSON.parse(JSON.stringify(data))).success).toBe(true);
    expect(data).toMatchObject({ guildId: guild, settings: { moderatorRoleId: '700000000000000001' } });
    expect([data.documents.length, data.addedEvents.length, data.eventChanges.length]).toEqual([1, 1, 1]);
  });

  it('imports into another server, replacing what it had; the audit keeps what was replaced', async () => {
    await addDocument(knowledge.moderation, elsewhere, { upload: { name: 'old.txt', bytes: utf8('An old note.\n\nOn 1 May 2016, a meeting took place in Sochi.') }, title: 'Old note', published: '2016' });
    const exported = await exportServer(knowledge.moderation, guild);
    const report = await importServer(knowledge.moderation, elsewhere, utf8(JSON.stringify(exported)));
    expect(report).toEqual({ documents: 1, addedEvents: 1, eventChanges: 1, quizQuestions: 0 });
    const [source, target] = [await knowledge.store.guild(guild), await knowledge.store.guild(otherGuild)];
    expect(target).toEqual(source);
    expect((await knowledge.engines.engineFor(otherGuild)).ask(grainQuestion).citations[0]?.documentId).toBe(source.documents[0]?.id);
    const [entry] = await knowledge.store.audit(otherGuild, { limit: 1 });
    expect(entry).toMatchObject({ action: 'import', actor: 'cli', before: { documents: [{ title: 'Old note' }] }, after: { documents: 1 } });
  });

  it('round-trips: importing a server its own export changes none of its data', async () => {
    const before = await knowledge.store.guild(guild);
    await importServer(knowledge.moderation, moderator, utf8(JSON.stringify(await exportServer(knowledge.moderation, guild))));
    expect(await knowledge.store.guild(guild)).toEqual(before);
  });
});
