import type { FactType } from './expected.ts';
import { findNumber } from './fact-numbers.ts';
import { findObject } from './fact-objects.ts';
import { findName, findPerson } from './fact-people.ts';
import { findPlace } from './fact-places.ts';
import { findQuotation } from './fact-quotes.ts';
import { findReason } from './fact-reasons.ts';
import { namesSomeone } from './who-phrase.ts';
import { askedTerms, cut, type FactInput, type Span } from './fact-text.ts';

export type { FactInput } from './fact-text.ts';

/** A fact found in a sentence: its words and where they stand (offsets in the sentence). */
export interface FoundFact {
  type: FactType;
  text: string;
  start: number;
  end: number;
  /** Whether the fact is tied to the question's words (the count of the thing asked about, the doer of the verb asked about). */
  asked: boolean;
  /** Its words may mean something else than the kind asked for (an "after" that tells only the time). */
  tentative: boolean;
  /** It stands in the sentence before (whom the sentence's pronoun stands for), at these offsets. */
  inPrevious: boolean;
  /** The text calls it the kind of thing the question asks for ("the village of Alder" for "In which village …"). */
  classed: boolean;
}

const RESULT = /\b(?:result(?:ed|s)? in|led to|agreed (?:on|to)|agree (?:on|to)|decided to|reached|produced|established|created|set up|enades om|kom överens om|ledde till|resulterade i|beslutade)\s+/iu;

/** What a cut phrase may end on that is no word of its own: punctuation, a conjunction, an article or a preposition. */
const DANGLING = /(?:[\s,;:.]+|\s+(?:and|or|a|an|the|to|of|in|on|at|by|for|with|from|och|eller|en|ett|att|av|i|på|för|med|till|från))+$/iu;

/** Adverbs that focus the noun phrase after them: "only the HDP", "even Moscow", "bara Ryssland". */
const FOCUSING = /^(?:only|just|even|solely|bara|endast|enbart|till och med)\s+(?=\S)/iu;

