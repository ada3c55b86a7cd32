/**
 * Timeline writing: dates without a year take it from the running narrative (the last
 * scene-setting date before them), not from the publication date, and anaphoric dates
 * count from the previous date. All of these are implied, hence uncertain.
 */
import { describe, expect, it } from 'vitest';
import { extractDates, narrativeAfter, type DateMention } from '../../src/dates/index.ts';

type Expected = Partial<DateMention>;

function extract(text: string, reference = '2019-07-12', lang: 'en' | 'sv' = 'en', narrative?: string): DateMention[] {
  return extractDates(text, { reference, lang, ...(narrative ? { narrative } : {}) });
}

describe('yearless dates take the narrative year', () => {
  it.each<[string, Expected[]]>([
    [
      'On June 27, 2016, Erdogan sent a letter. In July Putin was the first foreign leader to call.',
      [{ value: '2016-06-27', anchor: 'explicit' }, { text: 'July', value: '2016-07', anchor: 'narrative', certain: false }],
    ],
    [
      'On March 10, 2017, Erdogan and Putin praised their relations. At the end of May Putin ordered the lifting of sanctions.',
      [{ value: '2017-03-10' }, { text: 'the end of May', value: '2017-05', qualifier: 'end', anchor: 'narrative', certain: false }],
    ],
    [
      'In March 2017, Putin and Erdogan announce the normalisation of ties. In late May, Putin orders the lifting of most sanctions.',
      [{ value: '2017-03' }, { text: 'late May', value: '2017-05', qualifier: 'late', anchor: 'narrative' }],
    ],
    [
      'The regime has stepped up air raids since the end of April 2019. On May 18, Erdogan announced new systems.',
      [{ value: '2019-04', qualifier: 'end' }, { text: 'May 18', value: '2019-05-18', anchor: 'narrative' }],
    ],
    [
      'On February 3, 2020, clashes took place. On February 27, the army suffered its worst losses.',
      [{ value: '2020-02-03' }, { value: '2020-02-27', anchor: 'narrative' }],
    ],
  ])('%s', (text, expected) => {
    expect(extract(text)).toMatchObject(expected);
  });

  it('moves forward: a month already past in the narrative is next year’s', () => {
    expect(extract('On 24 November 2015, a jet was shot down. In June, Erdogan expressed regret.')).toMatchObject([
      { value: '2015-11-24' },
      { value: '2016-06', anchor: 'narrative' },
    ]);
  });

  it('never runs past the publication date in a past-tense story', () => {
    // Publication 2013-03-22: August 2013 had not happened yet.
    const text = 'Raymond Roth went missing late last July. Police arrested both men in early August. His wife told CNN in August that he had been fired in July.';
    expect(extract(text, '2013-03-22').map((m) => m.value)).toEqual(['2012-07', '2012-08', '2012-08', '2012-07']);
  });

  it('takes the narrative carried in by the caller', () => {
    expect(extract('In July, Putin called Erdogan.', '2019-07-12', 'en', '2016-06-29')).toMatchObject([{ value: '2016-07', anchor: 'narrative' }]);
  });

  it('hands the narrative on from passage to passage', () => {
    const options = { reference: '2019-07-12', lang: 'en' as const };
    // Not the last mention: a limit does not move the narrative.
    expect(narrativeAfter('On March 10, 2017, they signed a plan until 2020.', options)).toBe('2017-03-10');
    expect(narrativeAfter('Nothing dated here.', { ...options, narrative: '2016-06' })).toBe('2016-06');
    expect(narrativeAfter('Nothing dated here.', options)).toBeUndefined();
    const narrative = narrativeAfter('On June 27, 2016, Erdogan sent a letter.', options);
    expect(extractDates('In 29, Putin ordered lifting sanctions. In July Putin called.', { ...options, narrative })).toMatchObject([
      { value: '2016-06-29', garbled: true },
      { value: '2016-07', anchor: 'narrative' },
    ]);
  });
});

