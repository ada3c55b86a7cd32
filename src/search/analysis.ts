import type { CorpusDocument, Passage } from '../corpus/types.ts';
import type { Analyzer } from '../text/analyzer.ts';

/** What analysis makes of one passage: its own-language terms, in text order, and their glossary translations. */
export interface AnalysedPassage {
  text: string[];
  bridge: string[];
}

/**
 * One document as the index takes it in. Analysis is most of the cost of indexing and depends on
 * nothing outside the document, so it is done (and kept) per document.
 */
export interface AnalysedDocument {
  passages: Passage[];
  analysed: AnalysedPassage[];
  /** The terms of the document's title, in its language. */
  title: string[];
}

export function analyseDocument(doc: CorpusDocument, analyzer: Analyzer): AnalysedDocument {
  const language = doc.meta.language;
  return {
    passages: doc.passages,
    analysed: doc.passages.map((passage) => {
      const items = analyzer.analyze(passage.reading ?? passage.text, passage.language);
      return { text: items.map((item) => item.term), bridge: analyzer.bridge(items, passage.language) };
    }),
    title: analyzer.terms(doc.meta.title, language),
  };
}

const analysisCache = new WeakMap<Analyzer, WeakMap<CorpusDocument, AnalysedDocument>>();

/** A document's analysis, worked out once per document and language data: a server's engine is rebuilt after every change. */
export function analysedOf(doc: CorpusDocument, analyzer: Analyzer): AnalysedDocument {
  let cache = analysisCache.get(analyzer);
  if (!cache) analysisCache.set(analyzer, (cache = new WeakMap()));
  let analysed = cache.get(doc);
  if (!analysed) cache.set(doc, (analysed = analyseDocument(doc, analyzer)));
  return analysed;
}
