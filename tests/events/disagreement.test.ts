import { beforeAll, describe, expect, it } from 'vitest';
import { corpusOf, prepareDocument } from '../../src/corpus/load.ts';
import { extractDates } from '../../src/dates/index.ts';
import { buildEvents } from '../../src/events/build.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';

let language: LanguageData;
beforeAll(async () => {
  language = await loadLanguageData();
});

const doc = (id: string, published: string, text: string) =>
  prepareDocument({ id, file: `${id}.txt`, title: id, publisher: null, language: 'en', published: { value: published, granularity: 'day', inferred: false }, quality: [] }, text);

const events = (...docs: ReturnType<typeof doc>[]) =>
  buildEvents(corpusOf(docs), { ...language, corrections: [], extractDates }).events.map((e) => ({ date: e.date, documents: [...new Set(e.citations.map((c) => c.documentId))], dates: e.claims.map((c) => c.date) }));

describe('one entry per happening, whatever dates its reports give it', () => {
  it('joins two reports of one happening dated months apart into one event that flags the disagreement and cites both', () => {
    const found = events(
      doc('a', '2019-07-12', 'On September 12, 2017, Erdogan confirmed that Turkey had signed a contract with Russia for the purchase of the missile system.'),
      doc('b', '2019-09-05', 'Deliveries began in July 2019, under a contract for the Russian missile system signed in December 2017.'),
    );
    expect(found).toContainEqual({ date: '2017-09-12', documents: ['a', 'b'], dates: ['2017-09-12', '2017-12'] });
  });

  it('keeps apart two happenings of one kind that each document tells on its own date', () => {
    const found = events(
      doc('a', '2019-07-12', 'In June 2016, Putin ordered lifting sanctions on tourism. At the end of May 2017, Putin ordered the lifting of the majority of sanctions.'),
      doc('b', '2020-02-01', 'In June 2016, Putin announces an end to some sanctions on tourism. In late May 2017, Putin orders the lifting of most remaining sanctions.'),
    );
    expect(found.map((e) => [e.date, e.documents, e.dates])).toEqual([
      ['2016-06', ['a', 'b'], []],
      ['2017-05', ['a', 'b'], []],
    ]);
  });

  it('keeps apart two agreements of one place and parties that are about different things', () => {
    const found = events(
      doc('a', '2023-06-30', 'On 3 March 2023, Russia and Turkey signed an agreement in Sochi to open a grain corridor across the Black Sea.'),
      doc('b', '2023-06-30', 'On 14 June 2023, Russia and Turkey signed an agreement in Sochi on wheat exports to Turkey.'),
    );
    expect(found.map((e) => [e.date, e.documents])).toEqual([
      ['2023-03-03', ['a']],
      ['2023-06-14', ['b']],
    ]);
  });

  it('merges a same-day report that names the countries by their capitals with one that names the countries', () => {
    const found = events(
      doc('a', '2020-03-06', 'On 5 March 2020, Russia and Turkey agreed a ceasefire in Idlib after six hours of talks.'),
      doc('b', '2020-03-07', 'On 5 March 2020, a truce was brokered between Moscow and Ankara over the Syrian province of Idlib.'),
    );
    expect(found).toEqual([{ date: '2020-03-05', documents: ['a', 'b'], dates: [] }]);
  });
});
