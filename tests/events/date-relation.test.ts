import { describe, expect, it } from 'vitest';
import { DateRanges } from '../../src/dates/index.ts';
import { dateRelation, type DateRelation } from '../../src/events/cluster.ts';

describe('how two dates of reports relate, for merging them into one happening', () => {
  it.each<[string, string, DateRelation]>([
    ['2015-11-24', '2015-11-24', 'same'],
    ['2015-11', '2015-11-24', 'compatible'],
    ['2015-11-24', '2015', 'compatible'],
    ['2020-W09', '2020-02-27', 'compatible'],
    ['2020-03-05', '2020-W10', 'compatible'],
    ['2020-W09', '2020-03-05', 'conflicting'],
    ['2020-02', '2020-W10', 'conflicting'],
    ['2016-06', '2016-08-09', 'conflicting'],
    ['2015-11-24', '2019-07-12', 'apart'],
  ])('%s and %s are %s', (a, b, expected) => {
    expect(dateRelation(a, b, new DateRanges())).toBe(expected);
  });
});
