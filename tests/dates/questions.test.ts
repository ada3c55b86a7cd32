/** Short inputs as the question analysis will pass them: one date expression and little context. */
import { describe, expect, it } from 'vitest';
import { extractDates, partialDateRange, type DateMention } from '../../src/dates/index.ts';

type Expected = Partial<DateMention>;

describe('questions', () => {
  it.each<[string, 'en' | 'sv', Expected[]]>([
    ['What happened in 2016?', 'en', [{ text: '2016', value: '2016', granularity: 'year', certain: true }]],
    ['between 2016 and 2017', 'en', [{ value: '2016' }, { value: '2017' }]],
    ['before 2018', 'en', [{ value: '2018' }]],
    ['in July 2019', 'en', [{ text: 'July 2019', value: '2019-07', granularity: 'month' }]],
    ['What did Putin say in late 2019?', 'en', [{ value: '2019', qualifier: 'late' }]],
    ['Vad hände i februari 2020?', 'sv', [{ text: 'februari 2020', value: '2020-02', granularity: 'month' }]],
    ['Vad hände förra året?', 'sv', [{ value: '2020', anchor: 'publication' }]],
    ['What happened last year?', 'en', [{ value: '2020', anchor: 'publication' }]],
    ['What is new?', 'en', []],
  ])('%s', (question, lang, expected) => {
    expect(extractDates(question, { reference: '2021-06-01', lang })).toMatchObject(expected);
  });

  it('turns a question’s dates into day ranges for filtering', () => {
    const [from, to] = extractDates('between 2016 and 2017', { reference: '2021-06-01', lang: 'en' });
    expect([partialDateRange(from?.value ?? '').start, partialDateRange(to?.value ?? '').end]).toEqual(['2016-01-01', '2017-12-31']);
  });

  it('rejects a malformed reference or narrative instead of guessing', () => {
    expect(() => extractDates('in July', { reference: 'March 2017', lang: 'en' })).toThrow(/reference/);
    expect(() => extractDates('in July', { reference: '2017-W10', lang: 'en' })).toThrow(/reference/);
    expect(() => extractDates('in July', { reference: '2017', lang: 'en', narrative: '199' })).toThrow(/narrative/);
  });
});
