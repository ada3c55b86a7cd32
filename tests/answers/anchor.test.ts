import { beforeAll, describe, expect, it } from 'vitest';
import { anchorOf, ownEnd, periodRelativeTo } from '../../src/answers/anchor.ts';
import { analyzeQuestion, resolveAnchor } from '../../src/answers/question.ts';
import { answerSchema, type Answer } from '../../src/answers/schema.ts';
import { createEngine, type Engine } from '../../src/engine.ts';

const now = new Date('2026-01-15T12:00:00Z');

describe('a question anchored on another event', () => {
  it.each([
    ['What happened the month after the failed coup?', { event: 'the failed coup', direction: 'after', count: null, stretch: 1, unit: 'month' }],
    ['What did the two leaders do two days after Erdogan\'s letter?', { event: "Erdogan's letter", direction: 'after', count: 2, unit: 'day' }],
    ['What happened in the weeks before the Astana talks?', { event: 'the Astana talks', direction: 'before', count: null, stretch: 3, unit: 'week' }],
    ['What did Putin do the day before opening TurkStream?', { event: 'opening TurkStream', direction: 'before', count: null, stretch: 1, unit: 'day' }],
    ['What happened a few days after the summit?', { event: 'the summit', direction: 'after', count: null, stretch: 3, unit: 'day' }],
    ['Vad hände två dagar efter brevet till Putin?', { event: 'brevet till Putin', direction: 'after', count: 2, unit: 'day' }],
    ['Vad hände månaden efter kuppförsöket?', { event: 'kuppförsöket', direction: 'after', count: null, stretch: 1, unit: 'month' }],
    ['Vad hände en vecka efter att soldaterna dödats?', { event: 'soldaterna dödats', direction: 'after', count: 1, unit: 'week' }],
    ['What else happened the same day as the summit?', { event: 'the summit', direction: 'after', count: 0, unit: 'day' }],
    ['Vad hände samma månad som valet?', { event: 'valet', direction: 'after', count: 0, unit: 'month' }],
    ["What happened after Erdogan's letter?", { event: "Erdogan's letter", direction: 'after', count: null, unit: null }],
    ['Vad hände efter kuppförsöket?', { event: 'kuppförsöket', direction: 'after', count: null, unit: null }],
    ['What happened in the aftermath of the coup?', { event: 'the coup', direction: 'after', count: null, unit: null }],
    ['After the coup, what happened?', { event: 'the coup', direction: 'after', count: null, unit: null }],
    // A clause with a named subject names an event as a definite noun phrase does.
    ['What happened before Turkey got the missiles?', { event: 'Turkey got the missiles', direction: 'before', count: null, unit: null }],
    ['Which events followed the Sochi agreement?', { event: 'the Sochi agreement', direction: 'after', unit: null }],
    ['What preceded the coup attempt?', { event: 'the coup attempt', direction: 'before', unit: null }],
    // A unit opening with a letter beyond ASCII is a unit all the same.
    ['Vad hände året efter kuppförsöket?', { event: 'kuppförsöket', direction: 'after', count: null, stretch: 1, unit: 'year' }],
    ['What happened between the election and the end of that year?', { event: 'the election', until: 'the end of that year', unit: null }],
    ['Vad hände mellan valet och toppmötet?', { event: 'valet', until: 'toppmötet', unit: null }],
  ])('%s', (text, anchor) => {
    expect(anchorOf(text, true)).toMatchObject(anchor);
  });

  it('reads a bare "before the talks" as a span only in a question that asks what happened', () => {
    expect(anchorOf('What happened before the Astana talks?', true)).toMatchObject({ event: 'the Astana talks', direction: 'before', unit: null });
    expect(anchorOf('What did Russia do after the plane was shot down?', false)).toBeNull();
    // A name alone after "after" is no event: "Sweden" is not Swedish "mötet".
    expect(anchorOf('What happened after Sweden?', true)).toBeNull();
    expect(analyzeQuestion('When did Putin lift the sanctions after the phone call?', now).anchor).toBeNull();
  });

  it('reads a bare "after the summit" in a timeline request as the span it asks for, the rest as its topic', () => {
    expect(analyzeQuestion('Timeline of the sanctions after the summit', now)).toMatchObject({ kind: 'period', topic: 'the sanctions', anchor: { event: 'the summit', direction: 'after', unit: null } });
  });

  it.each([
    // [question, the anchor event's date, the period the question asks about]
    ['the month after the coup', '2016-07', { start: '2016-08-01', end: '2016-08-31' }],
    ['two days after the letter', '2016-06-27', { start: '2016-06-29', end: '2016-06-29' }],
    ['a week after the soldiers were killed', '2020-02-27', { start: '2020-03-05', end: '2020-03-05' }],
    ['the day before the ceremony', '2020-01-08', { start: '2020-01-07', end: '2020-01-07' }],
    ['two months after the meeting', '2017-03', { start: '2017-05-01', end: '2017-05-31' }],
    ['a month after the deal', '2019-01-31', { start: '2019-02-28', end: '2019-02-28' }],
    // The far end of a stretch of months reaches the end of its month: "July 2019" is in the month after 6 June.
    ['the month after the letter', '2019-06-06', { start: '2019-06-07', end: '2019-07-31' }],
    ['in the weeks before the talks', '2017-01', { start: '2016-12-01', end: '2016-12-31' }],
    ['in the year after the agreement', '2016-10-10', { start: '2016-10-11', end: '2017-12-31' }],
    ['what happened before the talks', '2017-01', { start: '0001-01-01', end: '2016-12-31' }],
    ['what happened after the coup', '2016-07', { start: '2016-08-01', end: '9999-12-31' }],
    ['the same day as the summit', '2018-04-04', { start: '2018-04-04', end: '2018-04-04' }],
    ['the same month as the summit', '2018-04', { start: '2018-04-01', end: '2018-04-30' }],
    // A span from an event runs from the event itself: one dated only to its month keeps that month.
    ['between the coup and the end of that year', '2016-07', { start: '2016-07-01', end: '2016-12-31' }],
    ['between the letter and the end of the month', '2016-06-27', { start: '2016-06-27', end: '2016-06-30' }],
    // "In the days after" without a count is the week that follows; "a few days" is three.
    ['in the days after the first deliveries', '2019-07-12', { start: '2019-07-13', end: '2019-07-19' }],
    ['a few days after the first deliveries', '2019-07-12', { start: '2019-07-13', end: '2019-07-15' }],
    ['året efter kuppförsöket', '2016-07', { start: '2016-08-01', end: '2017-12-31' }],
    // An approximate count is a reckoning: a quarter of it either side, as the date layer reads one in a document.
    ['about a week before the trip', '2019-08-27', { start: '2019-08-18', end: '2019-08-22' }],
    ['ungefär två veckor efter mötet', '2020-03-05', { start: '2020-03-15', end: '2020-03-23' }],
    // So is a count of weeks beyond one: "three weeks before" is not meant to the day.
    ['three weeks before the elections', '2023-05-14', { start: '2023-04-18', end: '2023-04-28' }],
    ['två veckor efter mötet', '2020-03-05', { start: '2020-03-15', end: '2020-03-23' }],
    ['about two months after the meeting', '2017-03', { start: '2017-05-01', end: '2017-05-31' }],
    // From a day, a count too small for a margin is reckoned in days (a month is thirty), and the span takes in its whole months.
    ['roughly a month after the letter', '2016-06-27', { start: '2016-07-01', end: '2016-08-31' }],
    ['about a year after the shoot-down', '2015-11-24', { start: '2016-08-01', end: '2017-02-28' }],
  ])('%s (%s)', (text, date, period) => {
    const anchor = anchorOf(text, true);
    expect(anchor).not.toBeNull();
    expect(periodRelativeTo(anchor!, date)).toEqual(period);
  });

  it('reads the end of a span as the end of the anchor\'s own year or month, or as another event', () => {
    expect(['the end of that year', 'the end of the year', 'slutet av året', 'årets slut'].map(ownEnd)).toEqual(['year', 'year', 'year', 'year']);
    expect(ownEnd('the end of that month')).toBe('month');
    expect(ownEnd('the Astana talks')).toBeNull();
    const anchor = anchorOf('What happened between the letter and the summit?', true)!;
    expect(periodRelativeTo(anchor, '2016-06-27', '2016-08')).toEqual({ start: '2016-06-27', end: '2016-08-31' });
  });

  it('asks for the anchor event in the question\'s language, then answers in the span around it', () => {
    const asked: string[] = [];
    const resolved = resolveAnchor(analyzeQuestion('Vad hände månaden efter kuppförsöket?', now), (words, language) => {
      asked.push(`${language}: ${words}`);
      return { date: '2016-07', eventId: 'coup' };
    });
    expect(asked).toEqual(['sv: kuppförsöket']);
    expect(resolved.anchorEvent).toBe('coup');
    expect(resolved).toMatchObject({ kind: 'period', period: { start: '2016-08-01', end: '2016-08-31' } });
    expect(resolved.topic).not.toMatch(/\p{L}/u);
  });

  it('finds both ends of a span between two events, and reads the question without them when one is not dated', () => {
    const question = analyzeQuestion('What happened between the letter and the summit?', now);
    const dates: Record<string, string> = { 'the letter': '2016-06-27', 'the summit': '2016-08' };
    expect(resolveAnchor(question, (words) => (dates[words] ? { date: dates[words] } : null)).period).toEqual({ start: '2016-06-27', end: '2016-08-31' });
    expect(resolveAnchor(question, (words) => (words === 'the letter' ? { date: '2016-06-27' } : null))).toMatchObject({ anchor: null, period: null });
  });

  it('reads the question without an anchor when the documents do not date the anchor event', () => {
    const resolved = resolveAnchor(analyzeQuestion('What happened the month after the moon landing?', now), () => null);
    expect(resolved).toMatchObject({ kind: 'what', period: null, anchor: null, topic: 'What happened the month after the moon landing?' });
  });
});

