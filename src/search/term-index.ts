import SearchableMap from 'minisearch/SearchableMap';
import { tellsStory, type Language, type Passage } from '../corpus/types.ts';
import type { Analyzer } from '../text/analyzer.ts';
import type { AnalysedDocument, AnalysedPassage } from './analysis.ts';

/** The indexed fields, in the order scores are summed: own words, glossary translations, a passage's window (neighbouring sentences, its heading and section), title. */
export const FIELDS = ['text', 'bridge', 'context', 'title'] as const;
export type Field = (typeof FIELDS)[number];
const FIELD_COUNT = FIELDS.length;

/**
 * The arrays a term index is made of: flat typed arrays, so that an index of a hundred
 * thousand passages is saved and loaded as a few blocks of bytes.
 */
export interface TermIndexData {
  /** Every term the layer knows: indexed terms and the senses answer support looks for. */
  vocabulary: string[];
  /** The indexed terms (vocabulary ids) in the order they were first met: the order of the term tree, and so of prefix and fuzzy matches. */
  searchOrder: Int32Array;
  /** Postings of term t in field f: passages `postingDocs[postingStarts[t·4+f] … postingStarts[t·4+f+1]]`, ascending, with counts. */
  postingStarts: Int32Array;
  postingDocs: Int32Array;
  postingCounts: Int32Array;
  /** Distinct terms per passage and field (`passage·4+field`). */
  fieldLengths: Int32Array;
  /** Mean field lengths as a running mean over the passages in order (the way MiniSearch keeps it, to the last bit). */
  averageFieldLengths: Float64Array;
  /** 1 for body passages, 0 for headlines and captions. */
  body: Uint8Array;
  /** The passage's terms for answer support (own, bridged, and their senses): vocabulary ids, `supportTerms[supportStarts[p] … supportStarts[p+1]]`. */
  supportStarts: Int32Array;
  supportTerms: Int32Array;
  /** In how many passages each vocabulary term is a support term. */
  passageFrequency: Int32Array;
}

/**
 * One layer of the passage index: the bundled corpus, or a server's own documents on top of it.
 * A layer never changes once built; a server's engine stacks a small layer on the shared one.
 */
export class TermIndex {
  /** Vocabulary id of each term. */
  private readonly ids: Map<string, number>;
  /** The indexed terms as a radix tree (MiniSearch's), for prefix and fuzzy matching. */
  readonly tree: SearchableMap<number>;
  private readonly positions: Map<string, number>;
  /**
   * Each passage's support terms as a set, made at the first question that weighs the passage: every
   * candidate of every question is weighed against them, often several times over.
   */
  private readonly supportSets: Array<ReadonlySet<string> | undefined>;

  constructor(
    readonly passages: Passage[],
    readonly data: TermIndexData,
  ) {
    this.ids = new Map(data.vocabulary.map((term, id) => [term, id]));
    this.tree = new SearchableMap<number>();
    for (const id of data.searchOrder) this.tree.set(data.vocabulary[id] as string, id);
    this.positions = new Map(passages.map((p, i) => [p.id, i]));
    this.supportSets = new Array<ReadonlySet<string> | undefined>(passages.length);
  }

  get size(): number {
    return this.passages.length;
  }

  termId(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** Position of a passage in this layer, or undefined when it is not here. */
  position(passageId: string): number | undefined {
    return this.positions.get(passageId);
  }

  /** Passages that hold the term in the field (a term the layer does not index has none). */
  postings(termId: number, field: number): { start: number; end: number } {
    const at = termId * FIELD_COUNT + field;
    return { start: this.data.postingStarts[at] ?? 0, end: this.data.postingStarts[at + 1] ?? 0 };
  }

  passageFrequency(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : (this.data.passageFrequency[id] ?? 0);
  }

  supportTerms(position: number): string[] {
    const { supportStarts, supportTerms, vocabulary } = this.data;
    const terms: string[] = [];
    for (let i = supportStarts[position] ?? 0; i < (supportStarts[position + 1] ?? 0); i++) terms.push(vocabulary[supportTerms[i] ?? 0] as string);
    return terms;
  }

  /** `supportTerms` as a set, the same one each time (it never changes, as the layer never does). */
  supportSet(position: number): ReadonlySet<string> {
    let set = this.supportSets[position];
    if (!set) this.supportSets[position] = set = new Set(this.supportTerms(position));
    return set;
  }

  static build(documents: AnalysedDocument[], analyzer: Analyzer): TermIndex {
    const builder = new Builder(analyzer);
    for (const doc of documents) builder.addDocument(doc);
    return builder.finish();
  }
}

class Builder {
  private readonly vocabulary: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly indexed: number[] = [];
  private readonly passages: Passage[] = [];
  /** Postings as (term·4+field, passage, count) triples, sorted into place at the end. */
  private readonly keys: number[] = [];
  private readonly docs: number[] = [];
  private readonly counts: number[] = [];
  /** Per term: the (passage, field) it was last met in, plus one, and where its triple is; 0 for a term never indexed. */
  private readonly lastField: number[] = [];
  private readonly lastTriple: number[] = [];
  /** Per term: the passage whose support terms last took it in, plus one. */
  private readonly lastSupport: number[] = [];
  private readonly fieldLengths: number[] = [];
  private readonly averages = new Float64Array(FIELD_COUNT);
  private readonly body: number[] = [];
  private readonly supportStarts: number[] = [0];
  private readonly supportTerms: number[] = [];
  private readonly frequency: number[] = [];

  constructor(private readonly analyzer: Analyzer) {}

