import { describe, expect, it } from 'vitest';
import { DateRanges } from '../../src/dates/index.ts';

describe('the days of partial dates, worked out once', () => {
  it.each([
    ['2016', '2016-01-01', '2016-12-31'],
    ['2016-02', '2016-02-01', '2016-02-29'],
    ['2016-SU', '2016-06-01', '2016-08-31'],
    ['2020-W09', '2020-02-24', '2020-03-01'],
    ['2015-11-24', '2015-11-24', '2015-11-24'],
  ])('%s runs from %s to %s, in days and in epoch milliseconds', (date, start, end) => {
    const range = new DateRanges().of(date);
    expect(range).toEqual({ start, end, startMs: Date.parse(start), endMs: Date.parse(end) });
  });

  it('gives the same range again without working it out anew', () => {
    const ranges = new DateRanges();
    expect(ranges.of('2019-07')).toBe(ranges.of('2019-07'));
  });

  it('refuses what is no partial date', () => {
    expect(() => new DateRanges().of('last summer')).toThrow();
  });
});