describe('answers to a question anchored on another event', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ now: () => new Date('2026-11-21T12:00:00Z') });
  });
  const ask = (question: string): Answer => answerSchema.parse(engine.ask(question));
  const inside = (answer: Answer, start: string, end: string) => answer.events.every((e) => e.date >= start && e.date.slice(0, end.length) <= end);

  it('leads with what happened nearest after the anchor event, dated and quoted, then lists the rest of the span', () => {
    const answer = ask('What happened the year after the jet was shot down?');
    expect(answer).toMatchObject({ abstained: false, date: '2016-06-27' });
    expect(answer.answer).toMatch(/^27 June 2016: ".*regret.*" \[1\]/u);
    expect(answer.answer).toContain('Also in 25 November 2015 – 31 December 2016:');
    expect(answer.events.map((e) => e.date)).toEqual(expect.arrayContaining(['2016-07', '2016-08-09', '2016-10-10']));
    expect(inside(answer, '2015-11-25', '2016-12')).toBe(true);
  });

  it('dates an anchor by the event that happened, not by a standing fact told in the same sentence', () => {
    // A sentence naming the coup attempt also says Turkey has been "a member of NATO since 1952".
    const answer = ask('What happened in the weeks after the attempted coup?');
    expect(answer).toMatchObject({ abstained: false, date: '2016-08-09' });
    expect(answer.answer).toContain('St. Petersburg');
  });

  it('answers a span from an event to the end of its year with the events of that span', () => {
    const answer = ask('What happened between the letter of regret and the end of that year?');
    expect(answer.date).toBe('2016-06-29');
    expect(answer.events.map((e) => e.date)).toEqual(expect.arrayContaining(['2016-08-09', '2016-12']));
    expect(inside(answer, '2016-06-27', '2016-12')).toBe(true);
  });

  it('tells what happened in the span, not a plan announced in it', () => {
    // A sentence of July 2019 says the first reactor "will enter the service in 2023".
    const answer = ask('What happened in the months after the Shanahan letter?');
    expect(answer.date).toMatch(/^2019-0[6-9]/u);
    expect(answer.answer).not.toContain('will enter the service');
    expect(inside(answer, '2019-06-07', '2019-09')).toBe(true);
  });

  it('says that nothing is told for the span, rather than answer with a sentence of another time', () => {
    const answer = ask('What did Erdogan do the day after the jet was shot down?');
    expect(answer).toMatchObject({ abstained: true, date: null });
    expect(answer.answer).toContain('no events for 25 November 2015');
  });

  it('does not answer with the anchor event itself', () => {
    const answer = ask('What else happened the same month as the Sochi demilitarised zone deal?');
    expect(answer.date).toBe('2018-09');
    expect(answer.answer).toContain('observation posts');
    expect(answer.answer).not.toMatch(/^[^"]*demilitari[sz]ed zone/iu);
  });
});
