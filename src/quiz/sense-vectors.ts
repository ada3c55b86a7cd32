/** Events as weighted senses, and how alike two of them are: the cosine of their unit vectors. */

export type Vector = Map<string, number>;

/** A sense in more than this share of the events tells no story apart. */
const COMMON_SHARE = 0.3;

export function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  return dot;
}

function normalised(vector: Vector): Vector {
  const norm = Math.sqrt([...vector.values()].reduce((s, w) => s + w * w, 0)) || 1;
  return new Map([...vector].map(([t, w]) => [t, w / norm]));
}

/**
 * Each sense's weight over the events' senses (`terms`, one list an event): rarer ones weigh more,
 * those most events share and those of one event only nothing; with each event's vector, and a
 * vector for any other list of senses weighed alike.
 */
export function weigh(terms: readonly (readonly string[])[]) {
  const df = new Map<string, number>();
  for (const list of terms) for (const term of new Set(list)) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = (term: string) => {
    const n = df.get(term) ?? 0;
    return n > COMMON_SHARE * terms.length || n < 2 ? 0 : Math.log(terms.length / n);
  };
  const vector = (list: readonly string[]) => normalised(new Map(list.map((t) => [t, idf(t)] as [string, number]).filter(([, w]) => w > 0)));
  return { idf, vector, vectors: terms.map(vector) };
}
