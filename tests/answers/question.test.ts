import { describe, expect, it } from 'vitest';
import { EARLIEST_WORDS, expectedFact } from '../../src/answers/expected.ts';
import { analyzeQuestion } from '../../src/answers/question.ts';
import { sanitizeQuestion } from '../../src/answers/sanitize.ts';

const now = new Date('2026-11-21T12:00:00Z');

describe('question analysis', () => {
  it.each([
    ['When did Turkish jets shoot down the Russian Su-24?', 'en', 'when', null],
    ['What year did the Astana talks start?', 'en', 'when', null],
    ['Which month did the two leaders first meet again?', 'en', 'when', null],
    ['Vilken vecka kom det första fartyget?', 'sv', 'when', null],
    ['Who is Mikhail Bogdanov?', 'en', 'who', null],
    ['Where did Putin and Erdogan meet in August 2016?', 'en', 'where', { start: '2016-08-01', end: '2016-08-31' }],
    ['How many soldiers died?', 'en', 'how-many', null],
    ['What happened in 2016?', 'en', 'period', { start: '2016-01-01', end: '2016-12-31' }],
    ['What happened between 2016 and 2017?', 'en', 'period', { start: '2016-01-01', end: '2017-12-31' }],
    ['What happened before 2018?', 'en', 'period', { start: '0001-01-01', end: '2017-12-31' }],
    ['between 2016 and 2017', 'en', 'period', { start: '2016-01-01', end: '2017-12-31' }],
    ['När sköt turkiska F-16-plan ned det ryska stridsflygplanet?', 'sv', 'when', null],
    ['Vem sköt ihjäl den ryska ambassadören?', 'sv', 'who', null],
    ['Vad hände i februari 2020?', 'sv', 'period', { start: '2020-02-01', end: '2020-02-29' }],
    ['i februari 2020', 'sv', 'period', { start: '2020-02-01', end: '2020-02-29' }],
    // A year that describes a noun dates the noun, not what the question asks about.
    ["When was the city's 2009 flood plan first used?", 'en', 'when', null],
    ['När användes 2009 års översvämningsplan första gången?', 'sv', 'when', null],
    ['Why did the council act in 2009?', 'en', 'other', { start: '2009-01-01', end: '2009-12-31' }],
    // Words typed as a search ask for a date too.
    ['S-400 delivery date', 'en', 'when', null],
    ['date of the Astana talks', 'en', 'when', null],
    ['Datum för S-400-leveransen', 'sv', 'when', null],
  ] as const)('%s', (text, language, kind, period) => {
    expect(analyzeQuestion(text, now)).toMatchObject({ language, kind, period });
  });
});

