import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.ts';
import type { TimelineEvent } from '../../src/events/types.ts';
import { quizContext, toldInPassing } from '../../src/quiz/context.ts';
import { findThreads } from '../../src/quiz/threads.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine();
});

const event = (id: string, date: string, summary: string): TimelineEvent => ({
  id,
  date,
  dateText: date,
  granularity: 'month',
  certainty: 'stated',
  summary,
  actors: [],
  places: [],
  tone: 'neutral',
  relation: 'pair',
  status: 'happened',
  citations: [{ documentId: 'd', passageId: id, quote: summary, language: 'en' }],
  claims: [],
});

describe('threads of events', () => {
  it('groups events by what they are about, not by the month they name', () => {
    const events = [
      event('gas-1', '2016-01', 'In January 2016 Ankara signs a gas pipeline deal.'),
      event('gas-2', '2020-03', 'In March 2020 the gas pipeline is inaugurated.'),
      event('strikes-1', '2017-01', 'In January 2017 the armies launch joint air strikes.'),
      event('strikes-2', '2018-03', 'In March 2018 joint air strikes hit the province.'),
      ...['harvest', 'election', 'earthquake', 'festival', 'strike'].map((w, i) => event(`other-${i}`, `201${i}-05`, `A ${w} took place.`)),
    ];
    const { of } = findThreads(events, engine.quizSource.analyzer);
    expect(of.get('gas-1')).toBe(of.get('gas-2'));
    expect(of.get('strikes-1')).toBe(of.get('strikes-2'));
    expect(of.get('gas-1')).not.toBe(of.get('strikes-1'));
  });

  it("holds the turns of one transcript's speaker together, whose words leave the story unsaid", () => {
    const events = [
      event('walkout', '2022-10', 'Moscow walked out after a drone attack on its fleet.'),
      event('return', '2022-11', 'And the Russians were back in.'),
      event('lapse', '2023-07', 'The Kremlin let the deal lapse.'),
      event('strikes-1', '2017-01', 'The armies launch joint air strikes after an attack.'),
      event('strikes-2', '2018-03', 'Joint air strikes hit the province.'),
      ...['harvest', 'election', 'earthquake', 'festival', 'flood', 'census'].map((w, i) => event(`other-${i}`, `201${i}-05`, `A ${w} took place.`)),
    ];
    const speaker = (passageId: string) => (['walkout', 'return', 'lapse'].includes(passageId) ? 'aydin' : undefined);
    const { of } = findThreads(events, engine.quizSource.analyzer, speaker);
    expect(of.get('return')).toBe(of.get('walkout'));
    expect(of.get('lapse')).toBe(of.get('walkout'));
    expect(of.get('walkout')).not.toBe(of.get('strikes-1'));
  });

  it('are not joined by titles of office: "the leaders" tells who acted, not what about', () => {
    const events = [
      event('coup', '2016-07', 'The Russian leader calls after the failed coup.'),
      event('pipeline', '2020-01', 'The two leaders inaugurate the pipeline.'),
      event('gas', '2016-10', 'The countries sign the pipeline deal.'),
      ...['harvest', 'election', 'earthquake', 'festival', 'strike', 'flood'].map((w, i) => event(`other-${i}`, `201${i}-05`, `A ${w} took place.`)),
    ];
    const { of, alike } = findThreads(events, engine.quizSource.analyzer);
    expect(alike('coup', 'pipeline')).toBe(0);
    expect(of.get('pipeline')).toBe(of.get('gas'));
    expect(of.get('coup')).not.toBe(of.get('pipeline'));
  });

  it('keep a happened event on its own when only a plan or a standing fact links it to the others', () => {
    const standing = event('nato', '1952', 'Turkey has been a member of the alliance since 1952, a Western ally against the Soviets.');
    standing.status = 'background';
    const events = [
      standing,
      event('western', '2016-07', 'Putin calls Erdogan before any Western ally does.'),
      event('soviet-1', '2015-09', 'The alliance recalls the Soviets and the Syrian conflict begins anew.'),
      event('soviet-2', '2017-01', 'Talks on the Syrian conflict open, the Soviets long gone from the alliance.'),
      ...['harvest', 'election', 'earthquake', 'festival', 'strike', 'flood'].map((w, i) => event(`other-${i}`, `201${i}-05`, `A ${w} took place.`)),
    ];
    const { of, alike, paired } = findThreads(events, engine.quizSource.analyzer);
    expect(alike('western', 'nato')).toBeGreaterThan(0);
    expect(paired('western', 'soviet-1') || paired('western', 'soviet-2')).toBe(false);
    expect(of.get('soviet-1')).toBe(of.get('soviet-2'));
    expect(of.get('western')).not.toBe(of.get('soviet-1'));
  });
});

