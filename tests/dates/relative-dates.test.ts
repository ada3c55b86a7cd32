/**
 * Expressions counted from the publication date. 22 March 2013 was a Friday; 15 March
 * 2017 a Wednesday.
 */
import { describe, expect, it } from 'vitest';
import { extractDates, type DateMention } from '../../src/dates/index.ts';

type Expected = Partial<DateMention>;

function extract(text: string, reference: string, lang: 'en' | 'sv' = 'en', vague = false): DateMention[] {
  return extractDates(text, { reference, lang, vague });
}

describe('English, counted from publication (reference Friday 2013-03-22)', () => {
  it.each<[string, Expected]>([
    ['last year', { value: '2012', granularity: 'year' }],
    ['this year', { value: '2013' }],
    ['early this year', { text: 'early this year', value: '2013', qualifier: 'early' }],
    ['next year', { value: '2014' }],
    ['this fiscal year', { value: '2013' }],
    ['two years ago', { value: '2011', granularity: 'year' }],
    ['six years ago', { value: '2007' }],
    ['three months ago', { value: '2012-12', granularity: 'month' }],
    ['last month', { value: '2013-02', granularity: 'month' }],
    ['this month', { value: '2013-03' }],
    ['last week', { value: '2013-W11', granularity: 'week' }],
    ['in the last week', { text: 'the last week', value: '2013-W11' }],
    ['this week', { value: '2013-W12' }],
    ['next week', { value: '2013-W13' }],
    ['yesterday', { value: '2013-03-21', granularity: 'day' }],
    ['today', { value: '2013-03-22' }],
    ['tomorrow', { value: '2013-03-23' }],
    ['last quarter', { value: '2012-Q4', granularity: 'season' }],
    ['last summer', { value: '2012-SU', granularity: 'season' }],
    ['this summer', { value: '2013-SU' }],
    ['next spring', { value: '2014-SP' }],
    // Winter 2012 runs from December 2012 into February 2013.
    ['last winter', { value: '2012-WI' }],
    ['last July', { value: '2012-07', granularity: 'month' }],
    ['late last July', { text: 'late last July', value: '2012-07', qualifier: 'late' }],
    ['in July last year', { text: 'July last year', value: '2012-07' }],
    ['May 18 this year', { text: 'May 18 this year', value: '2013-05-18', granularity: 'day' }],
  ])('%s', (text, expected) => {
    expect(extract(text, '2013-03-22')).toMatchObject([{ ...expected, certain: true, anchor: 'publication' }]);
  });
});

describe('English weekdays: the latest such day on or before publication, unless the sentence looks ahead', () => {
  it.each<[string, string]>([
    ['Dr. Michael Jhung said Friday.', '2013-03-22'],
    ['George Lowe died in Ripley on Wednesday.', '2013-03-20'],
    ['Bogdanov said Monday.', '2013-03-18'],
    ['Erdogan said in Istanbul on Saturday.', '2013-03-16'],
    ['The talks ended last Friday.', '2013-03-15'],
    ['The ministers will meet on Monday.', '2013-03-25'],
    ['The ministers meet next Friday.', '2013-03-29'],
  ])('%s → %s', (text, value) => {
    // The weekday convention is an assumption about tense: never certain.
    expect(extract(text, '2013-03-22')).toMatchObject([{ value, granularity: 'day', certain: false, anchor: 'publication' }]);
  });

  it('ignores lower-case and plural weekdays', () => {
    expect(extract('Markets close on Fridays.', '2013-03-22')).toEqual([]);
  });
});

describe('months without a year and without a narrative', () => {
  it.each<[string, string]>([
    // Nearest to publication, as chrono does.
    ['BP agreed to sell back its stake in October.', '2012-10'],
    ['the program to run through June', '2013-06'],
    // A future cue looks ahead, a past verb right before looks back.
    ['The phased closure will begin on April 7, the FAA said.', '2013-04-07'],
    ['The book is due to be published in May.', '2013-05'],
    ['Evana Roth told CNN in August that she was unaware.', '2012-08'],
  ])('%s → %s', (text, value) => {
    expect(extract(text, '2013-03-22')).toMatchObject([{ value, certain: false, anchor: 'publication' }]);
  });

  it('does not take a past verb before a target ("extended to") as a past date', () => {
    expect(extract('The offer was extended to Nov. 20.', '1989-11-02')).toMatchObject([{ value: '1989-11-20' }]);
    expect(extract('The offer was extended in Nov. 20.', '1989-11-02')).toMatchObject([{ value: '1988-11-20' }]);
  });

  it('lets a weekday pick the year: 25 April 1998 was a Saturday', () => {
    expect(extract('The Times said in an editorial on Saturday, April 25:', '1998-04-24')).toMatchObject([
      { text: 'Saturday, April 25', value: '1998-04-25', certain: false },
    ]);
  });
});

