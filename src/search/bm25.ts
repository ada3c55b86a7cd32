import type { Passage } from '../corpus/types.ts';
import { FIELDS, runningMean, type Field, type TermIndex } from './term-index.ts';

export interface Bm25Ranking {
  boost: Record<Field, number>;
  bm25: { k: number; b: number; d: number };
  /** Edit distance allowed, as a fraction of the term's length, for terms of at least `minLength` characters. */
  fuzzy: { fraction: number; minLength: number };
  prefix: { minLength: number };
  /** Weight of headline and caption passages, which name topics without reporting facts. */
  furnitureWeight: number;
}

export interface ScoredPassage {
  passage: Passage;
  score: number;
}

/** MiniSearch 7's weights for prefix and fuzzy matches and its cap on the edit distance. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;
/** Query tokens whose prefix and fuzzy matches are remembered (each a few dozen terms at most). */
const MAX_REMEMBERED_TOKENS = 5_000;

/** One query token's scores as its wordings add up: per passage, and which passages it has reached (`touched` equals `mark`). */
interface TermSums {
  termScore: Float64Array;
  touched: Int32Array;
  mark: number;
  fresh: number[];
}

export interface Derived {
  term: string;
  weight: number;
}

/**
 * BM25+ over stacked index layers with the statistics of all of them together (passage count,
 * mean field lengths, document frequencies), so that a server's passages and the bundled ones
 * compete on equal terms. One layer scores exactly as MiniSearch 7 did (same formula, same
 * prefix and fuzzy expansion over its radix tree, same order of summation and among equal
 * scores: tests/search/layers.test.ts holds it to that); stacked layers score as one MiniSearch
 * index of all their passages, but for the order in which a term's prefix and fuzzy matches
 * from different layers are summed. Postings are typed arrays and scores accumulate in flat
 * arrays, which is what keeps a search fast on a large corpus.
 */
export class LayeredBm25 {
  private readonly offsets: number[] = [];
  private readonly size: number;
  private readonly averages: Float64Array;
  /** `spellings` by token (and the prefix and fuzzy settings it was derived with). */
  private readonly rememberedSpellings = new Map<string, readonly Derived[]>();

  constructor(private readonly layers: TermIndex[]) {
    let size = 0;
    for (const layer of layers) {
      this.offsets.push(size);
      size += layer.size;
    }
    this.size = size;
    this.averages = mergedAverages(layers);
  }

  /** Whether any layer indexes the term, or one it is a prefix of, or one within its fuzzy distance. */
  matchesAny(term: string, fuzzy: number): boolean {
    const distance = maxDistance(term, fuzzy);
    return this.layers.some(
      ({ tree }) => tree.has(term) || !tree.atPrefix(term).keys().next().done || (distance > 0 && tree.fuzzyGet(term, distance).size > 0),
    );
  }

  /** The best `limit` passages for the query tokens, best first; equal scores keep the order MiniSearch gives them. */
  /**
   * A token's `weight` is that of a match on the token itself (1 unless given); a token that only
   * `adds` adds its score to the passages the tokens before it found, without counting as one more
   * token found (which multiplies a passage's score).
   */
  search(tokens: Array<{ token: string; expansions: readonly Derived[]; weight?: number; adds?: true }>, ranking: Bm25Ranking, limit: number): ScoredPassage[] {
    const total = new Float64Array(this.size);
    const quality = new Int32Array(this.size);
    const termScore = new Float64Array(this.size);
    const touched = new Int32Array(this.size);
    /** Passages in the order they were first matched: MiniSearch's order among equal scores. */
    const order: number[] = [];
    const counted = new Set<string>();
    tokens.forEach(({ token, expansions, weight: own, adds }, q) => {
      const fresh: number[] = [];
      const sums = { termScore, touched, mark: q + 1, fresh };
      for (const { term, weight } of this.derive(token, ranking, expansions, own)) this.score(term, weight, ranking, sums);
      // Results of each query term are added up in query order; a term repeated in the query adds its score again but counts once.
      const repeated = counted.has(token);
      counted.add(token);
      for (const doc of fresh) {
        if (adds) {
          if (quality[doc] !== 0) total[doc] = (total[doc] as number) + (termScore[doc] as number);
          continue;
        }
        if (quality[doc] === 0) order.push(doc);
        total[doc] = (total[doc] as number) + (termScore[doc] as number);
        if (!repeated) quality[doc] = (quality[doc] as number) + 1;
      }
    });
    return this.best(order, (doc) => (total[doc] as number) * (quality[doc] as number), limit);
  }

  /**
   * The query token itself, then the longer terms it is a prefix of, then the terms within its
   * edit distance, then its other wordings (each once, at the highest weight it gets).
   */
  private derive(token: string, ranking: Bm25Ranking, expansions: readonly Derived[], weight = 1): Derived[] {
    const derived: Derived[] = [{ term: token, weight }, ...this.spellings(token, ranking)];
    if (expansions.length === 0) return derived;
    const at = new Map(derived.map((d, i) => [d.term, i]));
    for (const expansion of expansions) {
      const i = at.get(expansion.term);
      if (i === undefined) {
        at.set(expansion.term, derived.length);
        derived.push(expansion);
      } else if ((derived[i] as Derived).weight < expansion.weight) derived[i] = expansion;
    }
    return derived;
  }