/** The fact of `type` a sentence gives to the question, or null when it gives none. */
export function findFact(type: FactType, input: FactInput): FoundFact | null {
  const found = FINDERS[type]?.(input);
  if (!found) return null;
  // The speaker of a transcript's sentence is no words of it: the fact is their name, placed at the sentence's start.
  if (found.inSpeaker === true && input.speaker !== undefined) return { type, text: input.speaker, start: 0, end: 0, asked: found.asked ?? true, tentative: found.tentative ?? false, inPrevious: false, classed: false };
  const inPrevious = found.inPrevious === true && input.previous !== undefined;
  // A fact cut at a length, or before a conjunction's second half, ends on a word of its own, not on a function word: "Putin and" is Putin,
  // "… in a bid to avert a" is "… in a bid to avert".
  const spanned = (inPrevious ? (input.previous ?? '') : input.text).slice(found.start, found.end);
  // "only the HDP voted against": the adverb that focuses the doer is no part of who it is.
  const focus = type === 'person' ? (FOCUSING.exec(spanned)?.[0].length ?? 0) : 0;
  const start = found.start + focus;
  const text = spanned.slice(focus).replace(DANGLING, '');
  // A name never holds a quotation mark: a span that does has run into what someone said ('The Kremlin spoke of Turkish "').
  if (type === 'person' && (/["“”„«»]/u.test(text) || !namesSomeone(text, input.language))) return null;
  return text.length > 0 ? { type, text, start, end: start + text.length, asked: found.asked ?? true, tentative: found.tentative ?? false, inPrevious, classed: found.classed ?? false } : null;
}

const FINDERS: Partial<Record<FactType, (input: FactInput) => Span | null>> = {
  time: findTime,
  number: findNumber,
  person: findPerson,
  name: findName,
  place: findPlace,
  quotation: findQuotation,
  reason: findReason,
  development: findDevelopment,
};

/** A time of day: a clock time ("at 9.20", "5 p.m."), a part of the day ("in the early morning", "vid midnatt"). */
const TIME_OF_DAY =
  /\b\d{1,2}[:.]\d{2}\b(?:\s*(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|local time))?|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am|pm|o'clock)(?!\p{L})|\b(?:klockan|kl\.)\s*\d{1,2}(?:[:.]\d{2})?|\b(?:at|in the|early|late|that|this)\s+(?:(?:early|late)\s+)?(?:dawn|dusk|morning|afternoon|evening|night|noon|midday|midnight)\b|\b(?:på|under|i|vid)\s+(?:morgonen|förmiddagen|eftermiddagen|kvällen|natten|midnatt|gryningen)\b|\bi (?:morse|går kväll)\b/iu;

function findTime({ text }: FactInput): Span | null {
  const m = TIME_OF_DAY.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

/** What something resulted in: what became of the thing asked about; the object of "agreed on", "led to", "enades om"; else what the question's subject did its deed to. */
function findDevelopment(input: FactInput): Span | null {
  const fate = FATE_QUESTION.exec(input.question.replace(/[\s?.!]+$/u, ''))?.[1];
  if (fate) return fateOf(input, fate);
  const { text } = input;
  const m = RESULT.exec(text);
  if (!m) return findObject(input);
  const object = /^[^,;.:()]{3,160}/u.exec(text.slice(m.index + m[0].length))?.[0];
  const start = m.index + m[0].length;
  return object ? { start, end: start + cut(object, 14).length } : null;
}

/** "What happened to the deal?", "What ended up happening to …", "Vad hände med avtalet?": the fate of a thing. */
const FATE_QUESTION = /^\W*(?:what|vad)\s+(?:[\p{L}-]+\s+){0,2}?(?:happened|happens|happening|became|becomes|hände|händer|hänt|blev)\s+(?:(?:of|to|with|med|av)\s+)(.+)$/iu;
/** Words a subject may open on before its noun: a conjunction, a determiner ("men den överenskommelsen", "but the deal"). */
const SUBJECT_OPENING = /^(?:(?:and|but|yet|och|men|så)\s+)?(?:(?:the|this|that|its|their|den|det|denna|detta|dess|deras)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** Words after which what follows the noun is no predicate of it: a preposition or a relative word opens its complement. */
const NOUN_COMPLEMENT = /^(?:of|on|in|for|with|to|from|between|that|which|who|av|om|i|för|med|till|från|mellan|som)$/iu;
/** Longest predicate, in words. */
const FATE_WORDS = 10;

/**
 * What became of the thing a fate question names, by its head word in any language ("agreement": "överenskommelsen"):
 * the predicate of the clause it is the subject of ("…, men den överenskommelsen föll samman" gives "föll samman").
 */
function fateOf(input: FactInput, thing: string): Span | null {
  // The head noun ends the words before any complement: "avtalet" of "avtalet om hamnen".
  const words = thing.split(/[^\p{L}\d-]+/u).filter(Boolean);
  const complement = words.findIndex((w) => NOUN_COMPLEMENT.test(w));
  const head = (complement > 0 ? words.slice(0, complement) : words).pop();
  if (!head) return null;
  const terms = askedTerms(input, head);
  const { text, analyzer, language } = input;
  for (const m of text.matchAll(/[\p{L}-]+/gu)) {
    if (!analyzer.terms(m[0], language).some((t) => terms.has(t))) continue;
    const clause = text.slice(0, m.index).split(/[,;:()–—]|(?<=\.)\s/u).pop() ?? '';
    if (!SUBJECT_OPENING.test(clause.trimStart())) continue;
    const rest = text.slice(m.index + m[0].length);
    const predicate = /^\s+((?:[^,;.:()–—]|\.(?=\w))+)/u.exec(rest)?.[1] ?? '';
    const first = predicate.split(/\s+/u)[0] ?? '';
    if (first === '' || NOUN_COMPLEMENT.test(first) || /^\p{Lu}/u.test(first)) continue;
    const start = m.index + m[0].length + rest.indexOf(predicate);
    return { start, end: start + cut(predicate, FATE_WORDS).length };
  }
  return null;
}
