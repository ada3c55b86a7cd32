import { beforeAll, describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/corpus/load.ts';
import type { DocumentMeta, Language } from '../../src/corpus/types.ts';
import { loadLanguageData, type LanguageData } from '../../src/language-data.ts';
import { analyseDocument } from '../../src/search/analysis.ts';
import { PassageIndex } from '../../src/search/passage-index.ts';

let data: LanguageData;
beforeAll(async () => {
  data = await loadLanguageData();
});

const meta = (id: string, language: Language, title: string): DocumentMeta => ({
  id,
  file: `${id}.md`,
  title,
  publisher: null,
  language,
  published: { value: '2024-05-02', granularity: 'day', inferred: false },
  quality: [],
});

function indexOf(...documents: Array<[string, string, string]>): PassageIndex {
  return PassageIndex.build(
    data.analyzer,
    documents.map(([id, title, text]) => analyseDocument(prepareDocument(meta(id, 'en', title), text), data.analyzer)),
  );
}

describe("a sentence's window", () => {
  // An answer of three sentences under its question: the last one's "it" is the treaty named two sentences up.
  const explainer = [
    '# Questions on the river',
    '',
    '## What happened this spring?',
    '',
    'In April the two states let the water treaty lapse. Farmers downstream protested for weeks. The minister travelled to Vienna in May to save it.',
    '',
    '## What came after?',
    '',
    'The farmers went home. A new harvest began in June.',
  ].join('\n');
  const other = ['# Travel notes', '', 'The old opera house had been losing money for years. The minister travelled to Vienna in May to save it.'].join('\n');

  it('holds the rest of the answer it stands in, beyond the sentences either side', () => {
    const index = indexOf(['notes', 'Travel notes', other], ['river', 'Questions on the river', explainer]);
    const [first] = index.search('minister travelled to Vienna to save the water treaty', { limit: 1 });
    expect(first?.passageId).toBe('river/p3s3');
  });
});