describe('periods and timelines in any wording', () => {
  const all = { start: '0001-01-01', end: '9999-12-31' };
  it.each([
    ['Show me everything from 2018.', { start: '2018-01-01', end: '2018-12-31' }, ''],
    ['list the events of 2017', { start: '2017-01-01', end: '2017-12-31' }, ''],
    ['Tell me what took place during 2015', { start: '2015-01-01', end: '2015-12-31' }, ''],
    ['Visa allt från 2018.', { start: '2018-01-01', end: '2018-12-31' }, ''],
    ['Lista händelserna under 2017', { start: '2017-01-01', end: '2017-12-31' }, ''],
    // A month without a year takes the year of the other end, not the one before today.
    ['What happened from May to July 2019?', { start: '2019-05-01', end: '2019-07-31' }, ''],
    ['Any events between June and August 2016?', { start: '2016-06-01', end: '2016-08-31' }, ''],
    ['Vad hände mellan juni och augusti 2016?', { start: '2016-06-01', end: '2016-08-31' }, ''],
    ['Everything from October 2020 to December, please', { start: '2020-10-01', end: '2020-12-31' }, ''],
    // The two countries' relations frame the whole corpus: a period, not a topic that filters events.
    ['Give me a timeline of 2020 in Russia–Turkey relations', { start: '2020-01-01', end: '2020-12-31' }, ''],
    ['What happened between the two countries in 2019?', { start: '2019-01-01', end: '2019-12-31' }, ''],
    ['Vad hände mellan Ryssland och Turkiet 2018?', { start: '2018-01-01', end: '2018-12-31' }, ''],
    // A topic timeline that names no span covers every date.
    ['Timeline of the S-400 affair', all, 'S-400 affair'],
    ['List everything about the gas pipeline', all, 'gas pipeline'],
    ['Tidslinje över gasledningen', all, 'gasledningen'],
    ['Which events concern the gas pipeline?', all, 'gas pipeline'],
    ['What events had to do with the S-400?', all, 'S-400'],
    // A part of a year or month is read as that part, and its words are no topic.
    ['What happened in late 2019?', { start: '2019-09-01', end: '2019-12-31' }, ''],
    ['What happened in early June 2016?', { start: '2016-06-01', end: '2016-06-10' }, ''],
    ['Events of the first half of 2020', { start: '2020-01-01', end: '2020-06-30' }, ''],
    ['Vad hände under andra halvan av 2019?', { start: '2019-07-01', end: '2019-12-31' }, ''],
    ['Vad hände under första halvåret 2016?', { start: '2016-01-01', end: '2016-06-30' }, ''],
    ['What happened from early 2016 to mid-2017?', { start: '2016-01-01', end: '2017-08-31' }, ''],
    ['Berätta om 2019', { start: '2019-01-01', end: '2019-12-31' }, ''],
    ['What happened in the first months of 2017?', { start: '2017-01-01', end: '2017-04-30' }, ''],
    ['Vad hände under de sista månaderna av 2019?', { start: '2019-09-01', end: '2019-12-31' }, ''],
    // Verbs of happening and requests to be walked through a span are no topic.
    ['Vilka händelser ägde rum hösten 2018?', { start: '2018-09-01', end: '2018-11-30' }, ''],
    ['Walk me through 2015 and 2016', { start: '2015-01-01', end: '2016-12-31' }, ''],
    // A topic told as a story, in other words than "timeline".
    ["What's the story with the S-400?", all, 'S-400'],
    ['Tell me the history of the sanctions', all, 'sanctions'],
    ['Give me the whole saga of the missile purchase', all, 'missile purchase'],
    ['All the events involving the Astana process', all, 'Astana process'],
    ['What has been going on with the F-35 jets?', all, 'F-35 jets'],
    ['everything about the pipeline', all, 'pipeline'],
    ['Vad hände kring Akkuyu?', all, 'Akkuyu'],
    ['Vilka händelser rör gasledningen?', all, 'gasledningen'],
    // A question that ends on what it asks for.
    ['Show me the Idlib events', all, 'Idlib'],
    ['What were the main TurkStream milestones?', all, 'TurkStream'],
  ])('%s', (text, period, topicWord) => {
    const analysis = analyzeQuestion(text, now);
    expect(analysis).toMatchObject({ kind: 'period', period });
    expect(analysis.topic.replace(/[^\p{L}\d -]/gu, '').trim()).toContain(topicWord);
    if (topicWord === '') expect(analysis.topic).not.toMatch(/\p{L}{4,}/u);
  });

  it.each([
    ['What did Russia do after the plane was shot down?', 'what'],
    ['Where did Putin and Erdogan meet in August 2016?', 'where'],
    ['Who is Mikhail Bogdanov?', 'who'],
    ['Did the deal go through?', 'other'],
    ['What happened to the Russian pilot?', 'what'],
  ])('leaves a question that asks for no list alone: %s', (text, kind) => {
    expect(analyzeQuestion(text, now).kind).toBe(kind);
  });

  it.each(['How long after the election did the minister resign?', 'How many weeks after the flood did the aid arrive?'])(
    'reads "how long after X did Y" as the time between two events, which their dates answer: %s',
    (text) => {
      expect(analyzeQuestion(text, now)).toMatchObject({ kind: 'order', comparison: { asks: 'how-long' } });
    },
  );

  it('reads the Swedish "hur länge efter X" as the English is read, the time between two events', () => {
    const analysis = analyzeQuestion('Hur länge efter valet avgick ministern?', now);
    expect(analysis).toMatchObject({ kind: 'order', comparison: { asks: 'how-long', events: [{ text: 'ministern' }, { text: 'valet' }] } });
  });
});

describe('a which-question after a kind of place', () => {
  it.each(['What city hosted the summit?', 'Which town did the convoy reach?', 'Which port did the ship leave from?'])('asks for a place: %s', (text) => {
    expect(expectedFact(analyzeQuestion(text, now))).toBe('place');
  });
});

describe('a Swedish question after a place in other words than "var"', () => {
  it.each(['På vilken flygbas landade helikoptern?', 'vid vilken hamnstad lade fartyget till', 'Från vilket land kom delegationen?', 'På vilken ö hölls mötet?'])('asks for a place: %s', (text) => {
    expect(expectedFact(analyzeQuestion(text, now))).toBe('place');
  });

  it.each(['I vilken rapport stod det?', 'På vilken sort av avtal enades de?'])('but not one whose noun only ends as a place noun does: %s', (text) => {
    expect(expectedFact(analyzeQuestion(text, now))).not.toBe('place');
  });
});

describe('a question after a price in any wording', () => {
  it.each(['What did the new bridge cost the city?', 'What will the port cost?', 'Vad kostade bron?'])('asks for a number, which an amount of money answers: %s', (text) => {
    expect(expectedFact(analyzeQuestion(text, now))).toBe('number');
  });
});

describe('a when-question after the earliest time: words its date answers', () => {
  it.each([
    ['When did Erdogan first say sorry over the downed jet?', ['first']],
    ['When did the army test-fire the system for the first time?', ['for the first time']],
    ['När sköt Turkiet för första gången ned ett ryskt plan?', ['för första gången']],
    ['When did Ankara get the first parts of the system?', []],
    ["When did Turkey's first reactor start?", []],
  ])('%s → %j', (question, words) => {
    expect([...question.matchAll(EARLIEST_WORDS)].map((m) => m[0])).toEqual(words);
  });
});

describe('question sanitising', () => {
  it.each([
    ['@everyone when was the ambassador killed?', 'when was the ambassador killed?'],
    ['<@123456> <@&987> <#42> hi', 'hi'],
    ['**bold** `code` <b>tag</b>', 'bold code tag'],
    ['zero\u200Bwidth\u0007', 'zero width'],
  ])('%j → %j', (raw, clean) => {
    expect(sanitizeQuestion(raw)).toBe(clean);
  });

  it('keeps at most 500 characters', () => {
    expect(sanitizeQuestion('a'.repeat(10_000))).toHaveLength(500);
  });
});
