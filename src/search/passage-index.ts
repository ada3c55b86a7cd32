import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Language, Passage } from '../corpus/types.ts';
import type { SearchHit } from '../engine.ts';
import type { Analyzer } from '../text/analyzer.ts';
import { detectLanguage } from '../text/language.ts';

export interface RankingOptions {
  /** Field weights: the passage's own words, their glossary translation, neighbouring sentences, the document title. */
  boost: { text: number; bridge: number; context: number; title: number };
  bm25: { k: number; b: number; d: number };
  /** Edit distance allowed, as a fraction of the term's length, for terms of at least `minLength` characters. */
  fuzzy: { fraction: number; minLength: number };
  prefix: { minLength: number };
  /** Weight of headline and caption passages, which name topics without reporting facts. */
  furnitureWeight: number;
}

/** Tuned on the evaluation set with `npm run eval` (see README). */
export const DEFAULT_RANKING: RankingOptions = {
  boost: { text: 1, bridge: 0.6, context: 0.25, title: 0.15 },
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  fuzzy: { fraction: 0.2, minLength: 6 },
  prefix: { minLength: 5 },
  furnitureWeight: 0.6,
};

/** Unique query terms considered: a 10,000-character paste must not slow the search down. */
const MAX_QUERY_TERMS = 48;

interface IndexedPassage {
  id: string;
  text: string;
  bridge: string;
  context: string;
  title: string;
}

/** Ranked retrieval of passages with MiniSearch over pre-analysed, language-aware terms. */
export class PassageIndex {
  private readonly index: MiniSearch<IndexedPassage>;
  private readonly passages = new Map<string, Passage>();
  /** Each passage's own and bridged terms, and in how many passages each term occurs: for answer support. */
  private readonly termSets = new Map<string, Set<string>>();
  private readonly documentFrequency = new Map<string, number>();

  constructor(
    private readonly analyzer: Analyzer,
    private readonly ranking: RankingOptions = DEFAULT_RANKING,
  ) {
    this.index = new MiniSearch<IndexedPassage>({
      fields: ['text', 'bridge', 'context', 'title'],
      // Terms are analysed before they reach MiniSearch, so it only splits on spaces.
      tokenize: (text) => text.split(' ').filter(Boolean),
      processTerm: (term) => term,
    });
  }

  /** Adds passages with the sentences around each one as context and `titles`, the title of each document. */
  add(passages: Passage[], titles: ReadonlyMap<string, string>): void {
    const docs = passages.map((passage, i) => {
      this.passages.set(passage.id, passage);
      const text = this.analyzer.terms(passage.text, passage.language);
      const bridge = this.analyzer.bridge(text, passage.language);
      this.countTerms(passage.id, [...text, ...bridge, ...text.map((t) => this.analyzer.sense(t, passage.language))]);
      const neighbours = [passages[i - 1], passages[i + 1]].filter((p): p is Passage => p !== undefined && p.documentId === passage.documentId);
      return {
        id: passage.id,
        text: text.join(' '),
        bridge: bridge.join(' '),
        context: neighbours.flatMap((p) => this.analyzer.terms(p.text, p.language)).join(' '),
        title: this.analyzer.terms(titles.get(passage.documentId) ?? '', passage.language).join(' '),
      };
    });
    this.index.addAll(docs);
  }

  removeDocument(documentId: string): void {
    const ids = [...this.passages.values()].filter((p) => p.documentId === documentId).map((p) => p.id);
    for (const id of ids) {
      this.index.discard(id);
      this.passages.delete(id);
      for (const term of this.termSets.get(id) ?? []) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 1) - 1);
      this.termSets.delete(id);
    }
  }

  private countTerms(id: string, terms: string[]): void {
    const set = new Set(terms);
    this.termSets.set(id, set);
    for (const term of set) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
  }

  /**
   * The capitalised names in a text (not its first word) that no passage
   * mentions, even spelled a little differently: "Australia" in a question
   * about the capital of Australia.
   */
  unknownNames(text: string): string[] {
    const guess = detectLanguage(text);
    return this.analyzer
      .analyze(text, guess.language)
      .filter((item) => item.start > 0 && /^\p{Lu}/u.test(text.slice(item.start)) && !this.knows(item.term))
      .map((item) => text.slice(item.start, item.end));
  }

  private knows(term: string): boolean {
    if (this.documentFrequency.get(term)) return true;
    return this.index.search(term, { fuzzy: 0.2, prefix: true }).length > 0;
  }

  /** A query term and the glossary senses it may stand for, in either language. */
  senses(term: string): string[] {
    return [...new Set([term, this.analyzer.sense(term, 'en'), this.analyzer.sense(term, 'sv')])];
  }

  /** The analysed terms of a passage: its own, their translations and their senses. */
  termsOf(passageId: string): ReadonlySet<string> {
    return this.termSets.get(passageId) ?? new Set();
  }

  /** Inverse passage frequency; a term the corpus never uses weighs as much as its rarest. */
  idf(term: string): number {
    const df = this.documentFrequency.get(term) ?? 0;
    return df > 0 ? Math.log(1 + this.passages.size / df) : Math.log(1 + this.passages.size);
  }

  /** The query's analysed terms: in its language when that is clear, else in both. */
  queryTerms(query: string): string[] {
    const guess = detectLanguage(query);
    const languages: Language[] = guess.confident ? [guess.language] : ['en', 'sv'];
    const terms = languages.flatMap((language) => this.analyzer.terms(query, language));
    return [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
  }

  search(query: string, options: { limit?: number } = {}): SearchHit[] {
    const terms = this.queryTerms(query);
    if (terms.length === 0) return [];
    const results = this.index.search(terms.join(' '), this.searchOptions());
    return results.slice(0, options.limit ?? 10).map((result) => {
      const passage = this.passages.get(String(result.id));
      return {
        passageId: String(result.id),
        documentId: passage?.documentId ?? '',
        score: Math.round(result.score * 1000) / 1000,
        text: passage?.text ?? '',
      };
    });
  }

  private searchOptions(): SearchOptions {
    const { boost, bm25, fuzzy, prefix, furnitureWeight } = this.ranking;
    return {
      combineWith: 'OR',
      boost,
      bm25,
      fuzzy: (term) => (term.length >= fuzzy.minLength ? fuzzy.fraction : false),
      prefix: (term) => term.length >= prefix.minLength,
      boostDocument: (id) => (this.passages.get(String(id))?.kind === 'body' ? 1 : furnitureWeight),
    };
  }
}
