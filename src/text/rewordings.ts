import type { Language } from '../corpus/types.ts';
import type { Neighbours } from './neighbours.ts';
import { isStopword, stem } from './stem.ts';
import { tokenize } from './tokenize.ts';
import { WORDNET_RELATIONS, type WordNet, type WordNetRelation } from './wordnet.ts';

/** A term WordNet relates to a phrase, and by which relation. */
export interface RelatedTerm {
  relation: WordNetRelation;
  term: string;
}

/** A term of a word used alike in news text, and how alike. */
export interface NeighbourTerm {
  term: string;
  similarity: number;
}

/** Phrases and words whose rewordings are remembered, each, before the memory is cleared. */
const MAX_REMEMBERED = 20_000;

/**
 * The rewordings of a word or phrase as terms, which depend on the lexicon alone: remembered, as
 * every question's words are looked up in WordNet and the neighbour table, each found word cut
 * into terms, and a word's neighbours looked up in turn, while questions repeat their words.
 * The query's own expansion (expansion.ts) weighs and caps them.
 */
export class Rewordings {
  private readonly relatedByPhrase = new Map<string, readonly RelatedTerm[]>();
  private readonly neighboursByWord = new Map<string, readonly NeighbourTerm[]>();

  constructor(
    private readonly wordnet: WordNet,
    private readonly neighbours: Neighbours,
  ) {}

  /** The terms of the words WordNet relates to a phrase (lower case), relation by relation, in WordNet's order. */
  related(phrase: string): readonly RelatedTerm[] {
    let found = this.relatedByPhrase.get(phrase);
    if (!found) {
      const terms: RelatedTerm[] = [];
      for (const relation of WORDNET_RELATIONS) {
        for (const word of this.wordnet.related(phrase, [relation])) for (const term of contentStems(word, 'en')) terms.push({ relation, term });
      }
      remember(this.relatedByPhrase, phrase, (found = terms));
    }
    return found;
  }

  /**
   * The terms of a word's distributional neighbours (the word as written, lower case), most alike first; with
   * `mutualOf`, the term of a word the documents use, only of the neighbours among whose own neighbours it is.
   */
  neighbourTerms(word: string, mutualOf?: string): readonly NeighbourTerm[] {
    const key = mutualOf === undefined ? word : `${word}\u0000${mutualOf}`;
    let found = this.neighboursByWord.get(key);
    if (!found) {
      const terms: NeighbourTerm[] = [];
      for (const neighbour of this.neighbours.of(word)) {
        if (mutualOf !== undefined && !this.neighbours.of(neighbour.word).some((back) => stem(back.word, 'en') === mutualOf)) continue;
        for (const term of contentStems(neighbour.word, 'en')) terms.push({ term, similarity: neighbour.similarity });
      }
      remember(this.neighboursByWord, key, (found = terms));
    }
    return found;
  }
}

function remember<T>(memory: Map<string, T>, key: string, value: T): void {
  if (memory.size >= MAX_REMEMBERED) memory.clear();
  memory.set(key, value);
}

/** The stems of a phrase's words that are no stop words. */
export function contentStems(phrase: string, language: Language): string[] {
  return tokenize(phrase)
    .filter((t) => !isStopword(t.raw, language))
    .map((t) => stem(t.raw, language));
}
