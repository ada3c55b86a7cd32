/**
 * The project's own source documents, with the publication dates data/documents.json
 * records. These pin down the whole pipeline on real, messy text: machine translation
 * (000), a fact file (001), PDF extraction (002), a news report (003) and Swedish (004).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDates, type DateMention } from '../../src/dates/index.ts';

const DIR = new URL('../../data/documents/', import.meta.url);

function document(prefix: string): string {
  const file = readdirSync(DIR).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no document ${prefix}`);
  return readFileSync(new URL(file, DIR), 'utf8');
}

const summary = (m: DateMention): string => `${m.text} = ${m.value}${m.certain ? '' : ' ?'}${m.qualifier ? ` (${m.qualifier})` : ''}`;

describe('000, machine-translated timeline (published 2019-07-12)', () => {
  const mentions = extractDates(document('000_'), { reference: '2019-07-12', lang: 'en' });

  it('finds every date in order, with the narrative filling in the missing years', () => {
    expect(mentions.map(summary)).toEqual([
      'the end of 2015 = 2015 (end)',
      'Friday = 2019-07-12 ?',
      '24 November 2015 = 2015-11-24',
      'June 27, 2016 = 2016-06-27',
      'In 29 = 2016-06-29 ?',
      'July = 2016-07 ?',
      '9 August 2016 = 2016-08-09',
      'October 10, 2016 = 2016-10-10',
      '2017 = 2017',
      'January 2017 = 2017-01',
      'March 10, 2017 = 2017-03-10',
      '2020 = 2020',
      'the end of May = 2017-05 ? (end)',
      'September 12, 2017 = 2017-09-12',
      'April 3, 2018 = 2018-04-03',
      '2023 = 2023',
      'September 2018 = 2018-09',
      'the end of April 2019 = 2019-04 (end)',
      'May 18 = 2019-05-18 ?',
    ]);
  });

  it('says where implied parts came from', () => {
    const byText = new Map(mentions.map((m) => [m.text, m]));
    expect(byText.get('In 29')).toMatchObject({ anchor: 'narrative', garbled: true, granularity: 'day' });
    expect(byText.get('July')).toMatchObject({ anchor: 'narrative', granularity: 'month' });
    expect(byText.get('the end of May')).toMatchObject({ anchor: 'narrative', qualifier: 'end' });
    expect(byText.get('Friday')).toMatchObject({ anchor: 'publication' });
    expect(byText.get('24 November 2015')).toMatchObject({ anchor: 'explicit', certain: true });
  });

  it('reads no date into S400, Su24 or F16', () => {
    expect(mentions.some((m) => /S400|Su24|F16/.test(m.text))).toBe(false);
  });
});

describe('001, AFP fact file (published 2020-02)', () => {
  it('resolves "The following month", "In August", "In late May" and "On February 27"', () => {
    const mentions = extractDates(document('001_'), { reference: '2020-02', lang: 'en' });
    expect(mentions.map(summary)).toEqual([
      '2015 = 2015',
      'November 2015 = 2015-11',
      'June 2016 = 2016-06',
      'The following month = 2016-07 ?',
      'August = 2016-08 ?',
      'January 2017 = 2017-01',
      'March 2017 = 2017-03',
      'late May = 2017-05 ? (late)',
      'September 2018 = 2018-09',
      'July 2019 = 2019-07',
      'January 2020 = 2020-01',
      'February 3, 2020 = 2020-02-03',
      '2016 = 2016',
      'February 27 = 2020-02-27 ?',
      'December 2019 = 2019-12',
    ]);
  });
});

describe('002, PDF extraction of a news report (published 2019-09-05)', () => {
  const mentions = extractDates(document('002_'), { reference: '2019-09-05', lang: 'en' });

  it('anchors this year’s dates on the dateline and the publication date', () => {
    expect(mentions.map(summary)).toEqual([
      '05.09.2019 = 2019-09-05',
      'August 27 = 2019-08-27 ?',
      'August 19 = 2019-08-19 ?',
      'Saturday = 2019-08-31 ?',
      'August 22 = 2019-08-22 ?',
      'June 6 = 2019-06-06 ?',
      'July = 2019-07 ?',
      'December 2017 = 2017-12',
      'Wednesday = 2019-09-04 ?',
      'Today = 2019-09-05 ?',
      'today = 2019-09-05 ?',
      '2023 = 2023',
      '1952 = 1952',
      '2016 = 2016',
      'August 7 = 2019-08-07 ?',
      'Saturday = 2019-08-31 ?',
      'Three weeks later = 2019-W38 ?',
    ]);
  });

  it('takes neither MAKS-2019, S-400, F-35 nor "200 Turkish soldiers" for dates', () => {
    expect(mentions.some((m) => /MAKS|S-400|F-35|200/.test(m.text) && m.text !== '2023')).toBe(false);
  });
});

describe('003, news report dated only to its year (2021)', () => {
  it('cannot place "said Monday" on a day, but can place "last year"', () => {
    const mentions = extractDates(document('003_'), { reference: '2021', lang: 'en' });
    expect(mentions.map(summary)).toEqual([
      'March 15, 2020 = 2020-03-15',
      'Monday = 2021 ?',
      'September 2015 = 2015-09',
      'March 2020 = 2020-03',
      'last year = 2020',
    ]);
  });
});

describe('004, Swedish fact box (published 2017-03)', () => {
  it('resolves "förra året", "Två dagar senare" and "i år"', () => {
    const mentions = extractDates(document('004_'), { reference: '2017-03', lang: 'sv' });
    expect(mentions.map(summary)).toEqual([
      '2017-03 = 2017-03',
      '24 november 2015 = 2015-11-24',
      '27 juni förra året = 2016-06-27',
      'Två dagar senare = 2016-06-29 ?',
      'augusti 2016 = 2016-08',
      'januari 2017 = 2017-01',
      'december förra året = 2016-12',
      'februari i år = 2017-02',
    ]);
    expect(mentions.find((m) => m.text === 'Två dagar senare')).toMatchObject({ anchor: 'previous-event' });
  });
});