describe('what does not move the narrative', () => {
  it('a limit: "until 2020"', () => {
    const text = 'On March 10, 2017, they signed a cooperation plan until 2020. At the end of May sanctions were lifted.';
    expect(extract(text).map((m) => m.value)).toEqual(['2017-03-10', '2020', '2017-05']);
  });

  it('a year in passing ("since 1952", "a failed 2016 coup attempt"), so publication decides', () => {
    const text = 'Turkey, a member of NATO since 1952, survived a failed 2016 coup attempt. On August 7, officials agreed to build a safe zone.';
    expect(extract(text, '2019-09-05')).toMatchObject([{ value: '1952' }, { value: '2016' }, { text: 'August 7', value: '2019-08-07', anchor: 'publication' }]);
  });

  it('a year in passing after a full date: "troops first sent in 2016"', () => {
    const text = 'On February 3, 2020, the worst clashes since Ankara first sent in troops in 2016 take place. On February 27, the army suffers losses.';
    expect(extract(text).map((m) => m.value)).toEqual(['2020-02-03', '2016', '2020-02-27']);
  });

  it('a plan after publication: "since December" after "from 15 March the soldiers are to patrol" is last December', () => {
    const text = 'Striderna upphörde i torsdags. Från den 15 mars ska soldaterna patrullera vägen. Sedan december har en miljon människor flytt.';
    // A Swedish date that opens its sentence takes its tense from the verb after it, as verb-second order puts it.
    expect(extract(text, '2020-03-06', 'sv').map((m) => m.value)).toEqual(['2020-03-05', '2020-03-15', '2019-12']);
  });

  it('an attribute: "the August 1988 cease-fire"', () => {
    const text = 'Iran had rejected the treaty following the August 1988 cease-fire. Iraq invaded Kuwait on Aug. 2.';
    expect(extract(text, '1990-08-15').map((m) => m.value)).toEqual(['1988-08', '1990-08-02']);
  });

  it('a weekday brings the story back to the present', () => {
    const text = 'A contract was signed in December 2017. On Wednesday, Esper spoke. On August 7, officials agreed.';
    expect(extract(text, '2019-09-05').map((m) => m.value)).toEqual(['2017-12', '2019-09-04', '2019-08-07']);
  });
});

describe('year frames hold for their paragraph', () => {
  it('"In 2016, … In July, …" is July 2016', () => {
    expect(extract('In 2016, Turkey shot down a drone. In July, a coup failed.', '2019-07-12')).toMatchObject([
      { value: '2016' },
      { value: '2016-07', anchor: 'narrative' },
    ]);
  });

  it('but not in a later paragraph', () => {
    expect(extract('In 2011, the council pushed back.\n\nOn Feb. 28, Deutsche Bank released a note.', '2013-03-21')).toMatchObject([
      { value: '2011' },
      { value: '2013-02-28', anchor: 'publication' },
    ]);
  });
});

