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
}

/**
 * Offsets of a fact in its sentence; `asked` when it is tied to the question's words; `tentative` when
 * its words may mean something else (an "after" that may only tell the time, not the cause).
 */
export type Span = { start: number; end: number; asked?: boolean; tentative?: boolean };

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
