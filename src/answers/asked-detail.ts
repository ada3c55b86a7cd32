import type { Language, Passage } from '../corpus/types.ts';
import { support } from '../search/support.ts';
import type { Analyzer } from '../text/analyzer.ts';
import { canBeVerb } from '../text/english-forms.ts';
import { PARTICLES } from '../text/expansion.ts';
import type { AnswerContext } from './context.ts';
import { titledName } from './fact-people.ts';
import { ASKING_WORDS, REQUIRED, type FactType } from './expected.ts';
import type { QuestionAnalysis } from './question.ts';
import type { PlacedFact } from './selection.ts';

/**
 * Whether the answering sentence lacks the detail the question asks for, although it tells the story:
 * a fact of a kind only a fact answers (a person, a place, a number, a reason, a time of day) not
 * found in it or beside it, or the words of someone the sentence only names. Such a question is declined with the
 * closest passages rather than answered with the story.
 */
export function lacksAskedDetail(question: QuestionAnalysis, expected: FactType | null, text: string, fact: PlacedFact | null, analyzer: Analyzer): boolean {
  if (expected && REQUIRED.has(expected) && !fact) return true;
  if (expected === 'quotation' && !fact && !SPEECH.test(text)) return true;
  // A holder named with a role of another wording ("Defense Secretary" for "defence chief"), found as the doer of the deed asked about.
  if (expected === 'person' && fact?.asked && titledName(fact.text)) return false;
  if (expected === 'person') return namesNoHolder(question, [text, ...(fact ? [fact.passage.text] : [])], fact?.passage.language ?? question.language, analyzer);
  return false;
}

