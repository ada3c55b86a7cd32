import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENT_STATUSES } from '../../src/events/status.ts';
import type { Knowledge } from '../../src/knowledge/open.ts';
import { addDocument } from '../../src/moderation/index.ts';
import { guild, moderator, openTestKnowledge, utf8 } from './support/knowledge.ts';

/** Documents a moderator may add that are odd as news: sensible events or none, never a crash, and a word when nothing is dated. */
describe('documents of odd shapes', () => {
  let knowledge: Knowledge;
  beforeAll(async () => {
    knowledge = await openTestKnowledge();
  });
  afterAll(() => knowledge.close());

  const add = async (name: string, text: string, published = '2023-05-10') => {
    const report = await addDocument(knowledge.moderation, moderator, { upload: { name, bytes: utf8(text) }, title: name, published });
    const engine = await knowledge.engines.engineFor(guild);
    const own = engine.timeline({ status: EVENT_STATUSES }).filter((e) => e.citations.some((c) => c.documentId === report.document.id));
    return { report, own };
  };

  it('a list of dates and nothing else: no event tells a happening, and the moderator is told', async () => {
    const { report, own } = await add('list.txt', '24 November 2015\n\n27 June 2016\n\n2017-03-10\n');
    expect(own.filter((e) => e.status === 'happened' && /\p{L}{4,}/u.test(e.summary.replace(e.dateText, '')))).toEqual([]);
    expect(report.notices.map((n) => n.code)).toEqual([own.length === 0 ? 'no-dated-events' : 'dates-alone']);
  });

  it('a date in every sentence: one event a sentence, each on its own date', async () => {
    const { report, own } = await add(
      'dense.txt',
      'On 24 November 2014 Turkish jets shot down a Russian airliner. On 27 June 2015 Erdogan wrote a letter to Putin. On 9 August 2015 the two presidents met in Baku.\n',
    );
    expect(own.map((e) => e.date)).toEqual(['2014-11-24', '2015-06-27', '2015-08-09']);
    expect(report.notices).toEqual([]);
  });

  it('no dates at all: no events, and the moderator is told', async () => {
    const { report, own } = await add('none.txt', 'Russia and Turkey trade grain and gas.\n\nTheir leaders speak often.\n');
    expect(own).toEqual([]);
    expect(report.notices).toEqual([{ code: 'no-dated-events' }]);
  });

  it('dates far in the past and the future: the past as it is, the future never a happening', async () => {
    const { own } = await add('far.txt', 'In 1453 the Ottoman army took the city of Constantinople.\n\nIn 2199 a tunnel under the Black Sea will join the two countries.\n');
    expect(own.filter((e) => e.status === 'happened').map((e) => e.date)).toEqual(['1453']);
    expect(own.every((e) => e.status !== 'happened' || e.date < '2023-05-10')).toBe(true);
  });

  it('calendar formats mixed in one text: each read, none a crash', async () => {
    const { own } = await add('formats.txt', 'Turkish jets shot down a Russian jet on 24.11.2003.\n\nMoscow imposed sanctions on 2003-11-28.\n\nErdogan sent a letter of regret on 27/06/04.\n');
    expect(own.filter((e) => e.status === 'happened').map((e) => e.date)).toEqual(['2003-11-24', '2003-11-28', '2004-06-27']);
  });
});
