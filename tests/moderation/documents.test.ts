import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/open.ts';
import { addDocument, listDocuments, removeDocument, showDocument } from '../../src/moderation/index.ts';
import { fixedNow, grainArticle, grainQuestion, guild, moderator, openTestKnowledge, otherGuild, tempDatabasePath, utf8 } from './support/knowledge.ts';

describe('a document a moderator adds', () => {
  const path = tempDatabasePath();
  let knowledge: Knowledge;
  let documentId: string;

  beforeAll(async () => {
    knowledge = await openTestKnowledge(path);
    const report = await addDocument(knowledge.moderation, moderator, {
      upload: { name: 'grain.md', bytes: utf8(grainArticle) },
      title: 'Russia and Turkey agree on a grain corridor',
      published: '2023-05',
      publisher: 'Wire',
    });
    documentId = report.document.id;
  });
  afterAll(() => knowledge.close());

  it('is cleaned and cut like the bundled corpus; the report lists its dated events', async () => {
    const report = await showDocument(knowledge.moderation, guild, documentId);
    expect(report.document).toMatchObject({ id: 'russia-and-turkey-agree-on-a-grain-corridor', language: 'en', published: '2023-05', addedBy: moderator.who, addedAt: fixedNow().toISOString() });
    expect(report.passages).toHaveLength(4);
    expect(report.passages[1]).toEqual({ id: `${documentId}/p2s1`, text: expect.stringMatching(/^On 3 March 2023, Russia and Turkey signed/u) });
    expect(report.events.map((e) => e.date)).toEqual(['2023-03-03', '2023-04']);
    expect(report.notices).toEqual([]);
    expect(await listDocuments(knowledge.moderation, guild)).toHaveLength(1);
  });

  it('is accepted with a clear word when it adds nothing to the timeline: no dates, or dates alone', async () => {
    const add = (name: string, text: string) => addDocument(knowledge.moderation, { ...moderator, guildId: otherGuild }, { upload: { name, bytes: utf8(text) }, title: name, published: '2020' });
    const undated = await add('undated.txt', 'Turkey and Russia talk often.\n\nThey meet in many cities.\n');
    expect(undated.notices).toEqual([{ code: 'no-dated-events' }]);
    const datesOnly = await add('dates.txt', '24 November 2015\n\n27 June 2016\n');
    // Whether a date alone makes an event is the events layer's to say; either way the moderator hears it.
    expect(datesOnly.notices).toEqual(datesOnly.events.length === 0 ? [{ code: 'no-dated-events' }] : [{ code: 'dates-alone', events: datesOnly.events.map((e) => e.id) }]);
  });

  it('answers with a citation at once, in its server only', async () => {
    const answer = (await knowledge.engines.engineFor(guild)).ask(grainQuestion);
    expect(answer.abstained).toBe(false);
    expect(answer.date).toBe('2023-03-03');
    expect(answer.citations[0]).toMatchObject({ documentId, publisher: 'Wire', quote: expect.stringContaining('grain corridor') });
    expect((await knowledge.engines.engineFor(otherGuild)).ask(grainQuestion).abstained).toBe(true);
    expect(knowledge.engines.bundled.ask(grainQuestion).abstained).toBe(true);
  });

  it('still answers after a restart, from what the database holds', async () => {
    const restarted = await openTestKnowledge(path);
    try {
      const engine = await restarted.engines.engineFor(guild);
      expect(engine.ask(grainQuestion).citations[0]?.documentId).toBe(documentId);
      expect(engine.sources().map((s) => s.id)).toContain(documentId);
    } finally {
      await restarted.close();
    }
  });

  it('is seen live by a running bot when another process (the CLI) adds it', async () => {
    const cli = await openTestKnowledge(path);
    try {
      const before = (await knowledge.engines.engineFor(guild)).sources().length;
      await addDocument(cli.moderation, { guildId: guild, who: 'cli' }, { upload: { name: 'note.txt', bytes: utf8('A note.\n\nOn 5 August 2022, Putin and Erdogan met in Sochi.') }, title: 'Sochi note', published: '2022' });
      expect((await knowledge.engines.engineFor(guild)).sources().map((s) => s.title)).toContain('Sochi note');
      expect((await knowledge.engines.engineFor(guild)).sources()).toHaveLength(before + 1);
    } finally {
      await cli.close();
    }
  });

  it('after remove, is gone from answers, the timeline, autocomplete and the sources, and the audit keeps its text', async () => {
    await removeDocument(knowledge.moderation, moderator, documentId);
    const engine = await knowledge.engines.engineFor(guild);
    expect(engine.ask(grainQuestion).abstained).toBe(true);
    expect(engine.timeline({ from: '2023' }).filter((e) => e.citations.some((c) => c.documentId === documentId))).toEqual([]);
    expect(engine.timeline({ from: '2023' })).toEqual(knowledge.engines.bundled.timeline({ from: '2023' }));
    expect(engine.suggestEvents('grain corridor')).toEqual([]);
    expect(engine.sources().map((s) => s.id)).not.toContain(documentId);
    const [removal] = await knowledge.store.audit(guild, { limit: 1 });
    expect(removal).toMatchObject({ action: 'documents.remove', target: documentId, actor: moderator.who, after: null, before: { document: { text: grainArticle } } });
  });
});
