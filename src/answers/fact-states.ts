import type { Language } from '../corpus/types.ts';
import { ADJECTIVE } from '../text/aliases.ts';
import { WHICH_ACTOR } from './expected.ts';
import { askedTerms, sharesAny, type FactInput, type Span } from './fact-text.ts';

/** "Which country …", "Vilket land …": a question after a state. */
const STATE_ASKER = /^(?:which|what)\s+(?:\p{L}+\s+){0,2}?(?:countr(?:y|ies)|states?|nations?)\b|^vilk(?:et|a|en)\s+(?:\p{L}+\s+){0,2}?(?:land|länder|stat|stater|nation)\b/iu;
/** What stands between two members of one list: "Russia, Turkey and Iran". */
const LISTED = /^(?:,\s*|,?\s+(?:and|och)\s+)$/u;
/** The words a clause may open with before its subject: none, a conjunction or an article ("and the …", "medan …"). */
const OPENS_CLAUSE = /^\s*(?:(?:and|but|while|whereas|och|men|medan)\s+)?(?:the\s+)?$/iu;
/** A state or its seat where the clause's deed takes place: "stayed on in Ankara for a summit" for "Which country hosted the summit?". */
const HOSTING = /\s(?:in|i)\s+$/iu;
/** Where a clause of a sentence begins: a stop, or a conjunction that sets one side against another (kept in the clause it opens). */
const CLAUSE_BOUNDARY = /[,;:()–—]|\s(?=(?:while|whereas|but|medan|men)\s)/u;

export function asksState(question: string): boolean {
  return STATE_ASKER.test(question.replace(/^\W+/u, ''));
}

/**
 * The state a "which country" question asks for, one it does not name itself: listed with the states it names
 * ("the ministers of Russia, Turkey and Iran" for "… sat down with Russia and Turkey"), else the one whose own
 * clause it is the subject of, or the place of, holds the question's words ("medan Turkiet står på rebellernas sida" for
 * "Vilket land håller med rebellerna?", "stayed on in Ankara for a summit" for "Which country hosted the summit?").
 */
export function stateAsked(input: FactInput): Span | null {
  const { text, analyzer, language } = input;
  const question = input.question.replace(/^\W+/u, '');
  const { seats } = analyzer.lexicon;
  const states = new Set(seats.values());
  // A seat of government stands for its state: "in Moscow" names Russia.
  const stateOf = (words: string, term: string) => seats.get(words.toLowerCase()) ?? term;
  // A seat is no name to the analyzer; a question may write it in lower case ("in moscow").
  const namesIn = (words: string, lang: Language, seat: RegExp) => [
    ...analyzer.analyze(words, lang).filter((t) => t.name),
    ...[...words.matchAll(seat)].filter((m) => seats.has(m[0].toLowerCase())).map((m) => ({ start: m.index, end: m.index + m[0].length, term: m[0] })),
  ];
  const given = new Set(namesIn(question, input.questionLanguage, /[\p{L}-]+/gu).map((t) => stateOf(question.slice(t.start, t.end), t.term)));
  // "the Syrian state news agency": a nationality names no state that does anything.
  const named = namesIn(text, language, /\p{Lu}[\p{L}-]+/gu).filter((t) => !ADJECTIVE.test(text.slice(t.start, t.end)) && states.has(stateOf(text.slice(t.start, t.end), t.term)));
  const asker = WHICH_ACTOR.exec(question)?.[0] ?? '';
  const deed = askedTerms(input, question.slice(asker.length).replace(/\p{Lu}[\p{L}-]*/gu, ' '));
  const others = named.filter((t) => !given.has(stateOf(text.slice(t.start, t.end), t.term)));
  const listed = others.find((t) => named.some((g) => g !== t && given.has(stateOf(text.slice(g.start, g.end), g.term)) && LISTED.test(g.end < t.start ? text.slice(g.end, t.start) : text.slice(t.end, g.start))));
  if (listed) return { start: listed.start, end: listed.end, asked: sharesAny(input, text, deed) };
  const acting = others.find((t) => {
    const opening = text.slice(0, t.start).split(CLAUSE_BOUNDARY).pop() ?? '';
    return (OPENS_CLAUSE.test(opening) || HOSTING.test(opening)) && sharesAny(input, clauseAt(text, t.start), deed);
  });
  return acting ? { start: acting.start, end: acting.end, asked: true } : null;
}

/** The clause a word at an offset stands in. */
function clauseAt(text: string, at: number): string {
  const before = text.slice(0, at).split(CLAUSE_BOUNDARY).pop() ?? '';
  const after = text.slice(at).split(CLAUSE_BOUNDARY)[0] ?? '';
  return before + after;
}