  /**
   * The longer terms a token is a prefix of, then the terms within its edit distance, at their weights:
   * remembered per token, as the layers never change and a radix tree's fuzzy walk costs more than
   * the scoring of a small corpus (questions repeat their words: Putin, Erdogan, S-400).
   */
  private spellings(token: string, ranking: Bm25Ranking): readonly Derived[] {
    const prefix = token.length >= ranking.prefix.minLength;
    const fuzzy = token.length >= ranking.fuzzy.minLength ? ranking.fuzzy.fraction : 0;
    const distance = maxDistance(token, fuzzy);
    const key = `${prefix ? 'p' : ''}${distance}\u0000${token}`;
    let found = this.rememberedSpellings.get(key);
    if (found) return found;
    const prefixed = new Map<string, number>();
    const near = new Map<string, number>();
    for (const { tree } of this.layers) {
      if (prefix) for (const term of tree.atPrefix(token).keys()) if (!prefixed.has(term)) prefixed.set(term, term.length - token.length);
      if (distance > 0) for (const [term, [, d]] of tree.fuzzyGet(token, distance)) if (!near.has(term)) near.set(term, d);
    }
    const derived: Derived[] = [];
    for (const [term, d] of prefixed) {
      if (!d) continue;
      near.delete(term);
      derived.push({ term, weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * d) });
    }
    for (const [term, d] of near) if (d) derived.push({ term, weight: (FUZZY_WEIGHT * term.length) / (term.length + d) });
    if (this.rememberedSpellings.size >= MAX_REMEMBERED_TOKENS) this.rememberedSpellings.clear();
    this.rememberedSpellings.set(key, (found = derived));
    return found;
  }

  /**
   * Adds each passage's score for one matched term, field by field, to `sums.termScore`; a passage
   * the query token had not matched yet starts at it and joins `fresh`. Written as one flat loop
   * over typed arrays: at a hundred times the corpus a common term has tens of thousands of postings.
   */
  private score(term: string, termWeight: number, ranking: Bm25Ranking, sums: TermSums): void {
    const { k, b, d } = ranking.bm25;
    const { termScore, touched, mark, fresh } = sums;
    const ids = this.layers.map((layer) => layer.termId(term));
    for (let f = 0; f < FIELDS.length; f++) {
      let matching = 0;
      for (let l = 0; l < this.layers.length; l++) {
        const id = ids[l];
        if (id === undefined) continue;
        const { start, end } = (this.layers[l] as TermIndex).postings(id, f);
        matching += end - start;
      }
      if (matching === 0) continue;
      const fieldBoost = ranking.boost[FIELDS[f] as Field];
      const average = this.averages[f] as number;
      const invDocFreq = Math.log(1 + (this.size - matching + 0.5) / (matching + 0.5));
      for (let l = 0; l < this.layers.length; l++) {
        const id = ids[l];
        if (id === undefined) continue;
        const layer = this.layers[l] as TermIndex;
        const { postingDocs, postingCounts, fieldLengths, body } = layer.data;
        const { start, end } = layer.postings(id, f);
        const offset = this.offsets[l] as number;
        for (let i = start; i < end; i++) {
          const doc = postingDocs[i] as number;
          const docBoost = body[doc] === 1 ? 1 : ranking.furnitureWeight;
          if (!docBoost) continue;
          const termFreq = postingCounts[i] as number;
          const fieldLength = fieldLengths[doc * FIELDS.length + f] as number;
          const rawScore = invDocFreq * (d + (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / average)));
          const score = termWeight * fieldBoost * docBoost * rawScore;
          const at = offset + doc;
          if (touched[at] === mark) termScore[at] = (termScore[at] as number) + score;
          else {
            touched[at] = mark;
            termScore[at] = score;
            fresh.push(at);
          }
        }
      }
    }
  }

  private best(order: number[], scoreOf: (doc: number) => number, limit: number): ScoredPassage[] {
    const top: Array<{ doc: number; score: number }> = [];
    for (const doc of order) {
      const score = scoreOf(doc);
      if (top.length >= limit && !(score > (top[top.length - 1] as { score: number }).score)) continue;
      // After every passage that scores at least as much: among equals, the one found first stays first.
      let at = top.length;
      while (at > 0 && (top[at - 1] as { score: number }).score < score) at--;
      top.splice(at, 0, { doc, score });
      if (top.length > limit) top.pop();
    }
    return top.map(({ doc, score }) => ({ passage: this.passageAt(doc), score }));
  }

  private passageAt(doc: number): Passage {
    let l = this.layers.length - 1;
    while (l > 0 && (this.offsets[l] as number) > doc) l--;
    return (this.layers[l] as TermIndex).passages[doc - (this.offsets[l] as number)] as Passage;
  }
}

function maxDistance(term: string, fuzzy: number): number {
  return fuzzy > 0 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : 0;
}

/** Mean field lengths over all layers, continued passage by passage as if they were one index. */
function mergedAverages(layers: TermIndex[]): Float64Array {
  const [first, ...rest] = layers;
  const averages = Float64Array.from(first?.data.averageFieldLengths ?? new Float64Array(FIELDS.length));
  let count = first?.size ?? 0;
  for (const layer of rest) {
    for (let doc = 0; doc < layer.size; doc++, count++) {
      for (let f = 0; f < FIELDS.length; f++) averages[f] = runningMean(averages[f] as number, count, layer.data.fieldLengths[doc * FIELDS.length + f] as number);
    }
  }
  return averages;
}
