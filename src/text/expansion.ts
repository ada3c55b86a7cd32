import type { Language } from '../corpus/types.ts';
import type { AnalysedTerm, Analyzer } from './analyzer.ts';
import { PARTICLES } from './particles.ts';
import { isStopword } from './stem.ts';
import { tokenize } from './tokenize.ts';
import type { WordNetRelation } from './wordnet.ts';

/** A term a query term may be worded as, and how much a match on it counts against a match on the term itself. */
export interface Expansion {
  term: string;
  weight: number;
}

/**
 * Weights of the ways a query term is reworded: by WordNet relation, by translation into the other
 * language, by the other words of its news-glossary entry in its own language (soldier → troops), by
 * the distributional neighbours of a word the documents never use, by the mutual neighbours of one
 * they do use (both times their cosine), and a seat of government by its state.
 */
export type ExpansionWeights = Record<WordNetRelation | 'translation' | 'glossary' | 'neighbour' | 'mutual' | 'seat', number>;

/** Measured on the dev half of the paraphrase set (`npm run eval`; see README). */
export const DEFAULT_EXPANSION: ExpansionWeights = { synonym: 0.5, hypernym: 0.25, hyponym: 0.25, derivation: 0.15, translation: 0.5, glossary: 0.25, neighbour: 0.8, mutual: 0.2, seat: 0.25 };

/** Rewordings kept per query term: a common word has dozens, and each costs a look-up. */
const MAX_PER_TERM = 24;
/** A Swedish word's translations reworded through WordNet: the dictionary lists the commonest first. */
const MAX_TRANSLATIONS = 3;
/** An English possessive ending, which a name's span holds ("Moscow's"). */
const POSSESSIVE = /['’]s$/u;
/** Longest phrase looked up in WordNet ("shoot down", "green light"). */
const MAX_PHRASE = 3;

/**
 * Other wordings of a query's terms: English words WordNet relates to them (for a word or a phrase
 * of the query, or for a Swedish word's translations), the dictionary's translations into the other
 * language, and the words used most like them in news text (all of them for a word the documents never
 * use, the mutual ones for a word they do). They widen what a query finds, below the query's own terms.
 */
export function expansionsOf(
  analyzer: Analyzer,
  text: string,
  spans: AnalysedTerm[],
  language: Language,
  weights: ExpansionWeights = DEFAULT_EXPANSION,
  /** The terms the query keeps (a long text keeps only its first ones): the others are not reworded. */
  kept?: ReadonlySet<string>,
  /**
   * Whether the documents use a term. A word they never use is reworded by its distributional neighbours too.
   * A word they do use finds its passages itself, and most of its neighbours are only words of its topic
   * ("stationed": soldiers, battalion), which would find others: it is reworded, lower, by its mutual
   * neighbours only, each among the other's closest ("stationed" ↔ deployed, "forces" ↔ troops).
   */
  used: (term: string) => boolean = () => false,
  /**
   * Whether `language` is the one the text was guessed to be in. Only then are a Swedish text's words reworded
   * in English beyond their translations: the other reading of an unclear question is mostly English words read
   * as Swedish ones ("as" as a carcass).
   */
  guessed = false,
): Map<string, Expansion[]> {
  const { dictionary, seats } = analyzer.lexicon;
  const { rewordings } = analyzer;
  const found = new Map<string, Map<string, number>>();
  const own = new Set(spans.map((s) => s.term));
  const tokens = tokenize(text);
  // A word's neighbours come on top of its cap: they are few, and a common word fills the cap with WordNet's relations.
  const add = (of: string, term: string, weight: number, beyondCap = false) => {
    if (weight <= 0 || own.has(term) || isStopword(term, 'en')) return;
    let map = found.get(of);
    if (!map) found.set(of, (map = new Map()));
    if (map.size < MAX_PER_TERM || map.has(term) || beyondCap) map.set(term, Math.max(map.get(term) ?? 0, weight));
  };
  // WordNet's words for a phrase, rewording each of the query's terms it covers (at a share, for a translation's).
  const relate = (phrase: string, members: readonly AnalysedTerm[], share = 1) => {
    for (const { relation, term } of rewordings.related(phrase)) for (const member of members) add(member.term, term, share * weights[relation]);
  };
  // A word repeated with the same words after it is reworded once: a pasted text repeats many.
  const done = new Set<string>();
  spans.forEach((span) => {
    if (kept && !kept.has(span.term)) return;
    // News text names a state by its seat of government ("Moscow's forces", "Ankara said"): the state, well below the name itself.
    const state = seats.get(text.slice(span.start, span.end).toLowerCase().replace(POSSESSIVE, ''));
    if (state !== undefined && state !== span.term) add(span.term, state, weights.seat);
    // A name is no word to reword otherwise: Turkey is no fowl, Moscow no capital in general.
    if (span.name) return;
    const first = tokens.findIndex((token) => token.start === span.start);
    const seen = `${span.term} ${text.slice(span.start, tokens[first + MAX_PHRASE - 1]?.end ?? text.length).toLowerCase()}`;
    if (done.has(seen)) return;
    done.add(seen);
    // The English of a Swedish particle verb is reworded as English is ("take place": happen, occur).
    if (span.english !== undefined) return relate(span.english, [span]);
    for (const term of dictionary.bridge(span.term, language)) add(span.term, term, weights.translation);
    for (const term of dictionary.sameSense(span.term, language)) add(span.term, term, weights.glossary);
    if (language !== 'en') {
      // A Swedish word is also worded as its English translations would be, a step below them ("kriget": war → conflict).
      if (!guessed) return;
      for (const english of dictionary.translate(text.slice(span.start, span.end).toLowerCase(), language).slice(0, MAX_TRANSLATIONS)) relate(english, [span], weights.translation);
      return;
    }
    // A phrase runs over every word, function words too: "kicked out", "took part", "brushes aside"; it may open on a
    // particle before the word, which is a stop word of its own ("a down payment" is a deposit).
    if (first < 0) return;
    const before = tokens[first - 1];
    const opening = before && PARTICLES.has(before.raw.toLowerCase()) ? before.start : span.start;
    for (let length = MAX_PHRASE; length >= 1; length--) {
      const last = tokens[first + length - 1];
      if (!last) continue;
      // A phrase ends in a word of its own or in a particle ("kicked out"), not in a preposition: "looks at" is not "look at".
      if (!spans.some((member) => member.end === last.end) && !PARTICLES.has(last.raw.toLowerCase())) continue;
      const window = spans.filter((member) => member.start >= span.start && member.end <= last.end);
      if (window.some((member) => member.name)) continue;
      for (const start of new Set([opening, span.start])) relate(text.slice(start, last.end).toLowerCase(), window);
    }
    // A word used alike in news text, after WordNet's relations: its weight times the cosine of the two words' vectors.
    const documents = used(span.term);
    const weight = documents ? weights.mutual : weights.neighbour;
    if (weight <= 0) return;
    for (const { term, similarity } of rewordings.neighbourTerms(text.slice(span.start, span.end).toLowerCase(), documents ? span.term : undefined)) {
      add(span.term, term, weight * similarity, true);
    }
  });
  return new Map([...found].map(([of, map]) => [of, [...map].map(([term, weight]) => ({ term, weight })).sort((a, b) => b.weight - a.weight)]));
}
