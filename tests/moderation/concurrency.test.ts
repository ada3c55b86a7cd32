import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKnowledge, type Knowledge } from '../../src/knowledge/open.ts';
import { addDocument, editEvent, ModerationError, setModeratorRole } from '../../src/moderation/index.ts';
import { storeBackends } from '../store/support/backends.ts';
import { fixedNow, grainArticle, guild, moderator, utf8 } from './support/knowledge.ts';

const ADDS = 20;
const EDITS = 10;

for (const backend of storeBackends()) {
  describe.skipIf(backend.skipped !== null)(`moderators acting at once, on ${backend.name}`, () => {
    let knowledge: Knowledge;
    const auditOf = async (action: string) => (await knowledge.store.audit(guild, { limit: 1000 })).filter((e) => e.action === action).reverse();

    beforeAll(async () => {
      const config = await backend.fresh();
      knowledge = await openKnowledge({ databasePath: 'databasePath' in config ? config.databasePath : '', ...('databaseUrl' in config && { databaseUrl: config.databaseUrl }), now: fixedNow });
    });
    afterAll(() => knowledge.close());

    it(`adds ${ADDS} documents with one title and different texts, all of them, under ids the database keeps unique`, async () => {
      const adds = Array.from({ length: ADDS }, (_, i) =>
        addDocument(knowledge.moderation, moderator, { upload: { name: `grain-${i}.md`, bytes: utf8(`${grainArticle}\nCopy ${i} of the report.\n`) }, title: 'Grain corridor', published: '2023-05' }),
      );
      const ids = (await Promise.all(adds)).map((report) => report.document.id);
      expect(new Set(ids).size).toBe(ADDS);
      expect([...ids].sort()).toEqual(['grain-corridor', ...Array.from({ length: ADDS - 1 }, (_, i) => `grain-corridor-${i + 2}`)].sort());
      expect((await knowledge.store.guild(guild)).documents).toHaveLength(ADDS);
      expect(await auditOf('documents.add')).toHaveLength(ADDS);
    }, 60_000);

    it(`records, for ${EDITS} edits of one event at once, each one's "before" as the edit it replaced`, async () => {
      const event = knowledge.bundled.timeline().find((e) => e.certainty === 'stated');
      if (!event) throw new Error('no stated event');
      await Promise.all(Array.from({ length: EDITS }, (_, i) => editEvent(knowledge.moderation, moderator, event.id, { summary: `Summary ${i}.` })));
      const edits = await auditOf('events.edit');
      expect(edits).toHaveLength(EDITS);
      const befores = edits.map((e) => (e.before as { summary: string }).summary);
      const afters = edits.map((e) => (e.after as { summary: string }).summary);
      expect(befores).toEqual([event.summary, ...afters.slice(0, -1)]);
      expect((await knowledge.engines.engineFor(guild)).event(event.id)?.summary).toBe(afters.at(-1));
    }, 60_000);

    it('records no edit that changes nothing, and says so', async () => {
      const event = (await knowledge.engines.engineFor(guild)).timeline().find((e) => e.certainty === 'stated');
      if (!event) throw new Error('no stated event');
      const before = await knowledge.store.audit(guild, { limit: 1000 });
      const revision = await knowledge.store.revision(guild);
      const error = await editEvent(knowledge.moderation, moderator, event.id, { summary: event.summary, tone: event.tone, date: event.date }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ModerationError);
      expect((error as Error).message).toBe(`${event.id} is already so: nothing was changed or recorded.`);
      await setModeratorRole(knowledge.moderation, moderator, '700000000000000001');
      await setModeratorRole(knowledge.moderation, moderator, '700000000000000001');
      expect(await knowledge.store.audit(guild, { limit: 1000 })).toHaveLength(before.length + 1);
      expect(await knowledge.store.revision(guild)).toBe(revision + 1);
    });
  });
}
