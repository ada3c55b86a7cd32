/**
 * Dates the text states in full: the value is certain and anchored in the text itself.
 * The reference date is fixed and far from every expected value, so none can come from it.
 */
import { describe, expect, it } from 'vitest';
import { extractDates, type DateMention } from '../../src/dates/index.ts';

type Expected = Partial<DateMention>;
const REFERENCE = '2021-03-10';

function extract(text: string, lang: 'en' | 'sv' = 'en'): DateMention[] {
  return extractDates(text, { reference: REFERENCE, lang });
}

describe('English calendar dates', () => {
  it.each<[string, Expected[]]>([
    ['On 24 November 2015, two F16 Turkish fighters dropped a Russian Su24 fighter.', [{ text: '24 November 2015', value: '2015-11-24', granularity: 'day' }]],
    ['On June 27, 2016, Erdogan sent a letter.', [{ text: 'June 27, 2016', value: '2016-06-27', granularity: 'day' }]],
    ['In September 2018, Moscow and Ankara announced an agreement.', [{ text: 'September 2018', value: '2018-09', granularity: 'month' }]],
    ['Turkish and Russian troops patrol on the M4 highway, March 15, 2020.', [{ text: 'March 15, 2020', value: '2020-03-15' }]],
    ['Since December 2019, the regime has been engaged in an offensive.', [{ text: 'December 2019', value: '2019-12' }]],
    ['A truce was brokered in March 2020.', [{ text: 'March 2020', value: '2020-03' }]],
    ['The editorial of Saturday, April 25, 1998 said so.', [{ text: 'Saturday, April 25, 1998', value: '1998-04-25' }]],
  ])('%s', (text, expected) => {
    const mentions = extract(text);
    expect(mentions).toMatchObject(expected);
    expect(mentions[0]).toMatchObject({ certain: true, anchor: 'explicit' });
  });

  it.each<[string, Expected[]]>([
    ['why was the march 2020 protocol signed', [{ text: 'march 2020', value: '2020-03' }]],
    ['what happened on 5 may 2019', [{ text: '5 may 2019', value: '2019-05-05' }]],
    ['what happened in july', [{ text: 'july' }]],
    ['what happened between march and may 2019', [{ text: 'march' }, { text: 'may 2019', value: '2019-05' }]],
    ['from may to july', [{ text: 'may' }, { text: 'july' }]],
  ])('reads a month typed in lower case next to a day or a year, one that is no other word, or one joined to another month: %s', (text, expected) => {
    expect(extract(text)).toMatchObject(expected);
  });

  it.each(['Protesters may march on the capital.', 'The talks may resume.', 'They may or may not come.'])('reads no month in a lower-case verb: %s', (text) => {
    expect(extract(text)).toEqual([]);
  });

  it('reads dotted dates day first, whatever the language', () => {
    expect(extract('By Ulas Atesci 05.09.2019 Russia and Turkey')).toMatchObject([{ text: '05.09.2019', value: '2019-09-05', certain: true }]);
    expect(extract('publicerad 5.9.2019', 'sv')).toMatchObject([{ value: '2019-09-05' }]);
  });

  it('reads ISO dates and partial ISO dates', () => {
    expect(extract('date 2017-03 Relationerna', 'sv')).toMatchObject([{ text: '2017-03', value: '2017-03', granularity: 'month' }]);
    expect(extract('updated 2019-07-12T10:00')).toMatchObject([{ value: '2019-07-12', granularity: 'day' }]);
    expect(extract('updated 2019-07-12.')).toMatchObject([{ text: '2019-07-12', value: '2019-07-12' }]);
  });

  it('flags a weekday that contradicts the date as damaged', () => {
    // 28 June 2016 was a Tuesday.
    expect(extract('On Monday, June 28, 2016, talks began.')).toMatchObject([{ value: '2016-06-28', certain: false, garbled: true }]);
  });
});

