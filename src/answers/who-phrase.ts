import type { Language } from '../corpus/types.ts';
import { canBeVerb } from '../text/english-forms.ts';
import { ROLE_NOUN } from './fact-people.ts';

/** Finite verbs and a relative's object pronoun: words with one in them, before any apposition's comma, are a clause. */
const CLAUSE_WORD = /^(?:has|have|had|is|are|was|were|will|would|whom|har|hade|är|blev|vilka|vilken)$/iu;
/** Words that open a noun phrase. */
const OPENER = /^(?:the|a|an|its|his|her|their|this|these|those|two|three|four|both|all|some|many|several|den|det|de|en|ett|två|tre|båda|alla)$/iu;

/**
 * Whether words found as a doer can name one: a person, a group or a state, not a token cut off ("S-" of "S-400"),
 * a clause ("home people whom all the parties had sought") or a verb phrase ("lay channels for Nord Stream 2",
 * "culminated in a Washington", "ahead"). A lead that names no one is no answer to "who".
 */
export function namesSomeone(words: string, language: Language): boolean {
  if (/-$/u.test(words)) return false;
  const head = words.split(',')[0] ?? '';
  const list = head.split(/\s+/u).filter(Boolean);
  if (list.some((w) => CLAUSE_WORD.test(w))) return false;
  const [first = '', next = ''] = list;
  // A plural ("rebels", "officials") is a group, though it can be read as a verb too.
  const verbOpening = language === 'en' && /^\p{Ll}+$/u.test(first) && !OPENER.test(first) && !ROLE_NOUN.test(first) && canBeVerb(first);
  return !(verbOpening && !/^\p{Lu}/u.test(next) && !(list.length === 1 && /s$/u.test(first)));
}
