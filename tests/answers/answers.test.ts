import { beforeAll, describe, expect, it } from 'vitest';
import { answerSchema, type Answer } from '../../src/answers/schema.ts';
import { createEngine, type Engine } from '../../src/engine.ts';

let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ now: () => new Date('2026-11-21T12:00:00Z') });
});

function ask(question: string): Answer {
  return answerSchema.parse(engine.ask(question));
}

/** Every quote is verbatim text of the cleaned document it cites, between a clause and about 300 characters. */
function expectVerbatimCitations(answer: Answer) {
  for (const c of answer.citations) {
    const doc = engine.corpus.documents.find((d) => d.meta.id === c.documentId);
    expect(doc?.clean).toContain(c.quote);
    expect(c.quote.length).toBeGreaterThanOrEqual(20);
    expect(c.quote.length).toBeLessThanOrEqual(300);
  }
}

describe('answers', () => {
  it('answers a when-question with the date, the quote and numbered citations from every source', () => {
    const answer = ask('When did Turkish jets shoot down the Russian Su-24?');
    expect(answer).toMatchObject({ kind: 'when', abstained: false, date: '2015-11-24' });
    expect(answer.answer).toMatch(/^24 November 2015: .*\[1\]/u);
    expect(new Set(answer.citations.map((c) => c.documentId)).size).toBe(3);
    expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, i) => i + 1));
    expectVerbatimCitations(answer);
  });

  it('dates a start told in an aside ("Turkey—a member of NATO since 1952—") by the aside only', () => {
    expect(ask('Since when has Turkey been a member of NATO?').date).toBe('1952');
    // The rest of that sentence (the relations with Russia and China) is not what began in 1952.
    expect(ask('When did Turkey turn towards Russia and China?').date).not.toBe('1952');
  });

  it('answers in Swedish wording, quoting the Swedish source', () => {
    const answer = ask('Vem sköt ihjäl den ryska ambassadören?');
    expect(answer.language).toBe('sv');
    expect(answer.answer).toContain('polis');
    expect(answer.citations[0]?.language).toBe('sv');
    expectVerbatimCitations(answer);
  });

  it('answers an English question from the Swedish-only document with an English gloss of its quote', () => {
    const answer = ask('When was the Russian ambassador to Turkey killed?');
    expect(answer.date).toBe('2016-12');
    expect(answer.answer).toContain('Karlov');
    expect(answer.citations[0]).toMatchObject({ language: 'sv', gloss: expect.stringContaining('Andrej Karlov') });
  });

  it.each([
    ['Who is Vladimir Putin?', /President Putin/u],
    ['Who is Mikhail Bogdanov?', /Deputy Foreign Minister Mikhail Bogdanov/u],
    ['Who is Mark Esper?', /Defense Secretary Mark Esper/u],
  ])('answers "%s" with a sentence that gives the person a role', (question, role) => {
    expect(ask(question).answer).toMatch(role);
  });

  it('takes the date of an undated sentence from the dated one whose story it continues', () => {
    const answer = ask('When did Turkey and Russia sign the cooperation plan?');
    expect(answer.date).toBe('2017-03-10');
    expect(answer.answer).toContain('signed a cooperation plan');
  });

  it('reports both dates of the S-400 contract, each with its citation', () => {
    const answer = ask('When was the S-400 contract signed?');
    const [disagreement] = answer.disagreements;
    expect(disagreement?.claims.map((c) => [c.value, c.citation.documentId])).toEqual([
      ['2017-09-12', 'ankara-moscow-journey'],
      ['2017-12', 'afgazad-military-cooperation'],
    ]);
    expect(answer.answer).toMatch(/disagree.*12 September 2017 \[\d\]; December 2017 \[\d\]/su);
  });

  it('names each disputed date once, with every source that gives it', () => {
    const text = ask('when was the s-400 deal signed').answer.split('disagree')[1] ?? '';
    const dates = [...text.matchAll(/(\d{1,2} )?[A-Z][a-z]+ \d{4}/gu)].map((m) => m[0]);
    expect(dates.length).toBeGreaterThan(1);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('lists the events of a period in date order', () => {
    const answer = ask('What happened between Russia and Turkey in 2016?');
    expect(answer.kind).toBe('period');
    const dates = answer.events.map((e) => e.date);
    for (const date of ['2016-06-27', '2016-06-29', '2016-08-09', '2016-10-10', '2016-12']) expect(dates).toContain(date);
    expect(dates.every((d) => d.startsWith('2016'))).toBe(true);
    expectVerbatimCitations(answer);
  });

  it('dates the answer of a span that holds one event by that event', () => {
    const answer = ask('What happened in May 2017?');
    expect(answer.events.map((e) => e.date)).toEqual(['2017-05']);
    expect(answer.date).toBe('2017-05');
  });

  it('reads a Swedish period', () => {
    expect(ask('Vad hände i februari 2020?').events.map((e) => e.date)).toEqual(['2020-02-03', '2020-02-27']);
  });

  it.each([
    'What is the capital of Australia?',
    'When did Turkey join the European Union?',
    'What is the population of Istanbul?',
    'När gick Sverige med i Nato?',
    'What happened in 1995?',
  ])('abstains with suggestions when the documents do not answer: %s', (question) => {
    const answer = ask(question);
    expect(answer).toMatchObject({ abstained: true, date: null, events: [] });
    expect(answer.suggestions.length).toBeGreaterThan(0);
    // Near the documents, the suggestions are the nearest passages, cited verbatim.
    expectVerbatimCitations(answer);
  });
});

describe('bad input gets a clear answer or an abstention, never a crash or a ping', () => {
  it.each([
    ['empty', ''],
    ['only punctuation', '?!?'],
    ['very long', 'When did the Astana talks start? '.repeat(400)],
    ['only a date', '2016'],
    ['another language', 'Когда был сбит Су-24?'],
    ['markup', '<script>alert(1)</script> **When** did `Putin` meet Erdogan?'],
    ['mentions', '@everyone @here <@123> <@&456> when was the ambassador killed?'],
  ])('%s', (_what, question) => {
    const answer = ask(question);
    expect(answer.answer.length).toBeGreaterThan(0);
    expect(JSON.stringify(answer)).not.toMatch(/@everyone|@here|<@&?\d+>/u);
  });

  it('asks for a question when there is none', () => {
    expect(ask('   ')).toMatchObject({ abstained: true, answer: expect.stringContaining('Ask a question') });
  });

  it('reads a date alone as the question what happened then', () => {
    const answer = ask('2016');
    expect(answer).toMatchObject({ abstained: false, kind: 'period' });
    expect(answer.events.length).toBeGreaterThan(0);
    expect(answer.events.every((e) => e.date.startsWith('2016'))).toBe(true);
  });

  it('answers the first of two questions and asks for the second on its own', () => {
    const two = ask('When was the failed coup in Turkey? Who shot the ambassador?');
    expect(two.date).toBe(ask('When was the failed coup in Turkey?').date);
    expect(two.suggestions).toContain('Ask this one on its own too: Who shot the ambassador?');
    expect(two.question).toBe('When was the failed coup in Turkey? Who shot the ambassador?');
  });
});

describe('a when-question naming what it dates', () => {
  it('is not answered by a sentence that shares its other words but not the name ("leaving around 20 dead" for "leave NATO")', () => {
    const answer = ask('When did Turkey leave NATO?');
    expect(answer.date).not.toBe('2020-02-03');
    if (!answer.abstained) expect(answer.citations[0]?.quote).toMatch(/NATO/u);
  });
});
