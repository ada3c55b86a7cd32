import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../../src/engine.ts';
import type { TimelineEvent } from '../../src/events/types.ts';
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
});
