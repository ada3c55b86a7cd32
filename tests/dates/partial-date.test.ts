import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatPartialDate, isCalendarDate, isPartialDate, partialDateRange } from '../../src/dates/index.ts';

describe('isPartialDate', () => {
  it.each([
    ['2016', true],
    ['2016-06', true],
    ['2016-06-27', true],
    ['2013-W11', true],
    ['2012-SU', true],
    ['2012-Q3', true],
    ['199', true],
    ['19', true],
    ['2016-13', false],
    ['2016-02-30', false],
    // ISO years have 52 or 53 weeks.
    ['2016-W53', false],
    ['2015-W53', true],
    ['2016-6', false],
    ['PRESENT_REF', false],
    ['June 2016', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isPartialDate(value)).toBe(expected);
  });
});

describe('isCalendarDate: the dates people give (options, edits, imports, stored rows)', () => {
  it.each(['2016', '2016-06', '2016-06-27', '2016-02-29', '0001'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });

  it.each(['16', '199', '0000', '2016-6', '2015-99', '2015-13', '2016-00', '2016-06-31', '2015-02-29', '2015-02-30', '2016-W05', '2016-SU', '2016/06', 'June 2016', ' 2016', '2016-06-27T00:00', ''])(
    'refuses %j',
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
    },
  );
});

describe('partialDateRange', () => {
  it.each([
    ['2016', '2016-01-01', '2016-12-31'],
    ['2016-02', '2016-02-01', '2016-02-29'],
    ['2017-02', '2017-02-01', '2017-02-28'],
    ['2016-06-27', '2016-06-27', '2016-06-27'],
    ['2016-SP', '2016-03-01', '2016-05-31'],
    ['2012-SU', '2012-06-01', '2012-08-31'],
    ['2016-FA', '2016-09-01', '2016-11-30'],
    // Winter starts in December of its year and runs into the next.
    ['2016-WI', '2016-12-01', '2017-02-28'],
    ['2012-Q3', '2012-07-01', '2012-09-30'],
    // ISO weeks start on Monday; 2013-W11 is 11–17 March 2013.
    ['2013-W11', '2013-03-11', '2013-03-17'],
    // Week 1 of 2016 starts on 4 January (the week of the first Thursday).
    ['2016-W01', '2016-01-04', '2016-01-10'],
    ['199', '1990-01-01', '1999-12-31'],
    ['19', '1900-01-01', '1999-12-31'],
  ])('%s covers %s … %s', (value, start, end) => {
    expect(partialDateRange(value)).toEqual({ start, end });
  });

  it('rejects what is not a partial date', () => {
    expect(() => partialDateRange('PRESENT_REF')).toThrow(/partial date/);
  });
});

describe('comparePartialDates', () => {
  it('orders by first day, the wider period first on a tie', () => {
    const values = ['2017-01', '2016-06-27', '2016', '2016-06', '2016-SU', '2015-11-24', '2016-06-29'];
    expect([...values].sort(comparePartialDates)).toEqual(['2015-11-24', '2016', '2016-SU', '2016-06', '2016-06-27', '2016-06-29', '2017-01']);
  });

  it.each([
    ['2016', '2017', -1],
    ['2018', '2017-12-31', 1],
    ['2016-06', '2016-06', 0],
  ])('%s vs %s → %d', (a, b, sign) => {
    expect(Math.sign(comparePartialDates(a, b))).toBe(sign);
  });
});

describe('formatPartialDate', () => {
  it.each<[string, 'en' | 'sv', string]>([
    ['2016-06-27', 'en', '27 June 2016'],
    ['2016-06-27', 'sv', '27 juni 2016'],
    ['2016-06', 'en', 'June 2016'],
    ['2017-02', 'sv', 'februari 2017'],
    ['2016', 'en', '2016'],
    ['2012-SU', 'en', 'summer 2012'],
    ['2012-SU', 'sv', 'sommaren 2012'],
    ['2012-Q3', 'en', 'Q3 2012'],
    ['2013-W11', 'en', 'week 11 of 2013'],
    ['199', 'en', 'the 1990s'],
    ['199', 'sv', '1990-talet'],
    ['19', 'en', 'the 20th century'],
    ['20', 'en', 'the 21st century'],
    ['19', 'sv', '1900-talet'],
  ])('%s (%s) → %s', (value, lang, expected) => {
    expect(formatPartialDate(value, lang)).toBe(expected);
  });

  it.each<[string, 'en' | 'sv', 'early' | 'mid' | 'late' | 'end' | 'start', string]>([
    ['2017-05', 'en', 'end', 'the end of May 2017'],
    ['2019', 'en', 'late', 'late 2019'],
    ['2018', 'en', 'mid', 'mid-2018'],
    ['2017-05', 'sv', 'end', 'slutet av maj 2017'],
    ['2017', 'sv', 'start', 'början av 2017'],
  ])('%s (%s, %s) → %s', (value, lang, qualifier, expected) => {
    expect(formatPartialDate(value, lang, qualifier)).toBe(expected);
  });

  it('rejects what is not a partial date', () => {
    expect(() => formatPartialDate('PRESENT_REF', 'en')).toThrow(/partial date/);
  });
});
