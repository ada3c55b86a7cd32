import { beforeAll, describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/corpus/load.ts';
import type { DocumentMeta, Language } from '../../src/corpus/types.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';
import { analyseDocument } from '../../src/search/analysis.ts';
import { PassageIndex } from '../../src/search/passage-index.ts';

let data: LanguageData;
let index: PassageIndex;
beforeAll(async () => {
  data = await loadLanguageData();
  const meta = (id: string, language: Language): DocumentMeta => ({
    id,
    file: `${id}.txt`,
    title: `${id} report`,
    publisher: null,
    language,
    published: { value: '2024-05-02', granularity: 'day', inferred: false },
    quality: [],
  });
  // Each pair of sentences shares the query's word; one of them states an amount.
  const documents: Array<[string, Language, string]> = [
    ['reactor-delay', 'en', 'The new reactor was delayed by a strike of welders.'],
    ['reactor-size', 'en', 'The new reactor will deliver some 1,200 megawatts.'],
    ['pipe-opening', 'en', 'The undersea pipe carries gas past the Ukrainian border.'],
    ['pipe-length', 'en', 'The undersea pipe carries gas for some 930 kilometres.'],
    ['bridge-length', 'en', 'A road bridge of 2,000 metres crosses the strait.'],
    ['fuel-rosatom', 'en', 'The first nuclear fuel was brought to the site by Rosatom.'],
    ['fuel-thursday', 'en', 'The first nuclear fuel was brought to the site on Thursday.'],
  ];
  index = PassageIndex.build(data.analyzer, documents.map(([id, language, text]) => analyseDocument(prepareDocument(meta(id, language), text), data.analyzer)));
});

describe('a question asking when', () => {
  it('ranks the passage stating a date first', () => {
    expect(index.search('when was the fuel brought').map((hit) => hit.documentId).slice(0, 2)).toEqual(['fuel-thursday', 'fuel-rosatom']);
  });

  it('a question asking how does not, nor does the date weigh against the passage', () => {
    const [first, second] = index.search('how was the fuel brought');
    expect(first?.documentId).toBe('fuel-rosatom');
    expect(second?.score).toBe(first?.score);
  });
});

describe('a query asking for an amount', () => {
  it.each([
    ['how big is the new reactor', 'reactor-size', 'reactor-delay'],
    ['how far does the undersea pipe carry gas', 'pipe-length', 'pipe-opening'],
  ])('"%s" ranks the passage stating an amount first', (query, first, second) => {
    expect(index.search(query).map((hit) => hit.documentId).slice(0, 2)).toEqual([first, second]);
  });

  it('finds no passage by its amount alone', () => {
    expect(index.search('how big is the new reactor').map((hit) => hit.documentId)).not.toContain('bridge-length');
  });

  it.each([
    ['when was the new reactor delayed', 'reactor-delay'],
    ['where does the undersea pipe carry gas past the border', 'pipe-opening'],
  ])('"%s" asks for no amount: the passage with the asked word first', (query, first) => {
    expect(index.search(query)[0]?.documentId).toBe(first);
  });
});
