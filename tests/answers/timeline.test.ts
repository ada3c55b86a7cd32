import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeQuestion } from '../../src/answers/question.ts';
import { answerSchema, type Answer } from '../../src/answers/schema.ts';
import { createEngine, type Engine } from '../../src/engine.ts';

const now = new Date('2026-11-21T12:00:00Z');

describe('a topic timeline in any wording', () => {
  it.each(['What has happened with the pipeline?', "What's been happening with the missiles?", 'Vad har hänt med gasledningen?'])(
    'reads the present perfect "%s" as the story up to now, not one event',
    (text) => {
      expect(analyzeQuestion(text, now)).toMatchObject({ kind: 'period', period: { start: '0001-01-01', end: '9999-12-31' } });
    },
  );

  it.each([
    ['What are the key moments of the pipeline?', 'pipeline'],
    ['What were the turning points in the missile dispute?', 'missile dispute'],
    ['What happened with the nuclear plant over the years?', 'nuclear plant'],
    ['Vad hände med kärnkraftverket genom åren?', 'kärnkraftverket'],
  ])('reads "%s", which names a list of happenings before its topic or spans the whole story, as the timeline of %j', (text, topic) => {
    const analysed = analyzeQuestion(text, now);
    expect(analysed).toMatchObject({ kind: 'period', period: { start: '0001-01-01', end: '9999-12-31' } });
    expect(analysed.topic?.trim()).toMatch(new RegExp(`${topic}\\W*$`, 'u'));
  });

  it.each([
    ['Give me a rundown of the nuclear plant', 'nuclear plant'],
    ['catch me up on the missile row', 'missile row'],
    ['Can you fill me in on the pipeline talks?', 'pipeline talks'],
    ['How did the border crisis unfold?', 'border crisis'],
    ['how has the gas dispute played out', 'gas dispute'],
  ])('reads "%s", asking for the story so far or how it went on, as the timeline of %j', (text, topic) => {
    const analysed = analyzeQuestion(text, now);
    expect(analysed).toMatchObject({ kind: 'period', period: { start: '0001-01-01', end: '9999-12-31' } });
    expect(analysed.topic?.replace(/[?\s]+$/u, '')).toMatch(new RegExp(`(?:^|\\s)${topic}$`, 'u'));
  });

  it.each([
    ['Tell me about the missile row', 'missile row'],
    ['Berätta om gasledningen', 'gasledningen'],
    ['The pipeline talks, step by step', 'The pipeline talks'],
    ['Kärnkraftverket från början till slut', 'Kärnkraftverket'],
    ['Hur gick bygget av ledningen till?', 'bygget av ledningen'],
    ['Sum up the harbour strike', 'the harbour strike'],
    ['The harbour strike in a nutshell', 'The harbour strike'],
    ["What's the deal with the harbour strike?", 'the harbour strike'],
    ['What do the documents know about the harbour strike?', 'the harbour strike'],
    ['Explain the harbour strike', 'the harbour strike'],
    ['Sammanfatta hamnstrejken', 'hamnstrejken'],
    ['Ge mig en överblick över hamnstrejken', 'hamnstrejken'],
    ['Vad vet vi om hamnstrejken?', 'hamnstrejken'],
  ])('reads "%s", asking to be told of a topic or told it in order, as the timeline of %j', (text, topic) => {
    const analysed = analyzeQuestion(text, now);
    expect(analysed).toMatchObject({ kind: 'period', period: { start: '0001-01-01', end: '9999-12-31' } });
    expect(analysed.topic.replace(/[?,\s]+$/u, '')).toBe(topic);
  });

  it.each(['Tell me when the pipeline opened', 'Explain why the strike ended'])('reads "%s" as the question it asks, not as a timeline', (text) => {
    expect(analyzeQuestion(text, now).kind).not.toBe('period');
  });

  it('reads "how did X develop the Y", a way of doing, as no timeline', () => {
    expect(analyzeQuestion('How did Russia develop the new missile?', now).kind).not.toBe('period');
  });

  it.each([
    ['What went on between Turkey and the Kurdish militias?', 'Kurdish militias'],
    ['What happened between Washington and Ankara over the jets?', 'Washington and Ankara over the jets'],
    ['Vad hände mellan Turkiet och kurderna?', 'kurderna'],
  ])('reads "%s", what happened between two parties at no date, as the story of their dealings, about %j', (text, topic) => {
    const analysed = analyzeQuestion(text, now);
    expect(analysed).toMatchObject({ kind: 'period', period: { start: '0001-01-01', end: '9999-12-31' } });
    expect(analysed.topic).toContain(topic);
  });

  it('reads "between X and Y" as a span only when it holds dates, and keeps the names of other parties in the topic', () => {
    expect(analyzeQuestion('Vad hände mellan Turkiet och Ryssland 2017?', now)).toMatchObject({ anchor: null, period: { start: '2017-01-01', end: '2017-12-31' } });
    expect(analyzeQuestion('Timeline of the fighting between Azerbaijan and Armenia', now).topic).toContain('Azerbaijan and Armenia');
  });
});

