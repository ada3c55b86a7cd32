/**
 * English word forms for the Swedish gloss: the dictionaries give base forms ("kill", "soldier"),
 * and a gloss that keeps the Swedish tense and number ("dödades" → killed, "soldaterna" → the
 * soldiers) reads as English. The tagger conjugates and inflects; forms are worked out once, and
 * those of every word the dictionaries translate to were worked out ahead, into
 * `data/lexicon/english-forms.tsv` (scripts/lexicon/english-forms.ts), so that the tagger loads only
 * for a word outside them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Compromise from 'compromise';

let tagger: typeof Compromise | undefined;

/** The tagger, loaded at its first use: reading its lexicon takes most of a second, and most runs never gloss. */
function nlp(text: string): ReturnType<typeof Compromise> {
  tagger ??= createRequire(import.meta.url)('compromise') as typeof Compromise;
  return tagger(text);
}

export type VerbForm = 'past' | 'participle' | 'present-singular' | 'gerund';

let verbs: Map<string, boolean> | undefined;
let forms: Map<string, string> | undefined;

/** The forms worked out ahead, read at the first question for one. */
function known(): { verbs: Map<string, boolean>; forms: Map<string, string> } {
  if (verbs === undefined || forms === undefined) {
    verbs = new Map();
    forms = new Map();
    for (const line of readFileSync(new URL('../../data/lexicon/english-forms.tsv', import.meta.url), 'utf8').split('\n')) {
      const tab = line.indexOf('\t');
      if (line.startsWith('#') || tab < 0) continue;
      const key = line.slice(0, tab);
      if (key.startsWith('verb:')) verbs.set(key.slice(5), line.slice(tab + 1) === '1');
      else forms.set(key, line.slice(tab + 1));
    }
  }
  return { verbs, forms };
}

/** Every form known so far, as the converted table writes them (scripts/lexicon/english-forms.ts). */
export function formsWorkedOut(): Array<[string, string]> {
  const table = known();
  return [...[...table.verbs].map(([word, can]): [string, string] => [`verb:${word}`, can ? '1' : '0']), ...table.forms];
}

/** Whether an English word can be a verb: the tagger's lexicon says so, or it reads as one after "will" and is no noun ("shoot", not "regime"). */
export function canBeVerb(word: string): boolean {
  const { verbs } = known();
  let can = verbs.get(word);
  if (can === undefined) {
    // A name, and a gerund ("starling" read as one), is no verb a Swedish finite form glosses to: the tagger is not asked.
    can = /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !/ing$/u.test(word) && taggedVerb(word);
    verbs.set(word, can);
  }
  return can;
}

function taggedVerb(word: string): boolean {
  const alone = nlp(word);
  const tagged = (tag: string) => alone.has(tag) === true;
  return tagged('#Verb') || (!tagged('#Noun') && (nlp(`they will ${word} it`).match('#Verb').out('array') as string[]).includes(word));
}

/** A verb phrase ("shoot", "put") in a form: its first word conjugated, the rest as it is. */
export function verbIn(phrase: string, form: VerbForm): string {
  const [head = '', ...rest] = phrase.split(' ');
  const { forms } = known();
  const key = `${form}:${head}`;
  let inflected = forms.get(key);
  if (inflected === undefined) {
    const conjugated = nlp(`they ${head}`).verbs().conjugate()[0] as Record<string, string | undefined> | undefined;
    const wanted = form === 'past' ? conjugated?.PastTense : form === 'participle' ? (conjugated?.Participle ?? conjugated?.PastTense) : form === 'gerund' ? conjugated?.Gerund : conjugated?.PresentTense;
    inflected = wanted !== undefined && !wanted.includes(' ') ? wanted : head;
    forms.set(key, inflected);
  }
  return [inflected, ...rest].join(' ');
}

/** The plural of a noun phrase's last word ("air raid" → air raids). */
export function pluralOf(phrase: string): string {
  const { forms } = known();
  const key = `plural:${phrase}`;
  let plural = forms.get(key);
  if (plural === undefined) {
    const made = nlp(`the ${phrase}`).nouns().toPlural().text().replace(/^the\s+/u, '');
    plural = made !== '' && made.split(' ').length === phrase.split(' ').length ? made : phrase;
    forms.set(key, plural);
  }
  return plural;
}

/** Whether an English text has a verb the tagger finds: a clause, not a phrase ("At the palace."). */
export function hasVerb(text: string): boolean {
  return (nlp(text).verbs().out('array') as string[]).length > 0;
}
