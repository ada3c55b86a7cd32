import { describe, expect, it } from 'vitest';
import { anchorOf } from '../../src/answers/anchor.ts';

describe('a question timed by the day (week, month, year) another event happened on, without "same"', () => {
  it.each([
    ['What did the deputies sign on the day the ministers met in Valletta?', { event: 'the ministers met in Valletta', direction: 'after', count: 0, unit: 'day' }],
    ['what happened in the week the ferry strike began', { event: 'the ferry strike began', count: 0, unit: 'week' }],
    ['What happened on the day that Abela flew to Rome?', { event: 'Abela flew to Rome', count: 0, unit: 'day' }],
    ['What happened in the month when the harbour closed?', { event: 'the harbour closed', count: 0, unit: 'month' }],
    ['Vad hände dagen då hamnen stängdes?', { event: 'hamnen stängdes', count: 0, unit: 'day' }],
    ['Vad skrev ministrarna under på dagen när ledarna möttes?', { event: 'ledarna möttes', count: 0, unit: 'day' }],
  ])('%s', (text, anchor) => {
    expect(anchorOf(text, true)).toMatchObject(anchor);
  });

  it.each([
    // A count after the unit keeps its own reading; a date after it is no event.
    ['What happened on the day after the strike?', { event: 'the strike', count: null, unit: 'day' }],
    ['What happened in the week before the vote?', { event: 'the vote', direction: 'before', count: null, unit: 'week' }],
  ])('keeps a count a count: %s', (text, anchor) => {
    expect(anchorOf(text, true)).toMatchObject(anchor);
  });

  it.each(['What did they sign in the year 2019?', 'What happened on the day of the strike?', 'What happened in the month of July?'])('names no event: %s', (text) => {
    expect(anchorOf(text, false)).toBeNull();
  });
});
