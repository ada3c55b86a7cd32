import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Knowledge } from '../../src/knowledge/open.ts';
import {
  addDocument,
  addEvent,
  approveDate,
  correctDate,
  editEvent,
  mergeEvents,
  rejectEvent,
  removeDocument,
  removeEvent,
  reviewQueue,
} from '../../src/moderation/index.ts';
import { grainArticle, guild, moderator, openTestKnowledge, otherGuild, utf8 } from './support/knowledge.ts';

describe("moderators' changes to events", () => {
  let knowledge: Knowledge;
  const engine = () => knowledge.engines.engineFor(guild);
  const lastAudit = async () => (await knowledge.store.audit(guild, { limit: 1 }))[0];

  beforeAll(async () => {
    knowledge = await openTestKnowledge();
  });
  afterAll(() => knowledge.close());

  it('adds an event that dates a verbatim quote of a bundled passage, seen in its server only', async () => {
    const passage = knowledge.engines.bundled.corpus.passages.find((p) => p.kind === 'body');
    if (!passage) throw new Error('no passage');
    const quote = passage.text.split(' ').slice(0, 6).join(' ');
    const added = await addEvent(knowledge.moderation, moderator, { passageId: passage.id, quote, date: '2018-11-19', summary: 'A moderator dates this.', tone: 'cooperation' });
    expect(added).toMatchObject({ id: `${passage.id}@0`, date: '2018-11-19', granularity: 'day', certainty: 'inferred', summary: 'A moderator dates this.', tone: 'cooperation' });
    expect(added.citations).toEqual([{ documentId: passage.documentId, passageId: passage.id, quote, language: passage.language }]);
    expect((await engine()).timeline({ from: '2018-11-19', to: '2018-11-19' }).map((e) => e.id)).toContain(added.id);
    expect((await knowledge.engines.engineFor(otherGuild)).event(added.id)).toBeUndefined();
    expect(await lastAudit()).toMatchObject({ action: 'events.add', actor: moderator.who, before: null, after: { passageId: passage.id, quote } });

    await removeEvent(knowledge.moderation, moderator, added.id);
    expect((await engine()).event(added.id)).toBeUndefined();
    expect((await knowledge.store.guild(guild)).addedEvents).toEqual([]);
  });

  it('edits the date, summary and tone of an extracted event, with before and after in the audit (a field left as it was is not recorded)', async () => {
    const original = knowledge.engines.bundled.timeline().find((e) => e.certainty === 'stated');
    if (!original) throw new Error('no stated event');
    const edited = await editEvent(knowledge.moderation, moderator, original.id, { date: '2016-06', summary: 'Edited summary.', tone: 'conflict' });
    expect(edited).toMatchObject({ id: original.id, date: '2016-06', granularity: 'month', summary: 'Edited summary.', tone: 'conflict' });
    expect(original.granularity).toBe('month');
    expect(await lastAudit()).toMatchObject({
      action: 'events.edit',
      target: original.id,
      before: { date: original.date, summary: original.summary, tone: original.tone },
      after: { date: '2016-06', summary: 'Edited summary.', tone: 'conflict' },
    });
    expect(Object.keys((await lastAudit())?.after as object)).toEqual(['date', 'summary', 'tone']);
    expect(knowledge.engines.bundled.event(original.id)?.summary).toBe(original.summary);
  });

  it('merges two events into one with both citations, and hides one from the timeline and answers', async () => {
    const [a, b, c] = knowledge.engines.bundled.timeline().filter((e) => e.citations.length === 1 && e.certainty === 'stated').slice(-3);
    if (!a || !b || !c) throw new Error('too few events');
    const merged = await mergeEvents(knowledge.moderation, moderator, a.id, b.id);
    expect(merged.citations.map((x) => x.passageId).sort()).toEqual([...a.citations, ...b.citations].map((x) => x.passageId).sort());
    expect((await engine()).timeline().filter((e) => e.id === a.id || e.id === b.id)).toHaveLength(1);

    await removeEvent(knowledge.moderation, moderator, c.id);
    expect((await engine()).event(c.id)).toBeUndefined();
    expect((await engine()).suggestEvents(c.summary).map((s) => s.id)).not.toContain(c.id);
    expect(await lastAudit()).toMatchObject({ action: 'events.remove', before: { id: c.id, summary: c.summary }, after: null });
  });

  it('queues each doubtful date with its reason: disagreeing sources, a date composed from another event, a guess', async () => {
    const queue = await reviewQueue(knowledge.moderation, guild);
    expect(queue.every((e) => e.certainty === 'uncertain' || (e.doubts ?? []).length > 0)).toBe(true);
    expect(queue.find((e) => /S400|S-400/u.test(e.summary) && e.date === '2017-09-12')?.doubts).toEqual(['disagreeing']);
    expect(queue.find((e) => /F-35 program/u.test(e.summary))?.doubts).toEqual(['composed']);
    expect(queue.some((e) => e.doubts?.includes('inferred'))).toBe(true);
  });

  it('reviews doubtful dates: approve marks reviewed, correct sets the date, reject removes', async () => {
    const queue = await reviewQueue(knowledge.moderation, guild);
    const [first, second, third] = queue;
    if (!first || !second || !third) throw new Error('the bundled corpus has fewer than three doubtful dates');
    expect((await approveDate(knowledge.moderation, moderator, first.id)).certainty).toBe('reviewed');
    expect(await correctDate(knowledge.moderation, moderator, second.id, '2019-08-30')).toMatchObject({ date: '2019-08-30', certainty: 'reviewed' });
    await rejectEvent(knowledge.moderation, moderator, third.id);
    expect((await reviewQueue(knowledge.moderation, guild)).map((e) => e.id)).toEqual(queue.slice(3).map((e) => e.id));
    expect((await engine()).event(third.id)).toBeUndefined();
    expect((await knowledge.store.audit(guild, { limit: 3 })).map((e) => e.action)).toEqual(['review.reject', 'review.correct', 'review.approve']);
  });

  it("removing a server's document takes its events and the changes naming them with it", async () => {
    const report = await addDocument(knowledge.moderation, moderator, { upload: { name: 'grain.md', bytes: utf8(grainArticle) }, title: 'Russia and Turkey agree on a grain corridor', published: '2023-05' });
    const id = report.document.id;
    const [signed] = report.events;
    if (!signed) throw new Error('no event in the new document');
    await editEvent(knowledge.moderation, moderator, signed.id, { summary: 'A grain deal.' });
    await addEvent(knowledge.moderation, moderator, { passageId: `${id}/p3s1`, date: '2023-03', summary: 'The UN welcomes the corridor.' });
    await removeDocument(knowledge.moderation, moderator, id);
    const data = await knowledge.store.guild(guild);
    expect(data.documents).toEqual([]);
    expect(data.addedEvents).toEqual([]);
    expect(data.eventChanges.filter((c) => c.event.startsWith(`${id}/`))).toEqual([]);
  });
});
