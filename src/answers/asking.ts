import type { PassageIndex } from '../search/passage-index.ts';
import type { Query } from '../search/query.ts';
import type { LanguageGuess } from '../text/language.ts';

/**
 * What a question asks of its fact beyond the fact's type, worked out once per question: the thing
 * a count must count, whether it asks for money or a share, and whose words it asks for.
 */
export interface Asking {
  /** Terms, with their rewordings and translations, of the thing "how many X" counts; null when any count answers. */
  counted: ReadonlySet<string> | null;
  /** That head alone as written, lower case: the word a broader class of it is looked up from. */
  countedHead: string | null;
  /** The same of the words before that head ("observation" of "how many observation points"): what a count of the head otherwise worded ("12 military observation posts") still names. */
  countedModifiers: ReadonlySet<string> | null;
  /** Terms, with their rewordings, of the verb "how many people died" counts them by; null when it names none or counts a thing of its own. */
  countedBy: ReadonlySet<string> | null;
  /** "How much did it cost", "What's the price": only an amount of money answers. */
  money: boolean;
  /** "How big a share", "what proportion": a fraction or a percentage answers first. */
  share: boolean;
  /** "How long", "Hur bred": the units of the measure asked for; null when the question asks for no measure. */
  measure: RegExp | null;
  /** Terms of the name "How old was Karlov …" asks the age of; null when it asks no named one's age. */
  aged: ReadonlySet<string> | null;
  /** Terms of the one whose words "What did X say" asks for; null when the question names no speaker. */
  speaker: ReadonlySet<string> | null;
  /** The question's words that are no name and no number (what it asks about happening), with their rewordings. */
  deed: ReadonlySet<string>;
  /** The names the question gives (canonical terms, the same in both languages). */
  names: ReadonlySet<string>;
  /** Each term of the question with its rewordings ("operate": run, control): a verb the sentence words otherwise. */
  rewordings: ReadonlyMap<string, ReadonlySet<string>>;
}

