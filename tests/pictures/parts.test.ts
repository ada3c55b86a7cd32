import { describe, expect, it } from 'vitest';
import type { Measure } from '../../src/pictures/font.ts';
import { labelText, wrap } from '../../src/pictures/text.ts';
import { dayNumber, timeScale } from '../../src/pictures/time-scale.ts';
import { chooseSides, stack } from '../../src/pictures/timeline-labels.ts';
import { segmentEntersBox, segmentsCross } from './support.ts';

/** Ten pixels a character: enough to test wrapping without a font. */
const measure: Measure = (text) => text.length * 10;

describe('stacking labels in a column', () => {
  it('leaves items where they want to be when there is room', () => {
    const starts = stack([{ id: 'a', want: 100, size: 20 }, { id: 'b', want: 200, size: 20 }], 0, 400, 8);
    expect([...starts]).toEqual([['a', 90], ['b', 190]]);
  });

  it('spreads a crowded run around where it wants to be, in order and a gap apart', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, want: 200, size: 20 }));
    const starts = stack(items, 0, 400, 10);
    expect([...starts]).toEqual([['a', 160], ['b', 190], ['c', 220]]);
  });

  it('keeps a run inside its bounds', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, want: 395, size: 20 }));
    expect([...stack(items, 0, 400, 10).values()]).toEqual([320, 350, 380]);
  });
});

describe('neutral events', () => {
  it('go to the column with fewer neighbours', () => {
    const sides = chooseSides([
      { id: 'a', tone: 'conflict' },
      { id: 'b', tone: 'conflict' },
      { id: 'n', tone: 'neutral' },
      { id: 'c', tone: 'cooperation' },
    ]);
    expect(sides.get('n')).toBe('cooperation');
  });
});

describe('label text', () => {
  it('wraps to two lines and marks a cut with an ellipsis at a word', () => {
    const lines = wrap('one two three four five six seven', { size: 10, weight: 'regular' }, { first: 90, rest: 120 }, 2, measure);
    expect(lines).toEqual(['one two', 'three four…']);
  });

  it('keeps a short text whole and drops quotation marks and stray punctuation around a summary', () => {
    expect(wrap('short', { size: 10, weight: 'regular' }, { first: 90, rest: 90 }, 2, measure)).toEqual(['short']);
    expect(labelText('. (AP Photo).')).toBe('(AP Photo)');
    expect(labelText('"Today we have taken a closer look.')).toBe('Today we have taken a closer look');
  });
});

describe('the time scale', () => {
  it('is to scale, except that three or more empty years become one short break', () => {
    const domain = { start: dayNumber('1952-01-01'), end: dayNumber('2017-01-01') };
    const busy = [{ start: dayNumber('1952-01-01'), end: dayNumber('1953-01-01') }, { start: dayNumber('2015-01-01'), end: dayNumber('2017-01-01') }];
    const scale = timeScale(domain, busy, 0, 340, 40);
    expect(scale.segments.map((s) => [s.kind, s.p0, s.p1])).toEqual([['span', 0, expect.closeTo(100, 0)], ['break', expect.closeTo(100, 0), expect.closeTo(140, 0)], ['span', expect.closeTo(140, 0), 340]]);
    expect(scale.at(dayNumber('2016-01-01'))).toBeCloseTo(240, 0);
  });
});

describe('the geometry the collision tests rely on', () => {
  const box = { x: 10, y: 10, width: 20, height: 20 };
  it('tells a segment through a box from one that ends on its edge or passes by', () => {
    expect(segmentEntersBox([0, 20], [40, 20], box)).toBe(true);
    expect(segmentEntersBox([0, 0], [10, 20], box)).toBe(false);
    expect(segmentEntersBox([0, 40], [40, 40], box)).toBe(false);
  });

  it('tells crossing segments from ones that share an end', () => {
    expect(segmentsCross([[0, 0], [10, 10]], [[0, 10], [10, 0]])).toBe(true);
    expect(segmentsCross([[0, 0], [10, 10]], [[10, 10], [20, 0]])).toBe(false);
  });
});