describe('asides: a clause that tells another happening', () => {
  const fillers = ['harvest', 'election', 'earthquake', 'festival', 'strike', 'flood'].map((w, i) => event(`other-${i}`, `201${i}-05`, `A ${w} took place.`));

  it('does not join the event to that happening’s story: a pipeline signed “after the jets shot down a warplane” stays with the pipeline', () => {
    const events = [
      event('signing', '2016-10', 'The governments sign the pipeline deal, less than a year after the jets shot down a warplane at the border.'),
      event('opening', '2020-01', 'The pipeline opens and delivers gas to the region.'),
      event('downing', '2015-11', 'The jets shot down a warplane at the border.'),
      event('sanctions', '2015-12', 'Moscow imposes sanctions over the warplane shot down at the border.'),
      ...fillers,
    ];
    const { of, alike } = findThreads(events, engine.quizSource.analyzer);
    expect(alike('signing', 'downing')).toBe(0);
    expect(of.get('signing')).toBe(of.get('opening'));
    expect(of.get('downing')).toBe(of.get('sanctions'));
    expect(of.get('signing')).not.toBe(of.get('downing'));
  });

  it('leaves a quote only the words that tell the event: one that dates the downing by “the works slowed down during the crisis that followed” it', () => {
    const downing = event('downing', '2015-11', 'The jets shot down a warplane at the border.');
    downing.citations.push({ documentId: 'explainer', passageId: 'p', quote: 'The works on the plant slowed down during the crisis that followed the downing of the warplane.', language: 'en' });
    const events = [
      downing,
      event('sanctions', '2015-12', 'Moscow imposes sanctions over the warplane shot down at the border.'),
      event('works', '2018-04', 'The works on the plant begin.'),
      event('fuel', '2023-04', 'The first fuel reaches the plant.'),
      ...fillers,
    ];
    const { of, alike } = findThreads(events, engine.quizSource.analyzer);
    expect(alike('downing', 'works')).toBe(0);
    expect(of.get('works')).toBe(of.get('fuel'));
    expect(of.get('downing')).toBe(of.get('sanctions'));
  });

  it('stays when the event is alike to every happening it tells: a second batch landing “after the first deliveries reached the air base”', () => {
    const first = event('first', '2019-07', 'The first missile deliveries land at the air base in the harvest.');
    const alikeWith = (second: string) => findThreads([first, event('second', '2019-08', second), ...fillers], engine.quizSource.analyzer).alike('first', 'second');
    expect(alikeWith('A second missile batch lands after the first deliveries reached the air base.')).toBeGreaterThan(alikeWith('A second missile batch lands.'));
  });
});

describe('threads of the bundled events', () => {
  it('hold no happening of known date where it is weakly held (joined through one) while another story holds it more', () => {
    const context = quizContext(engine.quizSource, 'en');
    const { members, of, alike } = context.threads;
    const happened = (id: string) => context.byId.get(id)?.status === 'happened' && context.byId.get(id)?.certainty !== 'uncertain';
    const mean = (id: string, thread: string) => {
      const others = (members.get(thread) ?? []).filter((o) => o !== id && happened(o));
      return others.reduce((sum, o) => sum + alike(id, o), 0) / Math.max(1, others.length);
    };
    const stories = [...members.keys()].filter((t) => (members.get(t) ?? []).filter(happened).length >= 2);
    for (const id of context.events.map((e) => e.id).filter(happened)) {
      const own = of.get(id) as string;
      if (!stories.includes(own) || mean(id, own) >= 0.08) continue;
      for (const other of stories.filter((t) => t !== own)) expect(mean(id, other) < 0.08 || mean(id, other) <= mean(id, own)).toBe(true);
    }
  });
});

describe('how-long questions', () => {
  it('pair two events alike enough in themselves to make a thread of two, not only through the rest of their thread', () => {
    const context = quizContext(engine.quizSource, 'en');
    const howLong = engine.quizBank().filter((q) => q.kind === 'how-long');
    expect(howLong.length).toBeGreaterThan(0);
    for (const q of howLong) {
      const [a, b] = q.eventIds as [string, string];
      expect(context.threads.paired(a, b)).toBe(true);
      expect(context.threads.of.get(a)).toBe(context.threads.of.get(b));
    }
  });
});

describe('events told in passing', () => {
  it('are those every source names only as the point another is measured from', () => {
    const passing = event('troops', '2016', 'Ankara first sent in troops in 2016.');
    passing.citations = [{ documentId: 'd', passageId: 'p', quote: 'The worst clashes since Ankara first sent in troops in 2016 take place.', language: 'en' }];
    expect(toldInPassing(passing)).toBe(true);
    const told = event('clashes', '2020-02', 'The worst clashes in years take place in Idlib.');
    expect(toldInPassing(told)).toBe(false);
  });

  it('are never what a question is about', () => {
    const context = quizContext(engine.quizSource, 'en');
    const inPassing = new Set(context.events.filter(toldInPassing).map((e) => e.id));
    expect(inPassing.size).toBeGreaterThan(0);
    expect(engine.quizBank().flatMap((q) => q.answerEvents).filter((id) => inPassing.has(id))).toEqual([]);
  });
});
