import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.ts';
import { buildBarometer, quarterOf, toneScore } from '../../src/events/barometer.ts';
import type { TimelineEvent, Tone } from '../../src/events/types.ts';

const event = (id: string, date: string, tone: Tone): TimelineEvent => ({
  id, date, dateText: date, granularity: 'day', certainty: 'stated', summary: id, actors: [], places: [], tone, relation: 'pair', status: 'happened', citations: [], claims: [],
});

describe('the barometer', () => {
  it('scores +1 for cooperation, −1 for conflict and 0 for neutral', () => {
    expect(toneScore).toEqual({ cooperation: 1, conflict: -1, neutral: 0 });
  });

  it('sums the scores per quarter, keeps the events behind each bar, and fills the quarters between', () => {
    const { quarters, unplaced } = buildBarometer([
      event('a', '2016-02-10', 'cooperation'),
      event('b', '2016-03', 'cooperation'),
      event('c', '2016-03-31', 'conflict'),
      event('d', '2016-02', 'neutral'),
      event('e', '2016-10-01', 'conflict'),
    ]);
    expect(quarters.map(({ quarter, cooperation, conflict, net }) => [quarter, cooperation, conflict, net])).toEqual([
      ['2016-Q1', 2, -1, 1],
      ['2016-Q2', 0, 0, 0],
      ['2016-Q3', 0, 0, 0],
      ['2016-Q4', 0, -1, -1],
    ]);
    expect(quarters[0]?.events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(unplaced).toEqual([]);
  });

  it('puts no event dated only to a year in a bar, and a straddling week where its Thursday is', () => {
    expect(quarterOf('2016')).toBeUndefined();
    expect(quarterOf('2019-W38')).toBe('2019-Q3');
    expect(quarterOf('2019-W40')).toBe('2019-Q4');
    expect(quarterOf('2016-SU')).toBe('2016-Q3');
    const { quarters, unplaced } = buildBarometer([event('y', '2016', 'conflict')]);
    expect(quarters).toEqual([]);
    expect(unplaced.map((e) => e.id)).toEqual(['y']);
  });

  it('reads the corpus: only events between Russia and Turkey fill the bars, the US answer to the S-400 purchase is context', async () => {
    const engine = await createEngine();
    const { quarters, unplaced, context } = engine.barometer({ from: '2015', to: '2021' });
    expect(context.map((e) => e.summary)).toContainEqual(expect.stringMatching(/suspended Turkish participation in the F-35/u));
    expect(context.map((e) => e.summary)).toContainEqual(expect.stringMatching(/Turkish and US military officials agreed/u));
    expect(unplaced.every((e) => /^\d{4}$/.test(e.date))).toBe(true);
    for (const quarter of quarters) {
      expect(quarter.events.every((e) => e.relation === 'pair')).toBe(true);
      for (const e of quarter.events) expect(e.citations.length).toBeGreaterThan(0);
    }
  });

  it("adds up: each bar counts its events, the net is cooperation less conflict, the period's net the sum of the bars", async () => {
    const engine = await createEngine();
    const { quarters } = engine.barometer({ from: '2015', to: '2021' });
    const inBars = quarters.flatMap((q) => q.events);
    for (const quarter of quarters) {
      expect(quarter.cooperation).toBe(quarter.events.filter((e) => e.tone === 'cooperation').length);
      expect(quarter.conflict + quarter.events.filter((e) => e.tone === 'conflict').length).toBe(0);
      expect(quarter.net).toBe(quarter.cooperation + quarter.conflict);
    }
    const net = quarters.reduce((sum, q) => sum + q.net, 0);
    expect(net).toBe(inBars.filter((e) => e.tone === 'cooperation').length - inBars.filter((e) => e.tone === 'conflict').length);
  });

  it('leaves out the events between one of the pair and a third party, and shows them apart', () => {
    const us = { ...event('us', '2019-07-20', 'conflict'), relation: 'context' as const };
    const { quarters, context } = buildBarometer([event('a', '2019-07-12', 'cooperation'), us]);
    expect(quarters.map(({ quarter, net, events }) => [quarter, net, events.map((e) => e.id)])).toEqual([['2019-Q3', 1, ['a']]]);
    expect(context.map((e) => e.id)).toEqual(['us']);
  });
});
