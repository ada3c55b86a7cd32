import type { Language } from '../corpus/types.ts';
import { ABBREVIATION_PLURAL, type AnalysedTerm, type Analyzer } from '../text/analyzer.ts';
import { DEFAULT_EXPANSION, expansionsOf, type Expansion, type ExpansionWeights } from '../text/expansion.ts';
import { asksDate, DATE_TERM } from '../text/dates-stated.ts';
import { asksMeasure, MEASURE_TERM } from '../text/measures.ts';
import { detectLanguage, type LanguageGuess } from '../text/language.ts';
import type { AnalysedDocument } from './analysis.ts';
import { LayeredBm25, type Bm25Ranking } from './bm25.ts';
import type { AnswerSlot, Query, SearchHit } from './query.ts';
import { Speller } from './spelling.ts';
import { TermIndex } from './term-index.ts';

export interface RankingOptions extends Bm25Ranking {
  /**
   * How much a passage's stating what a query asks for (a measured amount, a date) counts, against a
   * query term: it only adds to the passages the query's words found.
   */
  slots: Record<AnswerSlot, number>;
  /** How much other wordings of a query term count (0 leaves a relation out). */
  expansion: ExpansionWeights;
}

/** Tuned on the evaluation set with `npm run eval` (see README). */
export const DEFAULT_RANKING: RankingOptions = {
  // The title names the document's topic, which a passage's own words need not repeat: about a third of them (0.35).
  // Measured on the dev half: 0.25–0.4 alike best (0.5 lowers document-level MRR), the least of the best two kept.
  boost: { text: 1, bridge: 0.6, context: 0.25, title: 0.35 },
  bm25: { k: 1.5, b: 0.7, d: 0.5 },
  fuzzy: { fraction: 0.2, minLength: 5 },
  // From four letters a word finds the longer words it begins: "pipe" finds pipeline.
  prefix: { minLength: 4 },
  furnitureWeight: 0.6,
  expansion: DEFAULT_EXPANSION,
  // A question's "how much" or "when" is a word of it too, standing for the amount or date it asks: as much as a term.
  slots: { measure: 1, date: 1 },
};

/** Each answer slot's term in the index. */
const SLOT_TERMS: Record<AnswerSlot, string> = { measure: MEASURE_TERM, date: DATE_TERM };

/** Unique query terms considered: a 10,000-character paste must not slow the search down. */
const MAX_QUERY_TERMS = 48;

/** How far a name may be misspelled and still count as one the documents mention. */
const NAME_FUZZINESS = 0.2;

/**
 * Ranked retrieval of passages over pre-analysed, language-aware terms, and the term
 * statistics answers are weighed with. It is a stack of layers: the bundled corpus, shared by
 * every server, and a server's own documents on top (`withDocuments`), ranked together.
 */
export class PassageIndex {
  private readonly bm25: LayeredBm25;
  private readonly size: number;
  private readonly speller: Speller;

  constructor(
    private readonly analyzer: Analyzer,
    readonly layers: TermIndex[],
    private readonly ranking: RankingOptions = DEFAULT_RANKING,
  ) {
    this.bm25 = new LayeredBm25(layers);
    this.size = layers.reduce((sum, layer) => sum + layer.size, 0);
    this.speller = new Speller(analyzer, layers);
  }

  static build(analyzer: Analyzer, documents: AnalysedDocument[], ranking?: RankingOptions): PassageIndex {
    return new PassageIndex(analyzer, [TermIndex.build(documents, analyzer)], ranking);
  }

  /** This index with a layer of more documents on top; this one is shared, not copied. */
  withDocuments(documents: AnalysedDocument[]): PassageIndex {
    return this.withLayer(TermIndex.build(documents, this.analyzer));
  }

  /** This index with a layer built already (a server's, read from its saved state) on top. */
  withLayer(layer: TermIndex): PassageIndex {
    return new PassageIndex(this.analyzer, [...this.layers, layer], this.ranking);
  }

  /**
   * The capitalised names in a query (not its first word, unless the query is words cut from inside a
   * sentence: `inner`) that no passage mentions, even spelled a little differently: "Australia" in a
   * question about the capital of Australia.
   */
  unknownNames(query: Query, inner = false): string[] {
    // A word stands for all its terms: a compound no passage holds whole is known by its parts ("Astanasamtalen").
    const words = new Map<number, { end: number; known: boolean }>();
    for (const item of query.spans) {
      const written = query.text.slice(item.start, item.end);
      if ((item.start === 0 && !inner) || !/^\p{Lu}/u.test(written) || ABBREVIATION_PLURAL.test(written)) continue;
      const word = words.get(item.start) ?? { end: item.end, known: false };
      word.known ||= this.knows(item.term);
      words.set(item.start, word);
    }
    return [...words].filter(([, word]) => !word.known).map(([start, word]) => query.text.slice(start, word.end));
  }

  /** The terms of a query that no passage uses, even spelled a little differently: "corridor" in "When was the grain corridor agreement signed?". */
  unheardTerms(query: { readonly terms: readonly string[] }): string[] {
    return [...new Set(query.terms)].filter((term) => !this.senses(term).some((sense) => this.knows(sense)));
  }