describe('Swedish, counted from publication', () => {
  it.each<[string, string, Expected]>([
    ['förra året', '2017-03', { value: '2016', granularity: 'year' }],
    ['i fjol', '2017-03', { value: '2016' }],
    ['i år', '2017-03', { value: '2017' }],
    ['nästa år', '2017-03', { value: '2018' }],
    ['i ett brev till Putin den 27 juni förra året', '2017-03', { text: '27 juni förra året', value: '2016-06-27', granularity: 'day' }],
    ['I december förra året skjuter en turkisk polis ihjäl ambassadören.', '2017-03', { text: 'december förra året', value: '2016-12' }],
    ['I februari i år dödas flera turkiska soldater.', '2017-03', { text: 'februari i år', value: '2017-02' }],
    ['förra månaden', '2017-03', { value: '2017-02' }],
    ['för två år sedan', '2017-03', { value: '2015' }],
    ['i somras', '2017-03', { value: '2016-SU', granularity: 'season' }],
    ['i går', '2017-03-15', { value: '2017-03-14', granularity: 'day' }],
    ['förra veckan', '2017-03-15', { value: '2017-W10', granularity: 'week' }],
    ['i veckan', '2017-03-15', { value: '2017-W11' }],
  ])('%s (ref %s)', (text, reference, expected) => {
    expect(extract(text, reference, 'sv')).toMatchObject([{ ...expected, certain: true, anchor: 'publication' }]);
  });

  it('reads "i måndags" as last Monday', () => {
    expect(extract('Putin talade i måndags.', '2017-03-15', 'sv')).toMatchObject([{ text: 'i måndags', value: '2017-03-13', certain: false }]);
  });
});

describe('a reference too coarse for the expression', () => {
  it.each<[string, string, string, 'en' | 'sv']>([
    ['Bogdanov said Monday.', '2021', '2021', 'en'],
    ['The ministers met on Friday.', '2017-03', '2017-03', 'en'],
    ['last week', '2017', '2017', 'en'],
    ['last month', '2017', '2017', 'en'],
    ['Putin talade i måndags.', '2017-03', '2017-03', 'sv'],
    ['förra veckan', '2017-03', '2017-03', 'sv'],
  ])('%s with reference %s gives only the reference, uncertain', (text, reference, value, lang) => {
    expect(extract(text, reference, lang)).toMatchObject([{ value, certain: false, anchor: 'publication' }]);
  });

  it('still resolves what the reference does determine', () => {
    expect(extract('last year', '2017', 'en')).toMatchObject([{ value: '2016', certain: true }]);
  });
});

describe('quotations', () => {
  it('keeps the value but drops certainty: the speaker’s day may not be the publication day', () => {
    const [quoted] = extract('Erdogan replied: “Today we have taken a closer look at the industry.”', '2019-09-05');
    expect(quoted).toMatchObject({ text: 'Today', value: '2019-09-05', certain: false });
    const [reported] = extract('Today the ministry said the talks had ended.', '2019-09-05');
    expect(reported).toMatchObject({ text: 'Today', value: '2019-09-05', certain: true });
  });

  it('keeps explicit dates certain inside quotes', () => {
    expect(extract('“We met on 24 November 2015,” he said.', '2019-09-05')).toMatchObject([{ value: '2015-11-24', certain: true }]);
  });
});

describe('durations and vague references', () => {
  it.each(['during the past few years', 'the past five years', 'for two years', 'in recent weeks', 'a four-week closure', '90 days in jail'])(
    '%j is not a date',
    (text) => {
      expect(extract(text, '2013-03-22', 'en', true)).toEqual([]);
    },
  );

  it('reports "now" and "in the past" only when asked, as TimeML vague values', () => {
    const text = 'In the past, he set two conditions. Bob Dudley, now the head of BP, agreed.';
    expect(extract(text, '2013-03-22')).toEqual([]);
    expect(extract(text, '2013-03-22', 'en', true)).toMatchObject([
      { text: 'the past', value: 'PAST_REF', certain: false },
      { text: 'now', value: 'PRESENT_REF', certain: false },
    ]);
    expect(extract('Ryssland är nu en viktig partner.', '2017-03', 'sv', true)).toMatchObject([{ text: 'nu', value: 'PRESENT_REF' }]);
  });
});
