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
  /**
   * How the document's own slips read (a machine translation's "dropped" for "shot down", "Akoyo"
   * for Akkuyu): analysis reads them so, quotes keep them as written.
   */
  readings?: Array<{ written: string; reads: string; why: string }> | undefined;
  notes?: string | undefined;
}

/**
 * What a paragraph is in its document's layout. Only `body` and `entry` (an item of a list, its
 * mark cut off) report the story; the others name, place or date what stands under them. A `field`
 * is a line of a reference work's infobox ("Established: 30 January 2021"): a fact its key names,
 * which the story tells again. A `source` is an entry of a list of references or sources: where
 * the text comes from, not what it tells.
 */
export type BlockKind = 'title' | 'subtitle' | 'heading' | 'question' | 'dateline' | 'entry' | 'body' | 'caption' | 'field' | 'source';

/** In the order the stored corpus numbers them: a new kind goes at the end. */
export const BLOCK_KINDS: readonly BlockKind[] = ['title', 'body', 'caption', 'subtitle', 'heading', 'question', 'dateline', 'entry', 'field', 'source'];

/** Whether passages of this kind tell the story (rather than title, head or date it). */
export function tellsStory(kind: BlockKind): boolean {
  return kind === 'body' || kind === 'entry';
}

/** One sentence of a cleaned document; offsets point into the original file. */
export interface Passage {
  id: string;
  documentId: string;
  language: Language;
  kind: BlockKind;
  /**
   * The id of the heading or Q&A question this passage stands under (a chronology's
   * "date — place" heading dates and places the entries below it), if any.
   */
  headingId?: string;
  paragraph: number;
  sentence: number;
  text: string;
  /** The text as analysis reads it, when the document's metadata declares readings that apply to it. */
  reading?: string;
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