  private knows(term: string): boolean {
    if (this.passageFrequency(term) > 0) return true;
    return term.split(' ').some((token) => token !== '' && this.bm25.matchesAny(token, NAME_FUZZINESS));
  }

  /** A query term and the glossary senses it may stand for, in either language. */
  senses(term: string): string[] {
    return [...new Set([term, this.analyzer.sense(term, 'en'), this.analyzer.sense(term, 'sv')])];
  }

  /** The analysed terms of a passage: its own, their translations and their senses. */
  termsOf(passageId: string): ReadonlySet<string> {
    for (const layer of this.layers) {
      const position = layer.position(passageId);
      if (position !== undefined) return layer.supportSet(position);
    }
    return new Set();
  }

  /** Inverse passage frequency; a term the corpus never uses weighs as much as its rarest. */
  idf(term: string): number {
    const df = this.passageFrequency(term);
    return df > 0 ? Math.log(1 + this.size / df) : Math.log(1 + this.size);
  }

  /** Whether some passage uses a term. */
  uses(term: string): boolean {
    return this.passageFrequency(term) > 0;
  }

  private passageFrequency(term: string): number {
    return this.layers.reduce((sum, layer) => sum + layer.passageFrequency(term), 0);
  }

  /**
   * A question's text with its misspelt words written as the names and words they are near (see
   * `Speller`): what a question is read as, before any other analysis.
   */
  respell(text: string): string {
    return this.speller.respell(text);
  }

  /** A text analysed as a query, once: its spelling read, its language (detected unless given) and its terms. */
  analyse(written: string, given?: LanguageGuess): Query {
    const text = this.respell(written);
    const guess = given ?? detectLanguage(text);
    // A particle verb is asked for by its English, not by its verb and particle ("trädde i kraft": take effect).
    const spans = this.analyzer.analyze(text, guess.language).filter((item) => !item.inParticleVerb);
    const other: Language = guess.language === 'en' ? 'sv' : 'en';
    const otherSpans = guess.confident ? [] : this.analyzer.analyze(text, other).filter((item) => !item.inParticleVerb);
    const all = [...spans, ...otherSpans];
    const unsplit = this.unknownWholes(spans);
    const terms = [...new Set(all.filter((item) => !item.weak && !unsplit.has(item)).map((item) => item.term))].slice(0, MAX_QUERY_TERMS);
    const weak = [...new Set(all.filter((item) => item.weak).map((item) => item.term))].filter((term) => !terms.includes(term));
    const kept = new Set([...terms, ...weak]);
    const { expansion } = this.ranking;
    const used = (term: string) => this.uses(term);
    const expansions = new Map([...expansionsOf(this.analyzer, text, spans, guess.language, expansion, kept, used, true), ...expansionsOf(this.analyzer, text, otherSpans, other, expansion, kept, used)]);
    for (const term of expansions.keys()) if (!kept.has(term)) expansions.delete(term);
    const asks: AnswerSlot[] = [...(asksMeasure(text, guess.language, this.analyzer.lexicon) ? (['measure'] as const) : []), ...(asksDate(text, guess.language) ? (['date'] as const) : [])];
    return { text, guess, terms, spans: spans.filter((item) => !item.weak), weak, expansions, ...(asks.length > 0 && { asks }) };
  }

  /**
   * The whole of each compound whose parts stand in its place (the analyzer gives a Swedish compound
   * as the whole word, then its parts) when no passage holds the whole: "Astanasamtalen" asks for
   * Astana and samtal, and an answer need not hold a word the documents never use.
   */
  private unknownWholes(spans: AnalysedTerm[]): Set<AnalysedTerm> {
    const wholes = new Set<AnalysedTerm>();
    spans.forEach((item, i) => {
      const next = spans[i + 1];
      const previous = spans[i - 1];
      const first = previous === undefined || previous.start !== item.start;
      if (first && item.english === undefined && next !== undefined && next.start === item.start && !this.knows(item.term)) wholes.add(item);
    });
    return wholes;
  }

  search(query: Query | string, options: { limit?: number } = {}): SearchHit[] {
    const analysed = typeof query === 'string' ? this.analyse(query) : query;
    // The terms are matched as MiniSearch matched the space-joined query: split on spaces.
    const tokens: Array<{ token: string; expansions: readonly Expansion[]; weight?: number; adds?: true }> = [
      ...analysed.terms.flatMap((term) => term.split(' ').filter(Boolean).map((token) => ({ token, expansions: analysed.expansions.get(term) ?? [] }))),
      ...analysed.weak.flatMap((term) => {
        const expansions = analysed.expansions.get(term) ?? [];
        return expansions.length > 0 ? [{ token: term, expansions }] : [];
      }),
    ];
    if (tokens.length === 0) return [];
    // Last, as they only add to what the query's words found: an amount or a date alone is no match.
    for (const slot of analysed.asks ?? []) if (this.ranking.slots[slot] > 0) tokens.push({ token: SLOT_TERMS[slot], expansions: [], weight: this.ranking.slots[slot], adds: true });
    return this.bm25.search(tokens, this.ranking, Math.max(0, options.limit ?? 10)).map(({ passage, score }) => ({
      passageId: passage.id,
      documentId: passage.documentId,
      score: Math.round(score * 1000) / 1000,
      text: passage.text,
    }));
  }
}
