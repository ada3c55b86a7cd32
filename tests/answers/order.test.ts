import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonOf } from '../../src/answers/comparison.ts';
import { leadOf } from '../../scripts/evaluation/answers.ts';
import { answerSchema, type Answer } from '../../src/answers/schema.ts';
import { createEngine, type Engine } from '../../src/engine.ts';

describe('a question comparing two events in time', () => {
  it.each([
    ['Did the summit take place before or after the election?', 'before-or-after', 'the summit', 'the election', 'When did the summit take place?'],
    ['Was the pipeline deal signed after the visit?', 'after', 'the pipeline deal', 'the visit', 'When was the pipeline deal signed?'],
    ['Did the embargo come before the talks?', 'before', 'the embargo', 'the talks', 'When did the embargo come?'],
    ['Was the blockade before or after the truce?', 'before-or-after', 'the blockade', 'the truce', 'When: the blockade?'],
    ['Which happened first, the strike or the ceasefire?', 'first', 'the strike', 'the ceasefire', 'When: the strike?'],
    ['What came earlier: the visit to Ankara or the Moscow summit?', 'first', 'the visit to Ankara', 'the Moscow summit', 'When: the visit to Ankara?'],
    ['Which came later, the referendum or the sanctions?', 'last', 'the referendum', 'the sanctions', 'When: the referendum?'],
    ['The embargo or the talks: which came first?', 'first', 'The embargo', 'the talks', 'When: The embargo?'],
    ['Vad hände först: valet eller toppmötet?', 'first', 'valet', 'toppmötet', 'När: valet?'],
    ['Vilket kom senare, avtalet eller besöket?', 'last', 'avtalet', 'besöket', 'När: avtalet?'],
    ['Hände besöket före eller efter valet?', 'before-or-after', 'besöket', 'valet', 'När hände besöket?'],
    ['Kom sanktionerna efter att planet sköts ned?', 'after', 'sanktionerna', 'planet sköts ned', 'När kom sanktionerna?'],
    ['sköts tolken före eller efter valet', 'before-or-after', 'tolken', 'valet', 'När sköts tolken?'],
    ['Undertecknades fördraget efter eller före att gränsen stängdes?', 'before-or-after', 'fördraget', 'gränsen stängdes', 'När undertecknades fördraget?'],
    ['How long after the bridge was opened did the ferry stop?', 'how-long', 'the ferry stop', 'the bridge was opened', 'When did the ferry stop?'],
    ['how soon after the vote were the troops sent', 'how-long', 'the troops sent', 'the vote', 'When were the troops sent?'],
    ['How long after the storm did the blackout happen?', 'how-long', 'the blackout', 'the storm', 'When did the blackout happen?'],
    ['Hur länge efter stormen slocknade lamporna?', 'how-long', 'lamporna', 'stormen', 'När slocknade lamporna?'],
    ['hur många dagar efter valet kom protesterna', 'how-long', 'protesterna', 'valet', 'När kom protesterna?'],
    ['Hur många veckor efter mötet i Oslo skrev ministern under avtalet?', 'how-long', 'ministern under avtalet', 'mötet i Oslo', 'När skrev ministern under avtalet?'],
    ['hur snart efter att bron öppnade stängdes färjan', 'how-long', 'färjan', 'bron öppnade', 'När stängdes färjan?'],
  ])('%s', (text, asks, first, second, firstWhen) => {
    const comparison = comparisonOf(text, /^(?:vad|vilket|hände|kom|sköts|undertecknades|hur)\b/iu.test(text) ? 'sv' : 'en');
    expect(comparison).toMatchObject({ asks, events: [{ text: first }, { text: second }] });
    expect(comparison?.events[0].whenQuestions[0]).toBe(firstWhen);
  });

  it.each([
    'What happened after the coup?',
    'Who was the first foreign leader to call Erdogan?',
    'When did Putin lift the sanctions after the phone call?',
    'Vad hände efter kuppförsöket?',
    'Vem talade före eller efter presidenten?',
    'Which leaders met in Sochi or in Astana?',
  ])('is not read into "%s"', (text) => {
    expect(comparisonOf(text, 'en')).toBeNull();
  });

  it('reads no comparison into a Swedish where-question ("var" before a finite verb asks where, not "was")', () => {
    expect(comparisonOf('var träffade ministern borgmästaren dagen innan bron invigdes', 'sv')).toBeNull();
    expect(comparisonOf('Var mötet före eller efter valet?', 'sv')).toMatchObject({ asks: 'before-or-after' });
  });
});

describe('order answers', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ now: () => new Date('2026-11-21T12:00:00Z') });
  });
  const ask = (question: string): Answer => answerSchema.parse(engine.ask(question));

  it('says the order first, in the question\'s terms, and cites both events in date order', () => {
    const answer = ask('Did the downing of the Su-24 happen before or after the failed coup?');
    expect(answer).toMatchObject({ kind: 'order', abstained: false, date: '2015-11-24' });
    expect(leadOf(answer.answer)).toMatch(/^Before: the downing of the Su-24 \(24 November 2015\), before the failed coup \(July 2016\)/u);
    expect(answer.answer).toMatch(/\[1\].*\[2\]/u);
    expect(answer.events.map((e) => e.date)).toEqual(['2015-11-24', '2016-07']);
  });

  it('answers "did X come before Y" with a yes or a no', () => {
    expect(leadOf(ask('Did the failed coup come after the downing of the Su-24?').answer)).toMatch(/^Yes, after:/u);
    expect(leadOf(ask('Did the failed coup come before the downing of the Su-24?').answer)).toMatch(/^No, after:/u);
  });

  it('names the earlier event for "which came first", in Swedish for a Swedish question', () => {
    const answer = ask('Vilket kom först, mordet på ambassadören eller kuppförsöket?');
    expect(answer.language).toBe('sv');
    expect(leadOf(answer.answer)).toMatch(/^Först: kuppförsöket \(juli 2016\), sedan mordet på ambassadören \(december 2016\)/u);
  });

  it('dates an event by a sentence that tells it in its words, with the names they give', () => {
    // "Under the deal Turkey sets up 12 military observation posts" (2018) is a deal, but not the S-400's.
    const answer = ask('Did the S-400 deal come after the reconciliation?');
    expect(leadOf(answer.answer)).toMatch(/^Yes, after: the S-400 deal \(12 September 2017\)/u);
  });

  it('dates an event by its words, as an anchor is found, when its when-question is declined', () => {
    const answer = ask('Kom mötet i S:t Petersburg före mordet på ambassadören?');
    expect(answer).toMatchObject({ kind: 'order', abstained: false, date: '2016-08-09' });
    expect(leadOf(answer.answer)).toMatch(/^Ja, före: mötet i S:t Petersburg \(9 augusti 2016\)/u);
  });

  it('answers "how long after X did Y" with the time between them, dated by the event asked of', () => {
    const answer = ask('How long after the downing of the Su-24 did the failed coup happen?');
    expect(answer).toMatchObject({ kind: 'order', abstained: false, date: '2016-07' });
    expect(leadOf(answer.answer)).toMatch(/^About 8 months: the failed coup \(July 2016\), after the downing of the Su-24 \(24 November 2015\)/u);
  });

  it('declines naming the event the documents do not date', () => {
    const answer = ask('Did the moon landing happen before the failed coup?');
    expect(answer).toMatchObject({ kind: 'order', abstained: true });
    expect(answer.answer).toContain('the moon landing');
  });
});
