import { describe, expect, it } from 'vitest';
import { anchorOf, periodRelativeTo } from '../../src/answers/anchor.ts';
import { analyzeQuestion, resolveAnchor } from '../../src/answers/question.ts';

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
  ])('%s', (text, anchor) => {
    expect(anchorOf(text, true)).toMatchObject(anchor);
  });

  it('reads a bare "before the talks" as a span only in a question that asks what happened', () => {
    expect(anchorOf('What happened before the Astana talks?', true)).toMatchObject({ event: 'the Astana talks', direction: 'before', unit: null });
    expect(anchorOf('What did Russia do after the plane was shot down?', false)).toBeNull();
    expect(analyzeQuestion('When did Putin lift the sanctions after the phone call?', now).anchor).toBeNull();
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
  ])('%s (%s)', (text, date, period) => {
    const anchor = anchorOf(text, true);
    expect(anchor).not.toBeNull();
    expect(periodRelativeTo(anchor!, date)).toEqual(period);
  });

  it('asks for the anchor event in the question\'s language, then answers in the span around it', () => {
    const asked: string[] = [];
    const resolved = resolveAnchor(analyzeQuestion('Vad hände månaden efter kuppförsöket?', now), (when) => {
      asked.push(when);
      return '2016-07';
    });
    expect(asked).toEqual(['När: kuppförsöket?']);
    expect(resolved).toMatchObject({ kind: 'period', period: { start: '2016-08-01', end: '2016-08-31' } });
    expect(resolved.topic).not.toMatch(/\p{L}/u);
  });

  it('reads the question without an anchor when the documents do not date the anchor event', () => {
    const resolved = resolveAnchor(analyzeQuestion('What happened the month after the moon landing?', now), () => null);
    expect(resolved).toMatchObject({ kind: 'what', period: null, anchor: null, topic: 'What happened the month after the moon landing?' });
  });
});
