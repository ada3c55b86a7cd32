import { beforeAll, describe, expect, it } from 'vitest';
import { corpusOf, prepareDocument } from '../../src/corpus/load.ts';
import { extractDates } from '../../src/dates/index.ts';
import { buildEvents } from '../../src/events/build.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
});

const summaries = (text: string) => {
  const doc = prepareDocument(
    { id: 'wire', file: 'wire.txt', title: 'Wire', publisher: null, language: 'en', published: { value: '2020-01-08', granularity: 'day', inferred: false }, quality: [] },
    text,
  );
  return buildEvents(corpusOf([doc]), { ...language, corrections: [], extractDates }).events.map((e) => `${e.date} ${e.summary}`);
};

describe('a summary names who did what', () => {
  it('carries the subject its sentence named for a "he" that opens the dated clause', () => {
    expect(summaries('Vladimir Putin flew in from Damascus, where he had met Syrian President Bashar al-Assad on 7 January 2020.')).toContainEqual(
      '2020-01-07 Vladimir Putin had met Syrian President Bashar al-Assad on 7 January 2020.',
    );
  });

  it.each([
    ['the person the sentence before names', 'Vladimir Putin landed in Ankara on Monday. On 7 January 2020 he met the mayor.', 'Vladimir Putin met the mayor.'],
    ['a titled name the sentence before gives', 'Mr Halvorsen flew to Oslo last week. On 7 January 2020 he spoke by telephone with the mayor.', 'Halvorsen spoke by telephone with the mayor.'],
  ])('carries, for a "he" its own sentence names no one for, %s', (_, text, summary) => {
    expect(summaries(text)).toContainEqual(`2020-01-07 ${summary}`);
  });

  it('says a determiner once where a slip doubled it around a modifier, and keeps a clause a noun opens', () => {
    expect(summaries('On 30 April 2019, the Russian-backed the Syrian government stepped up air raids on Idlib.')).toContainEqual(
      '2019-04-30 The Russian-backed Syrian government stepped up air raids on Idlib.',
    );
    expect(summaries('On 5 January 2020, Erdogan left Moscow the moment the talks ended.')).toContainEqual('2020-01-05 Erdogan left Moscow the moment the talks ended.');
  });

  it('tells what a news agency reported as the event, dated by the report, and keeps who said what', () => {
    expect(summaries('On 31 August 2019, the state news agency SANA reported on the talks that "a military source announced a ceasefire in Idlib."')).toContainEqual(
      '2019-08-31 A military source announced a ceasefire in Idlib.',
    );
    expect(summaries('On 31 August 2019, Erdogan said that Turkey would answer every attack in Idlib.')[0]).toMatch(/^2019-08-31 Erdogan said/u);
  });

  it('keeps the self-contained summary of a merged event, not the shorter one of a newer report', () => {
    const doc = (id: string, published: string, text: string) =>
      prepareDocument({ id, file: `${id}.txt`, title: id, publisher: null, language: 'en', published: { value: published, granularity: 'day', inferred: false }, quality: [] }, text);
    const older = doc('older', '2016-08-10', 'On 9 August 2016, Putin and Erdogan pledged a reconciliation at their first meeting in St. Petersburg.');
    const newer = doc('newer', '2016-08-12', 'The Su-24 crisis had frozen ties. On 9 August 2016, the two men met in St. Petersburg.');
    for (const docs of [[older, newer], [newer, older]]) {
      const [event] = buildEvents(corpusOf(docs), { ...language, corrections: [], extractDates }).events.filter((e) => e.date === '2016-08-09');
      expect(event?.citations).toHaveLength(2);
      expect(event?.summary).toBe('Putin and Erdogan pledged a reconciliation at their first meeting in St. Petersburg.');
    }
  });

  it('prefers a summary that does not count from a date it leaves out', () => {
    const doc = (id: string, text: string) =>
      prepareDocument({ id, file: `${id}.txt`, title: id, publisher: null, language: 'en', published: { value: '2016-01-10', granularity: 'day', inferred: false }, quality: [] }, text);
    const docs = [
      doc('wire', 'On 24 November 2015, Turkish jets shot down a Russian bomber. Moscow answered with economic sanctions a few days later.'),
      doc('factfile', 'On 28 November 2015, Moscow announces economic sanctions against Ankara over the downing.'),
    ];
    const [event] = buildEvents(corpusOf(docs), { ...language, corrections: [], extractDates }).events.filter((e) => e.citations.length === 2);
    expect(event?.summary).toBe('Moscow announces economic sanctions against Ankara over the downing.');
  });

  it('is not a sentence that dates the event only in a relative clause of another story', () => {
    const doc = (id: string, text: string) =>
      prepareDocument({ id, file: `${id}.txt`, title: id, publisher: null, language: 'en', published: { value: '2023-04-28', granularity: 'day', inferred: false }, quality: [] }, text);
    const docs = [
      doc('explainer', "The project slowed down during the crisis that followed Turkey's downing of a Russian bomber in November 2015."),
      doc('factfile', 'In November 2015, two Turkish military jets shoot down a Russian warplane over the Turkey-Syria border, resulting in the death of a pilot.'),
    ];
    for (const order of [docs, [...docs].reverse()]) {
      const [event] = buildEvents(corpusOf(order), { ...language, corrections: [], extractDates }).events.filter((e) => e.citations.length === 2);
      expect(event?.summary).toBe('Two Turkish military jets shoot down a Russian warplane over the Turkey-Syria border, resulting in the death of a pilot.');
    }
  });
});
