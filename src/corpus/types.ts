export type Language = 'en' | 'sv';
export type DateGranularity = 'year' | 'month' | 'day';

/** A document's metadata as `data/documents.json` records it (validated in metadata.ts). */
export interface DocumentMeta {
  id: string;
  file: string;
  title: string;
  publisher: string | null;
  language: Language;
  published: { value: string; granularity: DateGranularity; inferred: boolean; evidence?: string | undefined };
  quality: string[];
  notes?: string | undefined;
}

export type BlockKind = 'title' | 'body' | 'caption';

/** One sentence of a cleaned document; offsets point into the original file. */
export interface Passage {
  id: string;
  documentId: string;
  language: Language;
  kind: BlockKind;
  paragraph: number;
  sentence: number;
  text: string;
  /** Offsets of the sentence in the cleaned text of its document. */
  cleanStart: number;
  cleanEnd: number;
  /** Offsets of the sentence in the original file (end exclusive). */
  start: number;
  end: number;
}

export interface CorpusDocument {
  meta: DocumentMeta;
  original: string;
  /** Cleaned text: paragraphs joined by blank lines. Quotes are verbatim slices of it. */
  clean: string;
  passages: Passage[];
}

export interface Corpus {
  documents: CorpusDocument[];
  passages: Passage[];
}