const LENGTHS = String.raw`km|kilomet(?:re|er)s?|kilometer|met(?:re|er)s?|miles?|mil|yards?|feet`;
const DURATIONS = String.raw`hours?|days?|weeks?|months?|years?|minutes?|seconds?|timm(?:e|ar)s?|dag(?:ar)?s?|veck(?:a|or)s?|månad(?:er)?s?|års?|minut(?:er)?s?|sekund(?:er)?s?`;
/** Units of length and of time, Swedish genitives too ("sex timmars samtal"): what "how long", "how far", "hur bred", "hur länge" are answered in. */
const EXTENT_UNITS = new RegExp(`^(?:${LENGTHS}|${DURATIONS})$`, 'iu');
/** Units of length only: Swedish "hur lång" asks a thing's length, as its duration is asked "hur länge", "hur lång tid". */
const LENGTH_UNITS = new RegExp(`^(?:${LENGTHS})$`, 'iu');
/** An age: "a 22-year-old officer", "två år gammal", "en 22-årig polis". */
const AGE_UNITS = /^-?(?:years?(?:-olds?)?|year-olds?|år|åriga?|årige)$/iu;
const MEASURES: Array<[RegExp, RegExp]> = [
  [/^(?:how old|at what age|hur gammal|vid vilken ålder)\b/iu, AGE_UNITS],
  [/^hur (?:lång|långa|långt)\b(?!\s+tid\b)/iu, LENGTH_UNITS],
  [/^(?:how (?:long|far|wide|high|tall|deep)|hur (?:länge|lång|långt|bred|hög|djup)|(?:what|vad)(?:'s|’s| is| was| är| var) (?:the )?(?:length|distance|duration|width|height|depth|längden|avståndet|bredden|höjden|djupet))\b/iu, EXTENT_UNITS],
];

/** The one whose words "What did X say", "Vad sa X" asks for, as written; undefined when the question names none. */
export function speakerAsked(question: string): string | undefined {
  const leading = question.replace(/^[^\p{L}]+/u, '');
  return SPEAKER_EN.exec(leading)?.[1] ?? SPEAKER_OWN_WORDS.exec(leading)?.[1] ?? SPEAKER_SV.exec(leading)?.[1];
}

/** Whether a question asks for an amount of money ("How much did it cost", "What's the price"). */
export function asksMoney(question: string): boolean {
  return MONEY_WORDS.test(question);
}

/** Whether a question asks for a part of a whole ("What share of …", "How much of the gas …"), which a fraction or a percentage answers. */
export function asksShare(question: string): boolean {
  const leading = question.replace(/^[^\p{L}]+/u, '');
  return SHARE_WORDS.test(leading) || PART_OF.test(leading);
}

/** The units of the measure a question asks for ("How long is …": lengths and durations), or null. */
export function measureAsked(question: string): RegExp | null {
  const leading = question.replace(/^[^\p{L}]+/u, '');
  return MEASURES.find(([asks]) => asks.test(leading))?.[1] ?? null;
}

/** Words after "how many" that end the thing counted: verbs, auxiliaries, prepositions. */
const COUNTED_END =
  /^(?:were|was|are|is|be|been|did|do|does|have|has|had|get|gets|got|can|could|will|would|should|may|might|must|from|of|in|on|at|inside|to|for|with|by|under|that|who|which|died|har|hade|var|är|blev|blir|får|fick|fått|ger|gav|finns|fanns|kan|ska|skulle|kommer|i|på|av|från|till|för|med|under|som|dog|dödades|dödas)$/iu;
/** A verb in the past after the thing counted ("how many ships sailed", "how many people fled"): the count's head stands before it. */
const PAST_VERB = /^(?:\p{Ll}{2,}ed|left|fled|went|came|took|made|fell|flew|ran|sat|saw|got|held|met|fought|lost|won|sent|brought|crossed|arrived)$/u;
/** A Swedish verb in the past (weak: -ade, -de, -dde, -te; passive -s) after the thing counted ("hur många poster upprättade Turkiet"), as PAST_VERB. */
const SWEDISH_PAST_VERB = /^\p{Ll}{2,}(?:ade|dde|de|te)s?$/u;
/** Counted words that fit any count of people ("how many people died": "around 20 dead"). */
const ANY_PEOPLE = /^(?:people|persons|individuals|människor|personer)$/iu;
const HOW_MANY = /^(?:\p{L}+\s+)?(?:how (?:many|much)|hur (?:många|mycket))\s+/iu;
const MONEY_WORDS = /\b(?:cost|costs|costing|price|prices|priced|price tag|worth|value|valued|pay|paid|pays|spend|spent|money|fund(?:ed|ing)?|kosta|kostade|kostar|kostnad(?:en)?|pris(?:et)?|värd|betala|betalade|betalar)\b/iu;
/** "How much of the gas …", "Hur mycket av gasen …": a part of a whole, which a share answers. */
const PART_OF = /^(?:how\s+much\s+of|hur\s+mycket\s+av)\s/iu;
const SHARE_WORDS = /\b(?:share|proportion|percentage|fraction|per ?cent|andel(?:en)?|procent)\b/iu;
/** "What did Putin say", "How did Akar describe", "Vad sade Erdogan": the speaker stands between the auxiliary and the speech verb, or after a Swedish speech verb. */
const SPEAKER_EN = /^(?:what|how)\s+(?:(?:phrase|words?|term|expression|label|name)\s+)?(?:did|does|do|has|had|have|would)\s+(.+?)\s+(?:say|call|reply|answer|tell|accuse|warn|describe|promise|pledge|vow|threaten|demand|use|express|characteri[sz]e|react|respond|write|mean)\b/iu;
/** "What was Erdogan's reaction", "What were the minister's words": the speaker owns the words asked for. */
const SPEAKER_OWN_WORDS = /^what\s+(?:was|were|is|are)\s+(.+?)(?:'s|’s)\s+(?:\p{Ll}+\s+)?(?:reactions?|responses?|repl(?:y|ies)|answers?|words)\b/iu;
/**
 * "Vad sa Erdogan om …", "vad kallade erdogan mordet", "Hur beskrev ryska utrikesministern …": the verb comes second, so its subject
 * follows it, as typed (a name in lower case too), up to the first word after the subject (the object, a preposition) or the end.
 * A Swedish subject is a name, with the title it may follow ("försvarsminister Akar"), or a noun in its definite form after at most one adjective ("utrikesministern", "ryska regeringen").
 */
const SPEAKER_SV =
  /^(?:[Vv]ad|[Hh]ur)\s+(?:sa|sade|kallade|svarade|lovade|hotade|krävde|anklagade|uttryckte|skrev|beskrev|reagerade)\s+((?:\p{Ll}[\p{L}-]*\s+)?(?:\p{Lu}[\p{L}-]*\s*)+|(?:\p{Ll}+(?:sk|ig)a\s+)?\p{Ll}[\p{L}-]*(?:en|et|na|n)(?=[\s?.!]|$)|\p{Ll}[\p{L}-]+(?=\s+(?:om|till|efter|när|då|i|på|vid|under|inför|att|det|den|dem|sin|sitt|sina)\b|[\s?.!]*$)|\p{Ll}[\p{L}-]+(?=\s+\p{Ll}+(?:en|et|na)\b))/u;

/** `analysed`: the question analysed already in its guessed language (the answer's query, when its topic is all of it). */
export function askingOf(question: string, guess: LanguageGuess, index: PassageIndex, analysed?: Query): Asking {
  const leading = question.replace(/^[^\p{L}]+/u, '');
  const reworded = (words: string): Set<string> => {
    const query = index.analyse(words, guess);
    return new Set([...query.terms, ...[...query.expansions.values()].flat().map((e) => e.term)]);
  };
  const whole = analysed ?? index.analyse(question, guess);
  const names = new Set(whole.spans.filter((s) => /^\p{Lu}/u.test(question.slice(s.start, s.end)) && s.start > 0).map((s) => s.term));
  const plain = whole.terms.filter((t) => !names.has(t) && !/\d/u.test(t));
  const deed = new Set([...plain, ...plain.flatMap((t) => (whole.expansions.get(t) ?? []).map((e) => e.term))]);
  const afterHowMany = wordsAfterHowMany(leading);
  const counted = countedWords(afterHowMany);
  const head = counted.at(-1) ?? null;
  const modifiers = counted.slice(0, -1).filter((w) => /^\p{Ll}/u.test(w));
  const money = asksMoney(leading);
  const speaker = speakerAsked(leading);
  return {
    counted: head && !ANY_PEOPLE.test(head) && !money ? reworded(head) : null,
    countedHead: head && !ANY_PEOPLE.test(head) && !money ? head.toLowerCase() : null,
    countedModifiers: head && !ANY_PEOPLE.test(head) && !money && modifiers.length > 0 ? reworded(modifiers.join(' ')) : null,
    countedBy: head && ANY_PEOPLE.test(head) ? countingVerb(afterHowMany.slice(counted.length), reworded) : null,
    money,
    share: asksShare(leading),
    measure: measureAsked(leading),
    aged: agedName(leading, guess, index),
    speaker: speaker ? new Set(index.analyse(speaker, guess).terms) : null,
    deed,
    names,
    rewordings: new Map(whole.terms.map((t) => [t, new Set((whole.expansions.get(t) ?? []).map((e) => e.term))])),
  };
}

/** "How old was Karlov when …", "Hur gammal var Karlov när …": the one whose age is asked, up to the clause that dates it. */
const AGE_OF = /^(?:how old (?:was|is|were|are)|hur gammal (?:var|är|blev))\s+(.+?)(?:\s+(?:when|at|in|after|before|during|när|då|vid|i|efter|innan|under)\s.*)?[\s?.!]*$/iu;

/** The name terms of the one whose age a question asks, or null when it asks no age or of no one named ("karlov's killer" names the killer, not Karlov). */
function agedName(question: string, guess: LanguageGuess, index: PassageIndex): ReadonlySet<string> | null {
  const bearer = AGE_OF.exec(question)?.[1];
  if (!bearer || /['’]s?\s+\p{L}/u.test(bearer)) return null;
  const query = index.analyse(bearer, guess);
  const names = query.spans.filter((s) => s.name === true || /^\p{Lu}/u.test(bearer.slice(s.start, s.end))).map((s) => s.term);
  return names.length > 0 ? new Set(names) : null;
}

/** Auxiliaries between the people counted and the verb that counts them ("how many people were killed"). */
const COUNT_AUXILIARY = /^(?:were|was|have|has|had|been|got|get|did|do|are|is|har|hade|blev|var)$/iu;

/** The verb after the people "how many" counts ("died", "were killed", "fled"), reworded; null when none follows. */
function countingVerb(rest: readonly string[], reworded: (words: string) => Set<string>): ReadonlySet<string> | null {
  const verb = rest.find((w) => !COUNT_AUXILIARY.test(w));
  // "dog" (died) is the one strong past of Swedish news counts.
  return verb && (PAST_VERB.test(verb) || SWEDISH_PAST_VERB.test(verb) || /^dog$/iu.test(verb)) ? reworded(verb) : null;
}

/** The words after "how many" ("how many Turkish troops were killed": Turkish, troops, were, killed). */
function wordsAfterHowMany(question: string): string[] {
  const after = HOW_MANY.exec(question);
  return after ? question.slice(after[0].length).split(/[^\p{L}\d-]+/u).filter(Boolean) : [];
}

/** The words of the thing "how many" counts, its head last: "how many Turkish troops were …" counts troops. */
function countedWords(after: readonly string[]): string[] {
  const words: string[] = [];
  for (const word of after) {
    if (COUNTED_END.test(word) || words.length === 4 || (words.length > 0 && (PAST_VERB.test(word) || SWEDISH_PAST_VERB.test(word)))) break;
    words.push(word);
  }
  return words;
}
