import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, prepareDocument } from '../../src/corpus/load.ts';
import { tellsStory, type CorpusDocument } from '../../src/corpus/types.ts';
import { loadLanguageData } from '../../src/language-data.ts';
import { analyseDocument, type AnalysedDocument } from '../../src/search/analysis.ts';
import { DEFAULT_RANKING, PassageIndex } from '../../src/search/passage-index.ts';
import type { Analyzer } from '../../src/text/analyzer.ts';
import { loadRetrievalCases } from '../../scripts/evaluation/cases.ts';

let analyzer: Analyzer;
let bundled: AnalysedDocument[];
let server: AnalysedDocument[];
let queries: string[];

const serverDocument = (id: string, title: string, text: string): CorpusDocument =>
  prepareDocument({ id, file: `${id}.txt`, title, publisher: null, language: 'en', published: { value: '2023-05', granularity: 'month', inferred: false }, quality: [] }, text);

beforeAll(async () => {
  const corpus = await loadCorpus();
  analyzer = (await loadLanguageData()).analyzer;
  bundled = corpus.documents.map((doc) => analyseDocument(doc, analyzer));
  server = [
    serverDocument('grain', 'Russia and Turkey agree on a grain corridor', 'Russia and Turkey agree on a grain corridor\n\nOn 3 March 2023, Russia and Turkey signed an agreement in Sochi to open a grain corridor across the Black Sea.\nThe United Nations and the World Food Programme welcomed the corridor.\n'),
    serverDocument('sochi', 'Sochi note', 'Sochi note\n\nOn 5 August 2022, Putin and Erdogan met in Sochi and talked about the S-400 deliveries and Idlib.\n'),
  ].map((doc) => analyseDocument(doc, analyzer));
  queries = [
    ...loadRetrievalCases(corpus.documents.map((d) => d.meta)).map((c) => c.q),
    'grain corridor Sochi agreement',
    'Putin Erdogan Sochi S-400',
    'Idlib ceasefire',
    'United Nations',
  ];
});

/** The passage index as it was: one MiniSearch over the analysed fields (a passage's window in `context`: the sentences either side, its heading and the rest of its section), with the same ranking options. */
function miniSearchOver(documents: AnalysedDocument[]) {
  const body = new Map<string, boolean>();
  const index = new MiniSearch<{ id: string; text: string; bridge: string; context: string; title: string }>({
    fields: ['text', 'bridge', 'context', 'title'],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
  });
  for (const { passages, analysed, title } of documents) {
    index.addAll(
      passages.map((passage, i) => {
        body.set(passage.id, tellsStory(passage.kind));
        const heading = analysed[passages.findIndex((p) => p.id === passage.headingId)];
        return {
          id: passage.id,
          text: [...(analysed[i]?.text ?? []), ...(analysed[i]?.carried ?? [])].join(' '),
          bridge: analysed[i]?.bridge.join(' ') ?? '',
          context: [analysed[i - 1], analysed[i + 1], heading, ...analysed.filter((_, j) => Math.abs(j - i) > 1 && passage.headingId !== undefined && passages[j]?.headingId === passage.headingId)]
            .flatMap((a) => a?.text ?? [])
            .join(' '),
          title: title.join(' '),
        };
      }),
    );
  }
  const { boost, bm25, fuzzy, prefix, furnitureWeight } = DEFAULT_RANKING;
  return (query: string, limit: number) =>
    index
      .search(query, {
        combineWith: 'OR',
        boost,
        bm25,
        fuzzy: (term) => (term.length >= fuzzy.minLength ? fuzzy.fraction : false),
        prefix: (term) => term.length >= prefix.minLength,
        boostDocument: (id) => (body.get(String(id)) ? 1 : furnitureWeight),
      })
      .slice(0, limit)
      .map((r) => ({ passageId: String(r.id), score: Math.round(r.score * 1000) / 1000 }));
}

const ranked = (index: PassageIndex, query: string, limit = 20) => index.search(query, { limit }).map(({ passageId, score }) => ({ passageId, score }));

describe('the passage index', () => {
  it('ranks and scores exactly as MiniSearch does over the same terms and options', () => {
    // Without the query's other wordings and what it asks for (an amount, a date), which MiniSearch does not have.
    const index = PassageIndex.build(analyzer, bundled, { ...DEFAULT_RANKING, slots: { measure: 0, date: 0 }, expansion: { synonym: 0, hypernym: 0, hyponym: 0, derivation: 0, translation: 0, glossary: 0, neighbour: 0, mutual: 0, seat: 0 } });
    const reference = miniSearchOver(bundled);
    for (const query of queries) expect(ranked(index, query), query).toEqual(reference(index.analyse(query).terms.join(' '), 20));
  });
});

describe("a server's layer on the shared index", () => {
  let layered: PassageIndex;
  let whole: PassageIndex;

  beforeAll(() => {
    layered = PassageIndex.build(analyzer, bundled).withDocuments(server);
    whole = PassageIndex.build(analyzer, [...bundled, ...server]);
  });

  it('finds bundled and server passages together, ranked and scored as one index of both', () => {
    const mixed = ranked(layered, 'Putin Erdogan Sochi S-400');
    expect(mixed.some((hit) => hit.passageId.startsWith('sochi/'))).toBe(true);
    expect(mixed.some((hit) => !hit.passageId.startsWith('sochi/') && !hit.passageId.startsWith('grain/'))).toBe(true);
    for (const query of queries) expect(ranked(layered, query), query).toEqual(ranked(whole, query));
  });

  it('weighs terms by their rarity over both, and knows the names either one mentions', () => {
    for (const term of ['grain', 'corridor', 'sochi', 'putin', 's400', 'unknownword']) expect(layered.idf(term), term).toBe(whole.idf(term));
    expect(layered.unknownNames(layered.analyse('What did the World Food Programme say about the grain corridor?'))).toEqual([]);
    expect(layered.unknownNames(layered.analyse('What is the capital of Australia?'))).toEqual(['Australia']);
    const alone = PassageIndex.build(analyzer, bundled);
    expect(alone.unknownNames(alone.analyse('What did the World Food Programme say about the grain corridor?'))).toContain('World');
  });

  it('shares the bundled layer instead of copying it', () => {
    const base = PassageIndex.build(analyzer, bundled);
    const withServer = base.withDocuments(server);
    expect(withServer.layers[0]).toBe(base.layers[0]);
    expect(withServer.layers[1]?.size).toBe(server.reduce((n, doc) => n + doc.passages.length, 0));
  });
});
