import type { Language } from '../corpus/types.ts';
import type { EventTypes } from '../events/lexicon.ts';
import type { Analyzer } from '../text/analyzer.ts';
import type { Asking } from './asking.ts';

export interface FactInput {
  /** The sentence, and its language. */
  text: string;
  language: Language;
  question: string;
  questionLanguage: Language;
  analyzer: Analyzer;
  eventTypes: EventTypes;
  asking: Asking;
  /** The sentence before, when it tells the same story (its paragraph, its heading's entries): whom a pronoun stands for. */
  previous?: string;
  /** Who speaks the sentence, in a transcript: whom its "I" stands for. */
  speaker?: string;
}

/**
 * Offsets of a fact in its sentence; `asked` when it is tied to the question's words; `tentative` when
 * its words may mean something else (an "after" that may only tell the time, not the cause); `classed` when
 * the text calls it the kind the question asks for ("the village of Alder" for "In which village …").
 */
export type Span = { start: number; end: number; asked?: boolean; tentative?: boolean; classed?: boolean; inPrevious?: boolean; inSpeaker?: boolean };

/** A personal pronoun, which stands for someone the sentence before names. */
export const PERSONAL_PRONOUN = /^(?:he|she|han|hon)$/iu;
const QUOTED = /["“„«][^"“”„«»]*["”»]/gu;
const NAME_RUN = /\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*/gu;
/** Words after which a name is where something happens or whom it is done to, not who does it. */
const GOVERNED = /(?:^|\s)(?:in|at|to|from|of|on|for|with|by|near|over|i|på|till|från|av|för|med|vid|mot|om)\s+$/iu;

/**
 * The name in capitalised words that open a sentence or clause: without a first word that is a function word
 * ("The Kremlin"), a title or a preposition before a name ("Mayor Anna Berg", "On September"), or an opening
 * adverb set off by a comma ("Significantly, …"); empty when nothing is left.
 */
export function nameOpening({ analyzer, language }: FactInput, words: string, after: string): string {
  const [first = '', ...rest] = words.split(/\s+/u);
  const opener = analyzer.terms(first, language).length === 0 || (rest.length > 0 ? analyzer.isWord(first.toLowerCase(), language) : /^\s*,/u.test(after));
  return opener ? rest.join(' ') : words;
}

/**
 * The one "he" or "hon" stands for: the first name of the sentence before, outside its quotations and not
 * governed by a preposition ("…," Putin said. But he warned …), with its offsets in that sentence.
 */
export function antecedent(input: FactInput): Span | null {
  const found = input.previous ? firstSubjectName(input, input.previous) : null;
  return found ? { ...found, inPrevious: true } : null;
}

/** The first name of a text outside its quotations that no preposition governs: a subject, with its offsets. */
export function firstSubjectName(input: FactInput, text: string): Span | null {
  const outside = text.replace(QUOTED, (m) => ' '.repeat(m.length));
  const month = new RegExp(`^(?:${MONTHS})$`, 'iu');
  for (const m of outside.matchAll(NAME_RUN)) {
    const before = outside.slice(0, m.index);
    const name = before.trim() === '' ? nameOpening(input, m[0], outside.slice(m.index + m[0].length)) : m[0];
    // "On Monday, …", "In Moscow": an opening preposition governs the name after it.
    const governing = `${before}${m[0].slice(0, m[0].length - name.length)}`;
    if (!name || GOVERNED.test(governing) || month.test(name.split(/\s/u)[0] ?? '')) continue;
    const start = m.index + m[0].length - name.length;
    return { start, end: start + name.length };
  }
  return null;
}

export const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|mars|maj|juni|juli|augusti|oktober';

/** The terms of question words as the sentence's language has them (translated across languages). */
export function askedTerms(input: FactInput, words: string): Set<string> {
  const terms = input.analyzer.terms(words, input.questionLanguage);
  return new Set(input.language === input.questionLanguage ? terms : [...terms, ...input.analyzer.bridge(terms, input.questionLanguage)]);
}

export function sharesTerm(input: FactInput, words: string): boolean {
  const asked = askedTerms(input, input.question);
  return input.analyzer.terms(words, input.language).some((t) => asked.has(t));
}

/** Whether the sentence's words share a term with a set of asked terms (with their translations). */
export function sharesAny(input: FactInput, words: string, asked: ReadonlySet<string>): boolean {
  const terms = input.analyzer.terms(words, input.language);
  return [...terms, ...input.analyzer.bridge(terms, input.language)].some((t) => asked.has(t));
}

/** The first `words` words of a phrase. */
export function cut(phrase: string, words: number): string {
  const parts = phrase.split(/(?<=\S)(?=\s)/u);
  return parts.slice(0, words).join('').trimEnd();
}

/** The verbs an agent noun names the doer of, by WordNet's derivation: killer → kill, backer → back, buyer → buy. */
export function verbsOfAgentNoun(analyzer: Analyzer, word: string): string[] {
  const noun = word.toLowerCase().replace(/s$/u, '');
  if (!/(?:er|or)$/u.test(noun)) return [];
  return analyzer.lexicon.wordnet.related(noun, ['derivation']).filter((verb) => /^\p{Ll}{3,}$/u.test(verb) && noun.startsWith(verb.replace(/[ey]$/u, '')));
}