describe('bare years', () => {
  it.each<[string, string[]]>([
    ['What happened in 2016?', ['2016']],
    ['between 2016 and 2017', ['2016', '2017']],
    ['before 2018', ['2018']],
    ['a member of NATO since 1952', ['1952']],
    ['a partnership forged after overcoming a major 2015 diplomatic crisis', ['2015']],
    ['The two officials signed a cooperation plan until 2020.', ['2020']],
    ['The first reactor will enter the service in 2023.', ['2023']],
    ['the pandemic of 2009-2010', ['2009', '2010']],
    ['the expedition of 1957-58', ['1957', '1958']],
    ['the fall of Constantinople in 1453', ['1453']],
  ])('%s → %j', (text, values) => {
    const mentions = extract(text);
    expect(mentions.map((m) => m.value)).toEqual(values);
    expect(mentions.every((m) => m.granularity === 'year' && m.certain && m.anchor === 'explicit')).toBe(true);
  });

  it.each([
    'There are reportedly about 200 Turkish soldiers in the base.',
    'Turkey sets up 12 military observation posts in the area.',
    'Turkey has bought Russian S-400 air defenses.',
    'participation in the F-35 program, and the Su-24 was shot down',
    'the S400 system and two F16 fighters',
    'Erdogan and Putin attended the inauguration of the MAKS-2019 International Aviation and Space Salon.',
    'about 1500 people fled, and 2000 soldiers stayed',
    'the 1453 soldiers and $2019 in cash',
    'Resolution 2254 and a 3:07:35 finish',
  ])('finds no date in %j', (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe('qualified periods', () => {
  it.each<[string, Expected]>([
    ['the end of April 2019', { text: 'the end of April 2019', value: '2019-04', qualifier: 'end', granularity: 'month' }],
    ['by the end of 2015', { text: 'the end of 2015', value: '2015', qualifier: 'end', granularity: 'year' }],
    ['in late 2019', { text: 'late 2019', value: '2019', qualifier: 'late' }],
    ['in early 2017', { text: 'early 2017', value: '2017', qualifier: 'early' }],
    ['in mid-2018', { text: 'mid-2018', value: '2018', qualifier: 'mid' }],
    ['at the beginning of March 2020', { text: 'the beginning of March 2020', value: '2020-03', qualifier: 'start' }],
    ['in the early 1990s', { text: 'the early 1990s', value: '199', qualifier: 'early' }],
  ])('%s', (text, expected) => {
    expect(extract(text)).toMatchObject([{ ...expected, certain: true, anchor: 'explicit' }]);
  });

  it('does not read a qualifier out of another word', () => {
    expect(extract('the chocolate May 2019 sale')[0]).not.toHaveProperty('qualifier');
  });
});

describe('seasons, quarters, decades, centuries', () => {
  it.each<[string, string, Expected]>([
    ['in the summer of 2012', 'en', { text: 'the summer of 2012', value: '2012-SU', granularity: 'season' }],
    ['spring 2016', 'en', { value: '2016-SP', granularity: 'season' }],
    ['in winter 2016', 'en', { value: '2016-WI' }],
    ['the fourth quarter of 2012', 'en', { value: '2012-Q4', granularity: 'season' }],
    ['Q3 2019 results', 'en', { value: '2019-Q3' }],
    ['the 1990s', 'en', { text: '1990s', value: '199', granularity: 'year' }],
    ["the '90s", 'en', { value: '199' }],
    ['the 20th century', 'en', { text: '20th century', value: '19' }],
    ['the nineties', 'en', { value: '199' }],
    ['sommaren 2016', 'sv', { value: '2016-SU', granularity: 'season' }],
    ['under 1990-talet', 'sv', { value: '199' }],
    ['under 1900-talet', 'sv', { value: '19' }],
  ])('%s (%s)', (text, lang, expected) => {
    expect(extract(text, lang as 'en' | 'sv')).toMatchObject([{ ...expected, certain: true, anchor: 'explicit' }]);
  });
});

describe('Swedish calendar dates', () => {
  it.each<[string, Expected[]]>([
    ['Relationerna frös till is den 24 november 2015, då turkiska F-16-plan sköt ned ett ryskt plan av typen Su-24.', [{ text: '24 november 2015', value: '2015-11-24' }]],
    ['Vid ett möte i augusti 2016 meddelas att förbindelserna ska återupprättas.', [{ text: 'augusti 2016', value: '2016-08' }]],
    ['I januari 2017 inleder Ryssland och Turkiet gemensamma flyganfall.', [{ text: 'januari 2017', value: '2017-01' }]],
    ['i februari 2020', [{ value: '2020-02', granularity: 'month' }]],
    ['i slutet av maj 2019', [{ text: 'slutet av maj 2019', value: '2019-05', qualifier: 'end' }]],
  ])('%s', (text, expected) => {
    const mentions = extract(text, 'sv');
    expect(mentions).toMatchObject(expected);
    expect(mentions.every((m) => m.certain && m.anchor === 'explicit')).toBe(true);
  });

  it('does not read weekday abbreviations out of Swedish words ("fr" in "frös", "to", "on")', () => {
    expect(extract('Relationerna frös till is. Han tog det lugnt on och to.', 'sv')).toEqual([]);
  });
});

describe('offsets', () => {
  it('point into the input, end exclusive, and the text is the slice', () => {
    const text = 'Ryssland vill ha en ursäkt. Den 27 juni 2016 skrev Erdogan.';
    for (const m of extract(text, 'sv')) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(extract(text, 'sv')).toMatchObject([{ start: 32, end: 44, text: '27 juni 2016' }]);
  });
});
