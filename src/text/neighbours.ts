import type { SortedTable } from './sorted-table.ts';

/** A word used like another in news text, and how alike (the cosine of their GloVe vectors). */
export interface Neighbour {
  word: string;
  similarity: number;
}

/**
 * English distributional neighbours (`data/lexicon/neighbours-en.tsv`, from GloVe vectors): the words
 * used most like a word, which reword it where WordNet relates nothing ("penalties": sanctions).
 */
export class Neighbours {
  constructor(private readonly table: SortedTable) {}

  /** The neighbours of a word as written (lower case, any inflection), most alike first. */
  of(word: string): Neighbour[] {
    const field = this.table.get(word)?.[0];
    if (!field) return [];
    return field.split('|').map((entry) => {
      const colon = entry.lastIndexOf(':');
      return { word: entry.slice(0, colon), similarity: Number(entry.slice(colon + 1)) };
    });
  }
}