/** "Who is the mayor of …", "Who was the pilot that …", "Vem är Turkiets utrikesminister?": the holder of a role, by its last word. */
const ROLE_HOLDER = [
  /^\W*(?:who|vem)\s+(?:is|was|are|were|är|var)\s+(?:the|den|det)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}[\p{L}-]+)\s+(?:of|who|that|for|at|in|on|from|which|whom|på|för|i|som|vid|hos|under)\s/iu,
  /^\W*(?:[Ww]ho|[Vv]em)\s+(?:is|was|are|were|är|var)\s+(?:the\s+)?(?:\p{L}+(?:'s|’s|s)\s+)?(?:[\p{L}-]+\s+){0,2}?(\p{Ll}[\p{L}-]+)[\s?.!]*$/u,
  // "Who was Russia's foreign minister at the meeting?", "Vem var Rysslands utrikesminister vid mötet?"
  /^\W*(?:[Ww]ho|[Vv]em)\s+(?:is|was|are|were|är|var)\s+\p{L}+(?:'s|’s|s)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}[\p{L}-]+)\s+(?:at|in|on|during|when|vid|i|på|under|när)\s/u,
];

/** A capitalised word inside a sentence: a name. */
const NAME_WORD = /^\p{Lu}[\p{L}-]+$/u;
/** How many words from the role word its holder's name may stand ("Defense Secretary Mark Esper", "Rosatom's chief, Alexei Likhachev", "Putin was the first foreign leader"). */
const NAME_REACH = 5;

/**
 * A question after the holder of a role that the sentences do not name: they do not mention the role
 * at all, or mention it with no name beside it ("En av piloterna dödas" names no pilot).
 */
function namesNoHolder(question: QuestionAnalysis, texts: string[], language: Language, analyzer: Analyzer): boolean {
  const roleWord = ROLE_HOLDER.map((pattern) => pattern.exec(question.text)?.[1]).find((w) => w !== undefined);
  const role = roleWord === undefined ? undefined : roleOf(analyzer, roleWord, question.language);
  if (role === undefined) return false;
  for (const text of texts) {
    const words = [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
    for (const [i, word] of words.entries()) {
      if (roleOf(analyzer, word[0], language) !== role) continue;
      const near = words.slice(Math.max(0, i - NAME_REACH), i + NAME_REACH + 1).filter((w) => w.index > 0 && w !== word);
      if (near.some((w) => NAME_WORD.test(w[0]) && !question.text.includes(w[0]))) return false;
    }
  }
  return true;
}

/** Someone's words: a quotation mark, or a verb of saying (said, told, called, described; sade, kallade, beskrev). */
const SPEECH =
  /["“”„«»]|\b(?:sa(?:y|ys|id|ying)|t(?:ell|ells|old)|describ\w*|repl\w*|answer\w*|respond\w*|accus\w*|warn\w*|promis\w*|demand\w*|declar\w*|announc\w*|stat(?:ed|es|ing)|insist\w*|slam\w*|hail\w*|urg(?:e|es|ed|ing)|vow\w*|pledg\w*|den(?:y|ies|ied)|claim\w*|assert\w*|dismiss\w*|brand\w*|call\w*|according\s+to|sa|sade|säger|sagt|kalla\w*|beskr[ie]v\w*|svara\w*|lova\w*|kräv\w*|anklaga\w*|uppg(?:av|e|er|ett)|meddela\w*|konstatera\w*|betona\w*|varna\w*|förklara\w*|hävda\w*|enligt)\b/iu;

/**
 * The English stem a role word names in either language, by its head: "utrikesminister" is a minister
 * (foreign minister), "Turkietambassadören" an ambassador.
 */
function roleOf(analyzer: Analyzer, word: string, language: Language): string | undefined {
  if (language === 'en') return analyzer.terms(word, 'en').pop();
  const { dictionary } = analyzer.lexicon;
  const english = dictionary.translate(word.toLowerCase(), 'sv')[0];
  return english === undefined ? analyzer.terms(word, 'sv').pop() : analyzer.terms(english, 'en').pop();
}

/** "Why did Turkey give …", "How has Russia responded …": the verb after the auxiliary and its subject tells the deed asked about. */
const AUXILIARY_QUESTION = /^\W*(?:why|how|when|where|who|whom|what|which)\b(?:\s+\p{L}+)?\s+(did|does|do|has|have|had)\s+(.+)$/iu;
/** Words before the deed: the subject's determiners and possessives ("the", "its") and names, which no verb is. */
const SUBJECT_WORD = /^(?:the|a|an|its|their|his|her|this|that|these|those|both|\p{Lu}.*)$/u;
/** Common nouns a question's subject may have after its determiners and names ("the Maltese defence minister"). */
const SUBJECT_NOUNS = 3;
/** Adverbs that stand between a question's subject and its verb: the closed class of time and focus, and manner in -ly. */
const ADVERB = /^(?:first|ever|never|finally|eventually|actually|really|also|still|just|again|once|later|then|even|only|officially|formally|\p{L}{3,}ly)$/iu;
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
  let phrase = at > 0 && /^(?:the|a|an|its|their|his|her|this|that|these|those|both)$/iu.test(words[0]!);
  for (let nouns = 0; at >= 0 && nouns < SUBJECT_NOUNS; nouns++) {
    while (adverb(at)) at += 1;
    let next = at + 1;
    while (adverb(next)) next += 1;
    if (next >= words.length) break;
    const following = words[next]!.toLowerCase();
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
  const plain = after.filter((w, i) => i !== particle && /^\p{Ll}+$/u.test(w));
  return { verb: particle < 0 ? verb : `${verb} ${after[particle]!.toLowerCase()}`, objects: plain };
}

/**
 * Whether the passages an answer stands on leave out the deed the question asks about: its verb, or a WordNet
 * synonym of it (a phrasal verb's own, "give back": return), each with all its words, in any sense or spelling
 * the index gives (a Swedish passage's terms hold their English translations); and every plain word that completes
 * it ("make a surprise visit"). "Why did Turkey give its S-400s back?" is not answered by a sentence on the
 * sanctions of 2015 ("a stab in the back"), however many of its names it shares. The sentences next to them and
 * their title and heading count: a story may tell its deed once.
 */
export function omitsDeed(context: AnswerContext, question: QuestionAnalysis, expected: FactType | null, passages: readonly Passage[]): boolean {
  const { analyzer, index } = context.sources;
  const deed = deedOf(question, expected, analyzer);
  if (deed === undefined) return false;
  const around = new Set(passages.flatMap((p) => [...context.termsNear(p, 1)]));
  // Every word of a wording must be there: "give" alone is no "give up", which "resign" may be worded as.
  const held = (words: string) => {
    const terms = analyzer.terms(words, 'en');
    return terms.length > 0 && support(index, { terms }, around) === 1;
  };
  const told = (words: string) => held(words) || analyzer.lexicon.wordnet.related(words, ['synonym']).some(held);
  // A happening of the deed's kind, worded otherwise ("recaptured" for "take back"), tells it too.
  const kinds = context.sources.eventTypes.typesOf(deed.verb);
  const ofKind = [...new Set(passages.flatMap((p) => [...context.sources.eventTypes.typesOf(p.text)]))].some((k) => kinds.has(k));
  return !ofKind && !told(deed.verb) && !deed.objects.some(held);
}
