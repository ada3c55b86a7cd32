/**
 * English word forms for the Swedish gloss: the dictionaries give base forms ("kill", "soldier"),
 * and a gloss that keeps the Swedish tense and number ("dödades" → killed, "soldaterna" → the
 * soldiers) reads as English. The tagger conjugates and inflects; forms are worked out once.
 */
import { createRequire } from 'node:module';
import type Compromise from 'compromise';

let tagger: typeof Compromise | undefined;

/** The tagger, loaded at its first use: reading its lexicon takes most of a second, and most runs never gloss. */
function nlp(text: string): ReturnType<typeof Compromise> {
  tagger ??= createRequire(import.meta.url)('compromise') as typeof Compromise;
  return tagger(text);
}

export type VerbForm = 'past' | 'participle' | 'present-singular';

const verbs = new Map<string, boolean>();
const forms = new Map<string, string>();

/** Whether an English word can be a verb: the tagger's lexicon says so, or it reads as one after "will" and is no noun ("shoot", not "regime"). */
export function canBeVerb(word: string): boolean {
  let known = verbs.get(word);
  if (known === undefined) {
    const alone = nlp(word);
    const tagged = (tag: string) => alone.has(tag) === true;
    // A gerund ("starling" read as one) is no verb a Swedish finite form glosses to.
    known = /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !/ing$/u.test(word) && (tagged('#Verb') || (!tagged('#Noun') && (nlp(`they will ${word} it`).match('#Verb').out('array') as string[]).includes(word)));
    verbs.set(word, known);
  }
  return known;
}

/** A verb phrase ("shoot", "put") in a form: its first word conjugated, the rest as it is. */
export function verbIn(phrase: string, form: VerbForm): string {
  const [head = '', ...rest] = phrase.split(' ');
  const key = `${form}:${head}`;
  let inflected = forms.get(key);
  if (inflected === undefined) {
    const conjugated = nlp(`they ${head}`).verbs().conjugate()[0] as Record<string, string | undefined> | undefined;
    const wanted = form === 'past' ? conjugated?.PastTense : form === 'participle' ? (conjugated?.Participle ?? conjugated?.PastTense) : conjugated?.PresentTense;
    inflected = wanted !== undefined && !wanted.includes(' ') ? wanted : head;
    forms.set(key, inflected);
  }
  return [inflected, ...rest].join(' ');
}

/** The plural of a noun phrase's last word ("air raid" → air raids). */
export function pluralOf(phrase: string): string {
  const key = `plural:${phrase}`;
  let plural = forms.get(key);
  if (plural === undefined) {
    const made = nlp(`the ${phrase}`).nouns().toPlural().text().replace(/^the\s+/u, '');
    plural = made !== '' && made.split(' ').length === phrase.split(' ').length ? made : phrase;
    forms.set(key, plural);
  }
  return plural;
}
