import type { CorpusDocument, Language, Passage } from '../corpus/types.ts';
import type { AnalysedTerm, Analyzer } from '../text/analyzer.ts';
import { DATE_TERM, statesDate } from '../text/dates-stated.ts';
import { MEASURE_TERM, statesMeasure } from '../text/measures.ts';

/** What analysis makes of one passage: its own-language terms, in text order, and their dictionary translations. */
export interface AnalysedPassage {
  text: string[];
  bridge: string[];
  /**
   * The names a sentence that opens with a pronoun or a definite description ("It", "They", "The
   * deal", "Det") carries from the sentence before it, or from the heading or question it stands under.
   */
  carried: string[];
  /** Terms the passage is searched by and that no answer need hold: `MEASURE_TERM` when it states a measured amount, `DATE_TERM` a date. */
  marks: string[];
}

/** Words that open a sentence whose subject is told by the sentence before, after a conjunction too ("But he warned …"), or after the conjunction of an opening clause ("When it is finished, it …"). */
const ANAPHORA: Record<Language, RegExp> = {
  en: /^(?:(?:But|And|Yet|Still)\s+(?=\p{Ll})|(?:When|Once|After|Before|If|While|Although|Until)\s+(?=(?:it|they|he|she)\b))?(?:[Ii]t|[Ii]ts|[Tt]hey|[Tt]heir|[Hh]e|[Hh]is|[Ss]he|[Hh]er|[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose|[Bb]oth|[Tt]he\s+(?:two\s+)?\p{Ll}+)\b/u,
  sv: /^(?:(?:Men|Och)\s+(?=\p{Ll})|(?:När|Sedan|Om|Innan|Medan|Fast)\s+(?=(?:det|den|de|han|hon)\b))?(?:[Dd]et|[Dd]en|[Dd]e|[Dd]ess|[Dd]eras|[Hh]an|[Hh]ans|[Hh]on|[Hh]ennes|[Dd]etta|[Dd]enna|[Dd]essa|[Bb]åda)\b/u,
};

/** Whether a sentence opens on what the sentence before it told ("The project, dubbed Turkey Stream, …"). */
export const refersBack = (passage: Passage): boolean => ANAPHORA[passage.language].test(passage.text);

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
  const items = doc.passages.map((passage) => analyzer.analyze(passage.reading ?? passage.text, passage.language));
  const position = new Map(doc.passages.map((p, i) => [p.id, i]));
  return {
    passages: doc.passages,
    analysed: doc.passages.map((passage, i) => {
      const own = items[i] as AnalysedTerm[];
      // The sentence before in the same section, else the heading or question above it.
      const before = doc.passages[i - 1];
      const source = before && before.headingId === passage.headingId && before.kind !== 'title' ? i - 1 : passage.headingId !== undefined ? position.get(passage.headingId) : undefined;
      const carried = source !== undefined && refersBack(passage) ? namesIn(items[source] ?? [], doc.passages[source] as Passage, own) : [];
      const read = passage.reading ?? passage.text;
      const marks = [...(statesMeasure(read, passage.language, analyzer.lexicon) ? [MEASURE_TERM] : []), ...(statesDate(read, passage.language) ? [DATE_TERM] : [])];
      return { text: own.filter((item) => !item.weak && item.english === undefined).map((item) => item.term), bridge: analyzer.bridge(own, passage.language), carried, marks };
    }),
    title: analyzer.terms(doc.meta.title, language),
  };
}

/** The names of a passage (words written with a capital inside it, and known names) that another does not already hold. */
function namesIn(items: AnalysedTerm[], passage: Passage, except: AnalysedTerm[]): string[] {
  const held = new Set(except.map((item) => item.term));
  const names = items.filter((item) => item.raw !== '' && /^\p{Lu}/u.test(item.raw) && (item.start > 0 || passage.kind !== 'body')).map((item) => item.term);
  return [...new Set(names)].filter((term) => !held.has(term));
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