describe('the events of a topic', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ now: () => now });
  });
  const ask = (question: string): Answer => answerSchema.parse(engine.ask(question));
  const dates = (answer: Answer) => answer.events.map((e) => e.date);

  it('lists what happened, not a standing fact dated by a "since" clause', () => {
    // "a member of NATO since 1952" dates Turkey's membership, which is background to these documents.
    const answer = ask('What happened in 1952?');
    expect(answer.events).toEqual([]);
  });

  it('lets the pair itself ("between Moscow and Ankara") narrow nothing, and other parties narrow to their events', () => {
    const pair = ask('What went on between Moscow and Ankara in the summer of 2016?');
    expect(dates(pair)).toEqual(expect.arrayContaining(['2016-06-27', '2016-07', '2016-08-09']));
    const others = ask('Timeline of the fighting between Azerbaijan and Armenia');
    expect(others.events.length).toBeGreaterThan(0);
    expect(others.events.every((e) => /Azerbaijan|Armenia/u.test(e.summary))).toBe(true);
  });

  it('takes the events that hold the name a topic gives, however the rest of it is worded', () => {
    // The documents write "program"; "programme" is in none of them and narrows nothing.
    const answer = ask('List the events about the F-35 programme');
    expect(dates(answer)).toEqual(expect.arrayContaining(['2019-06-06', '2019-07']));
    expect(answer.events.every((e) => e.date >= '2017')).toBe(true);
  });

  it('does not let the thing said about a name ("affair", "systems") pull in events that do not name it', () => {
    for (const question of ['Chronology of the S-400 affair', "What's been happening with the S-400 systems?"]) {
      const answer = ask(question);
      expect(dates(answer)).toEqual(expect.arrayContaining(['2017-09-12', '2019-07']));
      // Trade ties ("affärer") and the reconciliation of 2016 never name the S-400.
      expect(answer.events.some((e) => e.date.startsWith('2016'))).toBe(false);
    }
  });

  it('takes for a topic of common words the events that hold one of two, not only the rarer, and says which words it matched', () => {
    const answer = ask('Timeline of the gas pipeline');
    expect(dates(answer)).toEqual(['2016-10-10', '2020-01']);
    expect(answer.answer).toMatch(/^The documents report 2 events about ‘gas pipeline’ for all dates:/u);
  });

  it.each([
    ['Timeline of the sanctions that Moscow later eased', 'Timeline of the sanctions'],
    ['List the events about the deliveries that angered Washington', 'List the events about the deliveries'],
  ])('takes "%s" by its noun, not by the relative clause that qualifies it, names in the clause included', (question, noun) => {
    expect(dates(ask(question))).toEqual(dates(ask(noun)));
  });

  it('lists no event for a topic that names something no document mentions, rather than the events of its other words', () => {
    const answer = ask('Timeline of the Brexit negotiations');
    expect(answer).toMatchObject({ abstained: true, events: [] });
    expect(answer.answer).toContain('Brexit');
  });

  it('reads a word no document uses and no name as the request, not a topic ("a digest of 2016" is 2016)', () => {
    const digest = ask('Could I have a digest of what happened in 2016?');
    expect(digest.abstained).toBe(false);
    expect(dates(digest)).toEqual(dates(ask('What happened in 2016?')));
  });
});

describe('a Swedish list of events', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await createEngine({ now: () => now });
  });

  it('gives the Swedish summary where a Swedish source tells the event, and marks an English one as English', () => {
    expect(engine.ask('Visa händelserna i augusti 2016').answer).toMatch(/• 9 augusti 2016: Vid ett möte mellan presidenterna i S:t Petersburg[^\n]*\[1\]/u);
    expect(engine.ask('Visa händelserna i april 2018').answer).toMatch(/• 3 april 2018: "Putin and Erdogan gave the green light[^"]*" \(på engelska\) \[1\]/u);
  });
});