describe('counted from the previous date', () => {
  it.each<[string, string, Expected]>([
    ['There is a thaw in June 2016 when Erdogan expresses regret. The following month he offers support.', 'en', { text: 'The following month', value: '2016-07', granularity: 'month' }],
    ['On June 27, 2016, Erdogan wrote. Two days later they spoke by phone.', 'en', { text: 'Two days later', value: '2016-06-29', granularity: 'day' }],
    ['On June 27, 2016, Erdogan wrote. The same day, Putin answered.', 'en', { text: 'The same day', value: '2016-06-27' }],
    ['In March 2017, they met. Later that year, sanctions were lifted.', 'en', { text: 'Later that year', value: '2017', granularity: 'year' }],
    ['On 31 August 2019, Erdogan spoke. Three weeks later, talks were held.', 'en', { text: 'Three weeks later', value: '2019-W38', granularity: 'week' }],
    ['Erdogan skrev den 27 juni 2016. Två dagar senare talar ledarna i telefon.', 'sv', { text: 'Två dagar senare', value: '2016-06-29' }],
    ['Mötet hölls den 9 augusti 2016. Dagen därpå reste han hem.', 'sv', { text: 'Dagen därpå', value: '2016-08-10' }],
  ])('%s', (text, lang, expected) => {
    expect(extract(text, '2019-09-05', lang as 'en' | 'sv')[1]).toMatchObject({ ...expected, certain: false, anchor: 'previous-event' });
  });

  it.each<[string, 'en' | 'sv', string]>([
    ['On 5 March 2020, Putin and Erdogan agreed a truce. Since December, a million people have fled. Two days earlier, 33 soldiers were killed.', 'en', '2020-03-03'],
    ['Den 5 mars 2020 enades Putin och Erdogan om en vapenvila. Sedan december har en miljon människor flytt. Två dagar tidigare dödades 33 soldater.', 'sv', '2020-03-03'],
  ])('counts from the story’s last happening, not from the start of a state told in between: %s', (text, lang, value) => {
    expect(extract(text, '2020-03-06', lang)[2]).toMatchObject({ value, anchor: 'previous-event' });
  });

  it.each<[string, 'en' | 'sv', string]>([
    ['On 24 November 2015, jets shot down a bomber. Moscow answered with sanctions a few days later.', 'en', '2015-11'],
    ['On 28 November 2015, jets shot down a bomber. A few days later, Moscow answered with sanctions.', 'en', '2015-W49'],
    ['On 24 November 2015, jets shot down a bomber. Several weeks earlier, talks had failed.', 'en', '2015'],
    ['Den 24 november 2015 sköts ett plan ned. Några dagar senare kom sanktionerna.', 'sv', '2015-11'],
  ])('gives a vague count the period that holds all it may mean: %s', (text, lang, value) => {
    expect(extract(text, '2016-01-10', lang)[1]).toMatchObject({ value, certain: false, anchor: 'previous-event' });
  });

  it('gives a vague count nothing when no year holds all it may mean', () => {
    expect(extract('In May 2015, they met. A few years later, they met again.', '2020-01-10').map((m) => m.value)).toEqual(['2015-05']);
  });

  it('gives only the previous date’s own precision when it is coarser than the count', () => {
    expect(extract('In June 2016 Erdogan wrote. Two days later they spoke.')[1]).toMatchObject({ value: '2016-06', granularity: 'month', certain: false });
  });

  it('skips phrases that name their own anchor, and anaphora with nothing before', () => {
    expect(extract('On June 6, 2019 he wrote. The same day Erdogan and Putin met, missiles arrived.').map((m) => m.value)).toEqual(['2019-06-06']);
    expect(extract('Two days later they spoke by phone.')).toEqual([]);
  });

  it('"the end of the year" is the narrative year', () => {
    expect(extract('This flu season started in early December 2012 and peaked by the end of year.', '2013-03-22')).toMatchObject([
      { value: '2012-12', qualifier: 'early' },
      { text: 'the end of year', value: '2012', qualifier: 'end', anchor: 'narrative' },
    ]);
  });
});

describe('garbled machine translation', () => {
  it('reads "In 29," after "On June 27, 2016" as the 29th of the narrative month, uncertain', () => {
    const text = 'On June 27, 2016, Erdogan sent a letter. In 29, Putin ordered lifting sanctions.';
    expect(extract(text)[1]).toMatchObject({ text: 'In 29', value: '2016-06-29', granularity: 'day', certain: false, garbled: true, anchor: 'narrative' });
  });

  it('never guesses a month or year it does not have', () => {
    expect(extract('In 29, Putin ordered lifting sanctions.')).toEqual([]);
    expect(extract('In 2016, X happened. In 29, Putin ordered lifting sanctions.').map((m) => m.value)).toEqual(['2016']);
    // Backwards from the narrative day is not a plausible reading either.
    expect(extract('On June 27, 2016, Erdogan wrote. In 12, Putin answered.').map((m) => m.value)).toEqual(['2016-06-27']);
  });

  it('leaves ordinary numbers alone', () => {
    expect(extract('On June 27, 2016, Erdogan wrote. In 29 cases, nothing happened.').map((m) => m.value)).toEqual(['2016-06-27']);
  });
});
