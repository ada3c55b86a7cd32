import { describe, expect, it } from 'vitest';
import { buildBarometer } from '../../src/events/barometer.ts';
import type { TimelineEvent, Tone } from '../../src/events/types.ts';
import { layoutBarometer } from '../../src/pictures/barometer-layout.ts';
import { fontMeasure } from '../../src/pictures/font.ts';
import { overlaps } from '../../src/pictures/scene.ts';

const event = (id: string, date: string, tone: Tone): TimelineEvent => ({
  id, date, dateText: date, granularity: 'day', certainty: 'stated', summary: id, actors: [], places: [], tone, relation: 'pair', status: 'happened', citations: [], claims: [],
});

describe('the barometer layout', () => {
  const barometer = buildBarometer([
    event('a', '2016-02-01', 'cooperation'),
    event('b', '2016-02-02', 'cooperation'),
    event('c', '2016-03-01', 'conflict'),
    event('d', '2016-11-01', 'conflict'),
    event('y', '2016', 'neutral'),
  ]);
  const { bars, scene } = layoutBarometer({ barometer, language: 'en' }, fontMeasure());

  it('draws cooperation up and conflict down from one zero line, a bar’s height its count', () => {
    expect(bars.map((bar) => bar.quarter)).toEqual(['2016-Q1', '2016-Q2', '2016-Q3', '2016-Q4']);
    const [first, , , last] = bars;
    const zero = first?.conflict?.y as number;
    expect((first?.cooperation?.y ?? 0) + (first?.cooperation?.height ?? 0)).toBeCloseTo(zero);
    expect(first?.cooperation?.height).toBeCloseTo(2 * (first?.conflict?.height ?? 0));
    expect(last?.conflict?.height).toBeCloseTo(first?.conflict?.height ?? 0);
    expect(bars[1]?.cooperation).toBeUndefined();
    expect(first?.net[1]).toBeCloseTo(zero - (first?.conflict?.height ?? 0));
  });

  it('keeps bars apart and says what the bars leave out', () => {
    const boxes = bars.flatMap((bar) => [bar.cooperation, bar.conflict]).filter((box) => box !== undefined);
    boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
    const texts = scene.marks.flatMap((mark) => (mark.kind === 'text' ? [mark.text] : []));
    expect(texts).toContain('1 event is dated only to a year and in no bar');
    expect(texts).toContain('Cooperation against conflict per quarter, 2016');
  });
});
