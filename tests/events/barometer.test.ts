import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine.ts';
import { buildBarometer, quarterOf, toneScore } from '../../src/events/barometer.ts';
import type { TimelineEvent, Tone } from '../../src/events/types.ts';

const event = (id: string, date: string, tone: Tone): TimelineEvent => ({
  id, date, dateText: date, granularity: 'day', certainty: 'stated', summary: id, actors: [], places: [], tone, status: 'happened', citations: [], claims: [],
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

  it('reads the corpus: the S-400 summer of 2019 is its most cooperative quarter', async () => {
    const engine = await createEngine();
    const { quarters, unplaced } = engine.barometer({ from: '2015', to: '2021' });
    const best = [...quarters].sort((a, b) => b.net - a.net)[0];
    expect(best?.quarter).toBe('2019-Q3');
    expect(quarters[0]?.quarter).toBe('2015-Q3');
    expect(unplaced.every((e) => /^\d{4}$/.test(e.date))).toBe(true);
    for (const quarter of quarters) {
      expect(quarter.net).toBe(quarter.events.reduce((sum, e) => sum + toneScore[e.tone], 0));
      for (const e of quarter.events) expect(e.citations.length).toBeGreaterThan(0);
    }
  });
});
