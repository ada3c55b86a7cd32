/**
 * Converts FreeDict's Swedish–English and English–Swedish dictionaries (Debian's packages
 * dict-freedict-swe-eng and dict-freedict-eng-swe, GPL-2+) into `data/lexicon/freedict-swe-eng.tsv`
 * and `freedict-eng-swe.tsv`: a headword a line, its translations in the dictionary's order
 * (first sense first), with their stems. Nothing in them is edited by hand; regenerate (also after
 * changing the stemmer) with
 *
 *   apt-get install dict-freedict-swe-eng dict-freedict-eng-swe
 *   npx tsx scripts/lexicon/freedict.ts DICTD_DIR GPL_FILE
 *
 * where DICTD_DIR holds the packages' `.index` and `.dict.dz` files (`dpkg -L dict-freedict-swe-eng`
 * lists them) and GPL_FILE is the text of the GNU GPL version 2 (Debian's common-licenses).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import { contentStems } from '../../src/text/dictionary.ts';
import { writeTable } from './table-file.ts';

const [dictd, gpl] = process.argv.slice(2);
if (!dictd || !gpl) {
  console.error('usage: npx tsx scripts/lexicon/freedict.ts DICTD_DIR GPL_FILE');
  process.exit(2);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const number = (text: string) => [...text].reduce((n, c) => n * 64 + BASE64.indexOf(c), 0);

/** The dictd database: an index of (headword, offset, length) into the text of the entries. */
function entries(name: string): { info: string; entries: Map<string, string[]> } {
  const text = gunzipSync(readFileSync(join(dictd as string, `freedict-${name}.dict.dz`)));
  const found = new Map<string, string[]>();
  let info = '';
  for (const line of readFileSync(join(dictd as string, `freedict-${name}.index`), 'utf8').split('\n')) {
    const [head, offset, length] = line.split('\t');
    if (!head || offset === undefined || length === undefined) continue;
    const body = text.subarray(number(offset), number(offset) + number(length)).toString('utf8');
    if (head === '00databaseinfo') info = body;
    if (head.startsWith('00database')) continue;
    // The first line is the headword and its pronunciation; then one sense a line ("1. combine").
    const [first, ...senses] = body.split('\n');
    const headword = (first ?? '').replace(/\s*\/[^/]*\/\s*$/u, '').trim().toLowerCase();
    const translations = senses.flatMap((sense) => sense.replace(/^\s*\d+\.\s*/u, '').split(/,\s*/u)).map((t) => t.trim()).filter((t) => t !== '' && !t.includes('\t'));
    if (headword === '' || translations.length === 0) continue;
    found.set(headword, [...new Set([...(found.get(headword) ?? []), ...translations])]);
  }
  return { info, entries: found };
}

for (const name of ['swe-eng', 'eng-swe'] as const) {
  const { info, entries: found } = entries(name);
  const edition = /Edition:\s*(\S+)/u.exec(info)?.[1] ?? '?';
  const [from, to] = name === 'swe-eng' ? (['sv', 'en'] as const) : (['en', 'sv'] as const);
  // The stems of both sides are worked out here, with the project's stemmer, so that loading is only reading.
  const stems = (words: string[], language: 'sv' | 'en') => words.map((w) => contentStems(w, language).join(' ')).join('|');
  const lines = [...found]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([head, translations]) => `${head}\t${translations.join('|')}\t${stems([head], from)}\t${stems(translations, to)}`);
  const header = [
    `# FreeDict ${name} dictionary, edition ${edition} (${found.size} headwords), from Debian's dict-freedict-${name}, converted by scripts/lexicon/freedict.ts.`,
    '# Copyright (C) 1999-2017 by various authors (FreeDict, https://freedict.org/; generated from Ergane). GNU GPL version 2 or later: see LICENSE-freedict.txt.',
    '# headword<TAB>translations separated by |, first sense first<TAB>stems of the headword<TAB>stems of each translation (|); stems by the Snowball stemmers of src/text/stem.ts.',
  ];
  writeTable(`freedict-${name}.tsv`, header, lines);
  if (name === 'swe-eng') writeFileSync(join(BUNDLED_DATA_DIR, 'lexicon', 'LICENSE-freedict.txt'), `${info.trim()}\n\n${readFileSync(gpl, 'utf8')}`);
  console.log(`freedict-${name}.tsv: ${found.size} headwords`);
}
