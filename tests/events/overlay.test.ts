import { describe, expect, it } from 'vitest';
import { applyCorrections, applyMerges, overlayFileSchema } from '../../src/events/overlay.ts';
import type { TimelineEvent } from '../../src/events/types.ts';

const event = (id: string): TimelineEvent => ({
  id, date: '2016', dateText: '2016', granularity: 'year', certainty: 'stated', summary: 's', actors: [], places: [], tone: 'neutral', relation: 'pair', status: 'happened', citations: [], claims: [],
});

describe('the reviewed event overlay', () => {
  it('corrects a field of a named event', () => {
    const [corrected] = applyCorrections([event('a')], [{ event: 'a', field: 'tone', value: 'conflict', reason: 'reviewed by hand' }]);
    expect(corrected?.tone).toBe('conflict');
  });

  it('joins the groups a merge names', () => {
    const merged = applyMerges([['a'], ['b'], ['c']], [{ event: 'a', field: 'merge', value: 'c', reason: 'same happening' }], (item) => item);
    expect(merged).toEqual([['b'], ['a', 'c']]);
  });

  it('refuses a correction naming an event that no longer exists', () => {
    expect(() => applyCorrections([event('a')], [{ event: 'gone', field: 'summary', value: 'x', reason: 'reviewed by hand' }])).toThrow(
      'relations-bot: event overlay names unknown event "gone"',
    );
  });

  it.each([
    ['a tone that is not one', { event: 'a', field: 'tone', value: 'angry', reason: 'reviewed by hand' }],
    ['a date that is not a partial date', { event: 'a', field: 'date', value: 'May 2016', reason: 'reviewed by hand' }],
    ['a month that does not exist', { event: 'a', field: 'date', value: '2015-99', reason: 'reviewed by hand' }],
    ['a day that does not exist', { event: 'a', field: 'date', value: '2015-02-30', reason: 'reviewed by hand' }],
    ['no reason', { event: 'a', field: 'summary', value: 'x', reason: '' }],
  ])('refuses %s', (_what, correction) => {
    expect(overlayFileSchema.safeParse({ corrections: [correction] }).success).toBe(false);
  });
});
