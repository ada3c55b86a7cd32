/**
 * The Swedish grammar the gloss reads word forms by: endings and what they say of a word's base
 * form, the closed classes that make a noun plural or end a noun phrase, and where sentences start.
 */
import { LEXICONS } from '../dates/lexicon.ts';

/** Swedish endings and what their base form ends in instead, longest first. */
export const INFLECTIONS: Array<[string, string]> = [
  ['ades', 'as'],
  ['ade', 'a'],
  ['des', 's'],
  ['de', ''],
  ['te', ''],
  ['at', 'a'],
  ['a', ''],
  ['t', ''],
  ['e', ''],
];

/** Endings of a verb's forms and the infinitive's ending instead, for finding a particle verb (inledde → inleda, enades → enas). */
export const VERB_ENDINGS: Array<[string, string[]]> = [
  ['ades', ['as', 'a']],
  ['ade', ['a']],
  ['dde', ['da', '']],
  ['ddes', ['das', 'da']],
  ['des', ['as', 'a']],
  ['tes', ['as', 'a']],
  ['ats', ['as', 'a']],
  ['as', ['as', 'a']],
  ['ar', ['a']],
  ['er', ['a', '']],
  ['de', ['a']],
  ['te', ['a']],
  ['r', ['']],
  ['s', ['', 'a']],
];

/** Endings of a supine and its infinitive's instead ("har flytt" → fly, "har dödat" → döda). */
export const SUPINE_ENDINGS: Array<[string, string]> = [
  ['tt', ''],
  ['it', 'a'],
  ['at', 'a'],
  ['t', 'a'],
];

/** Words that make the noun after them plural ("flera soldater", "två länder"). */
export const PLURAL_MAKERS = new Set(['två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'tio', 'flera', 'många', 'alla', 'några', 'de', 'dessa', 'andra', 'båda', 'bägge', 'sina', 'deras', 'våra']);

/** Words after which a noun phrase goes on: a definite plural after them takes no "the" of its own. */
export const DETERMINERS = new Set([...PLURAL_MAKERS, 'den', 'det', 'denna', 'detta', 'sin', 'sitt', 'hans', 'hennes', 'dess', 'vår', 'vårt', 'en', 'ett']);

/** Adverbs that may stand between an auxiliary and its supine ("har redan flytt"). */
export const BETWEEN = new Set(['inte', 'redan', 'också', 'även', 'nu', 'då', 'aldrig', 'alltid', 'nyligen']);

/** Words that end a verb's reach for its particle: a new clause or a new verb. */
export const CLAUSE_BREAKS = new Set(['och', 'men', 'att', 'som', 'när', 'där', 'medan', 'eller']);

/** Modal verbs, after which a verb is an infinitive. */
export const MODALS = new Set(['ska', 'skall', 'skulle', 'kan', 'kunde', 'måste', 'bör', 'borde', 'vill', 'ville', 'får']);

/** Plural verb agreement for the copulas and "have". */
export const PLURAL_OF: Record<string, string> = { has: 'have', is: 'are', was: 'were' };

/** English month names by number, for Swedish ones ("augusti" → August). */
export const ENGLISH_MONTHS = new Map(Object.entries(LEXICONS.en.months).filter(([name]) => name.length > 3 || name === 'may').map(([name, n]) => [n, name.charAt(0).toUpperCase() + name.slice(1)]));

/** A word of the glossed text and where it starts. */
export interface Token {
  word: string;
  at: number;
}

/** The English form a Swedish verb form asks for. */
export type Form = 'past' | 'participle' | 'present';

/** Swedish -isera verbs and their forms are English -ise verbs ("demilitariserad" → demilitarised), when no dictionary knows them. */
export function internationalism(word: string): string | undefined {
  const match = /^(\p{L}{4,})iser(ad|ade|at|ades|as|ar|a|ing|ingen)$/u.exec(word);
  if (!match) return undefined;
  const ending = match[2] as string;
  const english = /^ing/u.test(ending) ? 'isation' : ending === 'a' ? 'ise' : ending === 'ar' ? 'ises' : 'ised';
  return `${match[1] as string}${english}`;
}

/** Whether the token opens a sentence: the text's first word, or one after a full stop or a colon. */
export function opensSentence(text: string, tokens: Token[], i: number): boolean {
  const at = tokens[i]?.at ?? 0;
  return at === 0 || /[.!?:]\s*["']?\s*$/u.test(text.slice(Math.max(0, at - 4), at)) || /^\s*["'“]?\s*$/u.test(text.slice(0, at));
}

/** The English written with the Swedish word's capital, when it had one. */
export function capitalisedAs(word: string, english: string): string {
  return /^\p{Lu}/u.test(word) && english !== '' ? english.charAt(0).toUpperCase() + english.slice(1) : english;
}
