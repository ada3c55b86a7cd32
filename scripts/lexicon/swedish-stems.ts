/**
 * The stems of the Swedish words of the hunspell dictionary `dictionary-sv` (Göran Andersson,
 * LGPL-3.0) into `data/lexicon/hunspell-sv-stems.tsv`, sorted: the known words a Swedish compound
 * is split into (turkietambassadören → turkiet + ambassadör). Stems, not words, because a
 * compound's head is inflected ("-ambassadören"); they are made with the project's own Snowball
 * stemmer, so regenerate after changing it: `npx tsx scripts/lexicon/swedish-stems.ts`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import { stem } from '../../src/text/stem.ts';
import { writeTable } from './table-file.ts';

const folder = dirname(createRequire(import.meta.url).resolve('dictionary-sv'));
const version = (JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version;
const stems = new Set<string>();
for (const line of readFileSync(join(folder, 'index.dic'), 'utf8').split('\n').slice(1)) {
  const word = line.split('/')[0]?.trim() ?? '';
  // Names (capitalised), abbreviations and forms the dictionary forbids (flag %) are no compound parts.
  if (!/^\p{Ll}[\p{Ll}]{2,}$/u.test(word) || /\/\S*%/u.test(line)) continue;
  stems.add(stem(word, 'sv'));
}
const sorted = [...stems].filter((s) => s.length >= 2).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const header = [
  `# Snowball stems of the words of dictionary-sv ${version} (hunspell, Göran Andersson), made by scripts/lexicon/swedish-stems.ts.`,
  '# Copyright (c) 2003-19 Göran Andersson. GNU Lesser General Public License version 3: see LICENSE-hunspell-sv.txt.',
  '# stem<TAB> (one a line)',
];
writeTable('hunspell-sv-stems.tsv', header, sorted.map((s) => `${s}\t`));
writeFileSync(join(BUNDLED_DATA_DIR, 'lexicon', 'LICENSE-hunspell-sv.txt'), readFileSync(join(folder, 'license'), 'utf8'));
console.log(`hunspell-sv-stems.tsv: ${sorted.length} stems`);
