import type { Analyzer } from '../text/analyzer.ts';
import { canBeVerb } from '../text/english-forms.ts';
import { PARTICLES } from '../text/particles.ts';
import { ASKING_WORDS, type FactType } from './expected.ts';
import type { QuestionAnalysis } from './question.ts';

/** "Why did Turkey give …", "How has Russia responded …": the verb after the auxiliary and its subject tells the deed asked about. */
const AUXILIARY_QUESTION = /^\W*(?:why|how|when|where|who|whom|what|which)\b(?:\s+\p{L}+)?\s+(did|does|do|has|have|had)\s+(.+)$/iu;
/** Words before the deed: the subject's determiners and possessives ("the", "its") and names, which no verb is. */
const SUBJECT_WORD = /^(?:the|a|an|its|their|his|her|this|that|these|those|both|\p{Lu}.*)$/u;
/** The determiners and possessives that open a noun phrase. */
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that|these|those|both)$/iu;
/** Common nouns a question's subject may have after its determiners and names ("the Maltese defence minister"). */
const SUBJECT_NOUNS = 3;
/** Adverbs that stand between a question's subject and its verb: the closed class of time and focus, and manner in -ly. */
const ADVERB = /^(?:first|ever|never|finally|eventually|actually|really|also|still|just|again|once|later|then|even|only|officially|formally|\p{L}{3,}ly)$/iu;
/** Prepositions of place that open a phrase inside a subject ("the centre in Aghdam", "the army near Idlib"). */
const PLACE_PREPOSITION = /^(?:in|at|near|outside|inside)$/iu;
/** How many words a place in a subject may have after its determiners ("in Aghdam", "in the Aghdam district"). */
const PLACE_WORDS = 2;
/** How far after its verb the particle of a phrasal verb may stand ("give its S-400s back"). */
const PARTICLE_REACH = 3;

/** The deed of a question: its verb, or the phrasal verb WordNet knows it to make with a later word ("give … back"), and the plain words after it. */
export interface Deed {
  verb: string;
  objects: string[];
}

/**
 * The deed an English question asks about ("give back" of "Why did Turkey give its S-400s back?"). None when the
 * question has no auxiliary before its verb, or the verb asks for the fact's kind ("say", "located").
 */
export function deedOf(question: QuestionAnalysis, expected: FactType | null, analyzer: Analyzer): Deed | undefined {
  if (question.language !== 'en') return undefined;
  const asked = AUXILIARY_QUESTION.exec(question.text);
  const rest = asked?.[2];
  if (rest === undefined) return undefined;
  const words = rest.split(/[^\p{L}\d'’-]+/u).filter((w) => w !== '');
  let at = words.findIndex((w) => !SUBJECT_WORD.test(w));
  // A capitalised word is a name, never the verb, in a question typed in lower case too ("russia" may be one).
  const bare = (i: number) => words[i] !== undefined && !/^\p{Lu}/u.test(words[i]!) && canBeVerb(words[i]!.toLowerCase());
  // "Why did Erdogan first say sorry": an adverb stands between the subject and the verb.
  const adverb = (i: number) => ADVERB.test(words[i] ?? '') && !bare(i);
  const afterDo = /^(?:did|does|do)$/iu.test(asked?.[1] ?? '');
  // The subject's common nouns are no verb ("did the Turkish defence minister visit"); a noun that could be one is
  // the subject's head when a bare verb follows it in a noun phrase ("did the Maltese premier apologise"), and, after
  // "did" or "does", so is a plural before a bare verb ("did Syrian forces take back").
  let phrase = at > 0 && DETERMINER.test(words[0]!);
  for (let nouns = 0; at >= 0 && nouns < SUBJECT_NOUNS; nouns++) {
    while (adverb(at)) at += 1;
    let next = at + 1;
    while (adverb(next)) next += 1;
    if (next >= words.length) break;
    const following = words[next]!.toLowerCase();
    // "the second lot of radar equipment", "the head of the agency": a noun before "of" after a determiner or an
    // adjective is the subject's, and so is the noun phrase after it. After a plural ("the leaders think of") the
    // word before "of" is the verb.
    if (phrase && following === 'of' && !/s$/iu.test(words[at - 1] ?? '') && next + 1 < words.length) {
      at = next + 1;
      while (DETERMINER.test(words[at] ?? '')) at += 1;
      nouns = -1;
      continue;
    }
    // "did the joint centre in Aghdam start operating": a place after a noun of the subject is the subject's when a
    // bare verb follows it; after a verb it is the deed's ("did the leaders meet in Moscow").
    const verbAfterPlace = phrase && PLACE_PREPOSITION.test(following) ? afterPlace(words, next + 1, bare) : undefined;
    if (verbAfterPlace !== undefined) {
      at = verbAfterPlace;
      break;
    }
    const head = bare(next) && !PARTICLES.has(following) && (phrase ? !following.endsWith('s') : afterDo && /[^su]s$/iu.test(words[at]!));
    if (bare(at) && !head) break;
    phrase = true;
    at = at + 1;
  }
  while (adverb(at)) at += 1;
  const verb = words[at]?.toLowerCase();
  // "What did the US do in December 2020?" names no deed: it asks for one.
  if (verb === undefined || !canBeVerb(verb) || /^(?:do|does|did|done|doing|happen|happened)$/u.test(verb)) return undefined;
  const asking = expected ? ASKING_WORDS[expected] : undefined;
  if (asking && new RegExp(asking.source, 'iu').test(verb)) return undefined;
  const after = words.slice(at + 1);
  const particle = after.slice(0, PARTICLE_REACH).findIndex((w) => analyzer.lexicon.wordnet.knows(`${verb} ${w.toLowerCase()}`));
  // A particle with no phrasal verb of its own ("ship … back") is no object: it tells where, not what.
  const plain = after.filter((w, i) => i !== particle && /^\p{Ll}+$/u.test(w) && !PARTICLES.has(w));
  return { verb: particle < 0 ? verb : `${verb} ${after[particle]!.toLowerCase()}`, objects: plain };
}

/** Where the bare verb after a place's determiners and at most a few of its words stands ("in the Aghdam district start"), if one does. */
function afterPlace(words: string[], from: number, bare: (i: number) => boolean): number | undefined {
  let at = from;
  while (DETERMINER.test(words[at] ?? '')) at += 1;
  for (let i = at + 1; i <= at + PLACE_WORDS && i < words.length; i++) {
    if (bare(i)) return [...Array(i - at).keys()].every((k) => !bare(at + k)) ? i : undefined;
  }
  return undefined;
}
