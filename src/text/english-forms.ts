/**
 * English word forms for the Swedish gloss: the dictionaries give base forms ("kill", "soldier"),
 * and a gloss that keeps the Swedish tense and number ("dödades" → killed, "soldaterna" → the
 * soldiers) reads as English. The tagger conjugates and inflects; forms are worked out once, and
 * those of every word the dictionaries translate to were worked out ahead, into
 * `data/lexicon/english-forms.tsv` (scripts/lexicon/english-forms.ts), so that the tagger loads only
 * for a form of a word outside them. Whether a word can be a verb is never asked of the tagger at run
 * time: the table knows it for the commonest words of news text, and a rarer word is read by its
 * ending. Loading the tagger costs some 40 MB and a sixth of a second, which every start would pay.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type Compromise from 'compromise';
import { isStopword } from './stem.ts';

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

/**
 * Whether an English word can be a verb, as the table has it worked out (`verbWorkedOut`). A word outside the
 * table is a rare one: mostly a name or a term ("bogdanov", "hmeimim"), a verb only by a verb's ending ("demilitarised").
 */
export function canBeVerb(word: string): boolean {
  return known().verbs.get(word) ?? (plainWord(word) && RARE_VERB_ENDING.test(word));
}

/** The endings of English verbs made from other words, and of a regular verb's past. */
const RARE_VERB_ENDING = /(?:ed|i[sz]e[sd]?|ify|ifies|ified|ate[sd]?)$/u;

/** A name, and a gerund ("starling" read as one), is no verb a Swedish finite form glosses to. */
const plainWord = (word: string): boolean => /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !/ing$/u.test(word);

/**
 * Whether a word can be a verb, worked out for the table (scripts/lexicon/english-forms.ts): the tagger's lexicon
 * says so, or it reads as one after "will" and is no noun ("shoot", not "regime"); given WordNet's verbs, not a
 * function word WordNet lists no verb for ("over").
 */
export function verbWorkedOut(word: string, wordnetVerbs?: ReadonlySet<string>): boolean {
  const { verbs } = known();
  let can = wordnetVerbs ? undefined : verbs.get(word);
  if (can === undefined) {
    // A function word the tagger reads as a verb ("over") is one only as WordNet's verb, an auxiliary or a verb's form ("got").
    const functionWordOnly = wordnetVerbs !== undefined && isStopword(word, 'en') && !wordnetVerbs.has(word) && !AUXILIARY.test(word) && !formOfAnotherVerb(word);
    can = plainWord(word) && taggedVerb(word) && !functionWordOnly;
    verbs.set(word, can);
  }
  return can;
}

/** Whether a word is another verb's past, participle or third person ("got" of get; not "over", which the tagger conjugates as itself). */
function formOfAnotherVerb(word: string): boolean {
  return [...known().forms].some(([key, form]) => form === word && /^(?:past|participle|present-singular):/u.test(key) && key.slice(key.indexOf(':') + 1) !== word);
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

/** Words that open a noun phrase: its words up to a verb's form or a preposition are nouns and adjectives ("the old harbour hall"). */
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|my|your|this|these|those|each|every|some|any|no)$/iu;
/** The forms of "be", "have" and "do" and the modals: a verb wherever they stand ("The two were rivals"). */
const AUXILIARY = /^(?:is|are|was|were|be|been|am|has|have|had|does|did|will|would|can|cannot|could|may|might|must|ought|shall|should)$/iu;
/** Prepositions: the word right after one is its noun, unless a past ("in force", "after talks"). */
const PREPOSITION = /^(?:in|on|at|of|for|from|with|by|over|under|after|before|near)$/iu;
/** Words that end a noun phrase. */
const PHRASE_END = /^(?:in|on|at|of|for|to|from|with|by|over|under|after|before|near|and|or|but|as|than)$/iu;

/**
 * Whether an English text has a verb: a clause, not a phrase ("At the palace.", "Ten days after the signing.").
 * A word that can be a verb is one, but not a name, and, inside a noun phrase a determiner opens or right
 * after a preposition, only in a verb's inflected form ("The planes flew over", not "In the old harbour hall", "in force").
 */
export function hasVerb(text: string): boolean {
  const words = text.match(/[\p{L}\d]+(?:['’-][\p{L}]+)*/gu) ?? [];
  let inPhrase = false;
  for (const [i, word] of words.entries()) {
    const lower = word.toLowerCase();
    if (AUXILIARY.test(lower)) return true;
    const opens = DETERMINER.test(lower);
    if (opens || PHRASE_END.test(lower)) {
      inPhrase = opens;
      continue;
    }
    if (/^\p{Lu}/u.test(word) && i > 0) continue;
    if (!canBeVerb(lower)) continue;
    const afterDeterminer = DETERMINER.test(words[i - 1] ?? '');
    // After a preposition a third person is a plural noun ("after talks"), a past still a verb ("in July signed").
    const nounOfPreposition = PREPOSITION.test(words[i - 1] ?? '') && !pastVerb(lower);
    if (!afterDeterminer && !nounOfPreposition && (!inPhrase || inflectedVerb(lower))) return true;
  }
  return false;
}

let pasts: Set<string> | undefined;
let thirdPersons: Set<string> | undefined;

const formsOf = (kind: RegExp) => new Set([...known().forms].filter(([key]) => kind.test(key)).map(([, form]) => form));

/** A verb's past or participle ("flew", "signed"), as the table or the regular ending gives it. */
function pastVerb(word: string): boolean {
  pasts ??= formsOf(/^(?:past|participle):/u);
  return /ed$/u.test(word) || pasts.has(word);
}

/** A verb's finite form, its past, participle or third person ("flew", "signed", "meets"). */
function inflectedVerb(word: string): boolean {
  thirdPersons ??= formsOf(/^present-singular:/u);
  return pastVerb(word) || thirdPersons.has(word);
}