  private id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.vocabulary.length;
      this.vocabulary.push(term);
      this.ids.set(term, id);
      this.frequency.push(0);
      this.lastField.push(0);
      this.lastTriple.push(0);
      this.lastSupport.push(0);
    }
    return id;
  }

  /**
   * A passage's fields: its own terms with the names it carries from the sentence before, their
   * translations, its window (the sentences either side, the heading or question it stands under
   * and the other sentences under it), and the title. Answer support sees the passage with its names and heading.
   */
  addDocument({ passages, analysed, title }: AnalysedDocument): void {
    const position = new Map(passages.map((p, i) => [p.id, i]));
    const sections = new Map<string, number[]>();
    passages.forEach((passage, i) => {
      if (passage.headingId === undefined) return;
      let section = sections.get(passage.headingId);
      if (!section) sections.set(passage.headingId, (section = []));
      section.push(i);
    });
    passages.forEach((passage, i) => {
      const { text, bridge, carried, marks } = analysed[i] as AnalysedPassage;
      const heading = passage.headingId === undefined ? undefined : analysed[position.get(passage.headingId) ?? -1];
      const doc = this.passages.length;
      this.passages.push(passage);
      this.body.push(tellsStory(passage.kind) ? 1 : 0);
      this.addField(doc, 0, [text, carried], marks);
      this.addField(doc, 1, [bridge]);
      // The rest of the answer or section a sentence stands in tells what its "it" and "they" are ("to revive it": the deal two sentences up).
      const section = (passage.headingId === undefined ? [] : (sections.get(passage.headingId) ?? [])).filter((j) => Math.abs(j - i) > 1);
      this.addField(doc, 2, [analysed[i - 1]?.text ?? [], analysed[i + 1]?.text ?? [], heading?.text ?? [], ...section.map((j) => analysed[j]?.text ?? [])]);
      this.addField(doc, 3, [title]);
      this.addSupport(doc, passage.language, [...text, ...carried, ...(heading?.text ?? [])], [...bridge, ...(heading?.bridge ?? [])]);
    });
  }

  /**
   * One field of a passage: its terms (the concatenation of `parts`), split on spaces as MiniSearch's
   * tokenizer split them, and `marks` (what the passage states: an amount, a date), which are
   * indexed but not counted in the field's length, so that a passage ranks for every other query as
   * it did without them.
   */
  private addField(doc: number, field: number, parts: string[][], marks: string[] = []): void {
    const stamp = doc * FIELD_COUNT + field + 1;
    let distinct = 0;
    const add = (token: string): boolean => {
      const id = this.id(token);
      if (this.lastField[id] === 0) this.indexed.push(id);
      if (this.lastField[id] === stamp) {
        const at = this.lastTriple[id] as number;
        this.counts[at] = (this.counts[at] as number) + 1;
        return false;
      }
      this.lastField[id] = stamp;
      this.lastTriple[id] = this.keys.length;
      this.keys.push(id * FIELD_COUNT + field);
      this.docs.push(doc);
      this.counts.push(1);
      return true;
    };
    for (const terms of parts) {
      for (const term of terms) {
        for (const token of term.includes(' ') ? term.split(' ') : [term]) {
          if (token !== '' && add(token)) distinct++;
        }
      }
    }
    for (const mark of marks) add(mark);
    this.fieldLengths.push(distinct);
    this.averages[field] = runningMean(this.averages[field] as number, doc, distinct);
  }

  /** The passage's own terms, their translations and their senses, each once. */
  private addSupport(doc: number, language: Language, text: string[], bridge: string[]): void {
    const add = (term: string) => {
      const id = this.id(term);
      if (this.lastSupport[id] === doc + 1) return;
      this.lastSupport[id] = doc + 1;
      this.supportTerms.push(id);
      this.frequency[id] = (this.frequency[id] as number) + 1;
    };
    for (const term of text) add(term);
    for (const term of bridge) add(term);
    for (const term of text) add(this.analyzer.sense(term, language));
    this.supportStarts.push(this.supportTerms.length);
  }

  finish(): TermIndex {
    const slots = this.vocabulary.length * FIELD_COUNT;
    // A counting sort by (term, field) keeps each posting list in passage order.
    const postingStarts = new Int32Array(slots + 1);
    for (const key of this.keys) postingStarts[key + 1] = (postingStarts[key + 1] as number) + 1;
    for (let i = 0; i < slots; i++) postingStarts[i + 1] = (postingStarts[i + 1] as number) + (postingStarts[i] as number);
    const next = postingStarts.slice(0, slots);
    const postingDocs = new Int32Array(this.keys.length);
    const postingCounts = new Int32Array(this.keys.length);
    this.keys.forEach((key, i) => {
      const at = next[key] as number;
      next[key] = at + 1;
      postingDocs[at] = this.docs[i] as number;
      postingCounts[at] = this.counts[i] as number;
    });
    return new TermIndex(this.passages, {
      vocabulary: this.vocabulary,
      searchOrder: Int32Array.from(this.indexed),
      postingStarts,
      postingDocs,
      postingCounts,
      fieldLengths: Int32Array.from(this.fieldLengths),
      averageFieldLengths: this.averages,
      body: Uint8Array.from(this.body),
      supportStarts: Int32Array.from(this.supportStarts),
      supportTerms: Int32Array.from(this.supportTerms),
      passageFrequency: Int32Array.from(this.frequency),
    });
  }
}

/** The mean after one more value, computed as MiniSearch does, so that scores agree with it exactly. */
export function runningMean(mean: number, count: number, value: number): number {
  return (mean * count + value) / (count + 1);
}
