import type { Expansion } from '../text/expansion.ts';
import type { LanguageGuess } from '../text/language.ts';

/** What a question may ask for that passages state without a word of the question: an amount, a date. */
export type AnswerSlot = 'measure' | 'date';

/**
 * A question or search text analysed once: its language and its terms, carried through
 * retrieval, answer support and abstention instead of being worked out again at each.
 */
export interface Query {
  text: string;
  guess: LanguageGuess;
  /** The analysed terms, unique, in the text's language when that is clear, else in both. */
  terms: string[];
  /** The terms in the guessed language with the span of text each stands for (names are found by them; `name` when the alias table knows it, however it is written). */
  spans: Array<{ term: string; start: number; end: number; name?: true }>;
  /** Words searched only by their other wordings ("downing" as shoot down), which an answer need not hold. */
  weak: string[];
  /** Other wordings of each term (WordNet's, the dictionary's translations), weighted below the term itself. */
  expansions: ReadonlyMap<string, readonly Expansion[]>;
  /** What the text asks for besides its words: a measured amount ("how big", "the price of"), a date ("when"); it then searches the passages that state one. */
  asks?: readonly AnswerSlot[];
}

export interface SearchHit {
  passageId: string;
  documentId: string;
  score: number;
  text: string;
}
