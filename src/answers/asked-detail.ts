import type { Language, Passage } from '../corpus/types.ts';
import { support } from '../search/support.ts';
import type { Analyzer } from '../text/analyzer.ts';
import type { AnswerContext } from './context.ts';
import { titledName } from './fact-people.ts';
import { deedOf } from './deed.ts';
import { kindsReworded } from './reworded.ts';
import { REQUIRED, type FactType } from './expected.ts';
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
  // A deed of its kind tells it too: the deal "lapsed" tells that it ended, an envoy "assassinated" that he was killed.
  const told = (words: string) => held(words) || analyzer.lexicon.wordnet.related(words, ['synonym', 'hyponym']).some(held);
  // A happening of the deed's kind, worded otherwise ("recaptured" for "take back"), tells it too.
  // So does one of a kind the deed's verb rewords ("reach" a delivery).
  const kinds = new Set([...context.sources.eventTypes.typesOf(deed.verb), ...kindsReworded(analyzer, context.sources.eventTypes, deed.verb)]);
  const ofKind = [...new Set(passages.flatMap((p) => [...context.sources.eventTypes.typesOf(p.text)]))].some((k) => kinds.has(k));
  return !ofKind && !told(deed.verb) && !deed.objects.some(held);
}
