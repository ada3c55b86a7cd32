import { canBeVerb } from '../text/english-forms.ts';
import { askedTerms, verbsOfAgentNoun, type FactInput, type Span } from './fact-text.ts';

/** "Whom did Putin meet …", "What did Syrian forces take back …": a question after what a subject it gives did something to. */
const OBJECT_QUESTION = /^(?:(?:who|what|which)\s+(did|does|do)|whom\s+(did|does|do|has|have|had|will|would))\s+(.+)$/iu;
/** Words after which a question's verb has ended: prepositions and the particles of phrasal verbs, in either language. */
const AFTER_VERB = /^(?:in|on|at|to|from|into|with|by|for|during|after|before|since|near|over|against|down|up|out|off|back|away|together|i|på|till|från|med|av|för|under|efter|före|sedan|nära|över|mot|om|vid|ned|ner|upp|ut|tillbaka|bort|ihop)$/iu;
const PARTICLE = /^(?:down|up|out|off|back|away|together|ihjäl|ned|ner|upp|ut|av|tillbaka)$/iu;
/** A verb that names no deed of its own ("What did Turkey do …"). */
const ANY_DEED = /^(?:do|does|did|done|happen|make)$/iu;
/** Words an object ends before: prepositions, conjunctions, relative words. */
const OBJECT_END = /^(?:in|on|at|to|from|into|with|by|for|about|against|despite|during|after|before|since|near|over|under|across|around|amid|amidst|among|amongst|within|without|throughout|toward|towards|via|as|and|but|while|when|which|who|that|because|i|på|vid|över|från|till|för|under|med|efter|innan|och|men|som|när|eftersom|mot|om|av)$/iu;
/** Words before a noun: "its 2017 sanctions law" names no deed done to a law. */
const BEFORE_NOUN = /(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those|den|det|de|en|ett|sin|sitt|sina)|\d+)\s+$/iu;
const DETERMINER = /^(?:the|a|an|its|his|her|their|en|ett|den|det|de|sin|sitt|sina)$/iu;
/** A noun of the deed takes its object after a preposition: "sanctions on the agency". */
const NOUN_PREPOSITION = /^\s+(?:on|against|of|mot|på)\b/iu;
const NAME = String.raw`\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*`;
/** The one a deed done together is done with, named a few words after the deed's noun, a title before the name included. */
const PARTNER = new RegExp(String.raw`^(?:\s+[^\s,;.:()]+){0,4}?\s+\[?(?:with|med)\s+(?:the\s+)?((?:\p{Lu}[\p{L}.-]*\s+){0,2}${NAME})`, 'u');
const PAIR = new RegExp(String.raw`(${NAME})\s+(?:and|och)\s+(${NAME})`, 'gu');
/** Words of a time phrase after an article ("a day earlier", "the next morning", "samma dag"). */
export const TIME_WORD = /^(?:day|days|week|weeks|month|months|year|years|next|same|following|previous|morning|evening|dag|dagen|vecka|veckan|månad|månaden|året)\b/iu;
/** Longest object, in words. */
const OBJECT_WORDS = 8;

interface Deed {
  verb: string;
  particle: string | null;
}

/**
 * The verbs a question after an object may ask about: the word before its first preposition or particle
 * after the subject ("Turkey's jets shoot down"); without one, each later word in turn ("Russia offer Turkish pilots").
 */
export function deedsAsked(question: string): Deed[] {
  const asked = OBJECT_QUESTION.exec(question.replace(/^\W+/u, '').replace(/[\s?.!]+$/u, ''));
  const body = asked?.[3];
  if (!body) return [];
  const words = body.split(/\s+/u);
  const end = [...words.keys()].find((i) => i >= 2 && AFTER_VERB.test(words[i] ?? ''));
  // After "did" the verb is bare: a plural before a word that may be a verb is the subject's noun ("the Astana talks produce").
  const bare = /^(?:did|does|do)$/iu.test(asked?.[1] ?? asked?.[2] ?? '');
  const subjectNoun = (i: number) => bare && /[^su]s$/iu.test(words[i] ?? '') && canBeVerb((words[i + 1] ?? '').toLowerCase());
  const at = end === undefined ? [...words.keys()].slice(1).filter((i) => !subjectNoun(i)) : [end - 1];
  return at
    .map((i) => ({ verb: words[i] ?? '', particle: PARTICLE.test(words[i + 1] ?? '') ? (words[i + 1] ?? '').toLowerCase() : null }))
    .filter((d) => /^\p{Ll}+$/u.test(d.verb) && !ANY_DEED.test(d.verb) && !DETERMINER.test(d.verb));
}

/**
 * What the question's subject did its deed to: the words after the sentence's verb of that deed ("shot down
 * a Russian warplane"), or after the preposition of a noun of it ("sanctions on the agency"); else, for a
 * deed done together ("meeting in Sochi, Putin and Erdogan agree"), the one named with the question's subject.
 */
export function findObject(input: FactInput): Span | null {
  const { text, analyzer, language, eventTypes, asking } = input;
  const given = new Set(input.question.toLowerCase().split(/[^\p{L}-]+/u));
  let told = false;
  for (const deed of deedsAsked(input.question)) {
    // A name is no verb ("americans"): its term is the same in every sentence that names it.
    if (analyzer.analyze(deed.verb, input.questionLanguage).some((t) => t.name)) continue;
    const terms = askedTerms(input, deed.verb);
    for (const t of [...terms]) for (const r of asking.rewordings.get(t) ?? []) terms.add(r);
    // The kinds of deed the verb names with its particle, not those of the particle alone ("back" in "take back" is no backing).
    const alone = eventTypes.typesOf(deed.particle ?? '');
    const kinds = new Set([...eventTypes.typesOf(`${deed.verb} ${deed.particle ?? ''}`)].filter((k) => !alone.has(k)));
    for (const m of text.matchAll(/[\p{L}-]+/gu)) {
      const after = text.slice(m.index + m[0].length);
      const next = /^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '';
      const phrase = PARTICLE.test(next) ? `${m[0]} ${next}` : m[0];
      const same = analyzer.terms(m[0], language).some((t) => terms.has(t)) || [...eventTypes.typesOf(phrase)].some((k) => kinds.has(k));
      // "Turkey has been the main backer of the opposition": the doer of the deed named by its agent noun, when the
      // clause is the question's subject's.
      const agent = !same && language === 'en' && agentNounOf(input, m[0], terms) && subjectGiven(text.slice(0, m.index), given);
      if ((!same && !agent) || byAnother(input, m[0])) continue;
      told = true;
      // "The Protocol was signed the same day by the ministers": what a passive verb's deed was done to is its subject.
      const undergone = same && language === 'en' ? passiveSubject(text.slice(0, m.index), given) : null;
      if (undergone) return { start: undergone.start, end: undergone.start + undergone.length, asked: true };
      const rest = after.replace(PARTICLE.test(next) ? /^\s+[\p{L}-]+/u : /^/u, '');
      // A noun of the deed takes its object after its preposition only ("sanctions on the agency", not "its sanctions law"),
      // or its partner after "with" a few words on ("a meeting in the US with President Trump").
      const partner = PARTNER.exec(rest);
      const partnerSpan = partner?.[1] && !partner[1].toLowerCase().split(/\s+/u).some((w) => given.has(w)) ? { start: text.length - rest.length + partner[0].length - partner[1].length, length: partner[1].length } : null;
      if (BEFORE_NOUN.test(text.slice(0, m.index)) && !NOUN_PREPOSITION.test(rest)) {
        if (partnerSpan) return { start: partnerSpan.start, end: partnerSpan.start + partnerSpan.length, asked: true };
        continue;
      }
      const from = rest.replace(NOUN_PREPOSITION, '');
      const object = objectIn(from, given);
      // "imposes sanctions on the agency" for "Whom did the US sanction?": the deed's own noun is no object; its preposition's is.
      if (object && analyzer.terms(from.slice(object.start, object.start + object.length), language).some((t) => terms.has(t))) continue;
      const found = object ? { start: text.length - from.length + object.start, length: object.length } : partnerSpan;
      if (found) return { start: found.start, end: found.start + found.length, asked: true };
    }
  }
  return companion(input, given, told);
}

/** A passive's auxiliary right before its participle ("was signed", "were quietly handed"). */
const PASSIVE_AUXILIARY = /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+ly\s+)?$/u;
/** Words a clause opens on before its subject: a conjunction or a sentence adverb. */
const CLAUSE_OPENING = /^(?:and|but|then|later|also|so|yet)\s+/iu;
const OPENING_PREPOSITION = /^(?:in|on|at|after|before|since|during|by|last|this)\s/iu;
/** A subject that only points back: what it stands for is told elsewhere. */
const PRONOUN_SUBJECT = /^(?:it|they|this|that|these|those|he|she|which|who)$/iu;

/** The subject of a passive clause that ends before its participle: the noun phrase before the auxiliary, no pronoun, nor only what the question gives. */
function passiveSubject(before: string, given: Set<string>): { start: number; length: number } | null {
  const auxiliary = PASSIVE_AUXILIARY.exec(before);
  if (!auxiliary) return null;
  const head = before.slice(0, auxiliary.index).replace(/\s+$/u, '');
  const from = Math.max(0, ...[...head.matchAll(/[,;:–—(]\s*|(?<=\.)\s+/gu)].map((b) => b.index + b[0].length));
  let opening = CLAUSE_OPENING.exec(head.slice(from))?.[0].length ?? 0;
  // "In June the old barracks were handed over": a time or place phrase opening the clause ends where the subject's determiner begins.
  if (OPENING_PREPOSITION.test(head.slice(from + opening))) {
    const determiner = [...head.slice(from + opening).matchAll(/\s(?:the|a|an|its|his|her|their)\s/giu)].pop();
    if (!determiner) return null;
    opening += determiner.index + 1;
  }
  const subject = head.slice(from + opening);
  const words = subject.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > OBJECT_WORDS || PRONOUN_SUBJECT.test(subject)) return null;
  const content = words.filter((w) => !DETERMINER.test(w));
  if (content.length === 0 || content.every((w) => given.has(w.toLowerCase()))) return null;
  return { start: from + opening, length: subject.length };
}

/** Whether a word is the agent noun of a verb whose terms these are ("backer" of back). */
function agentNounOf({ analyzer }: FactInput, word: string, terms: ReadonlySet<string>): boolean {
  return verbsOfAgentNoun(analyzer, word).some((verb) => analyzer.terms(verb, 'en').some((t) => terms.has(t)));
}

/** Whether the clause before a word names one the question names: "while Russia has been the main backer of …" is Russia's. */
function subjectGiven(before: string, given: ReadonlySet<string>): boolean {
  const clause = before.split(/[,;:]|\b(?:while|whereas|but|and)\b/iu).pop() ?? '';
  return clause.split(/[^\p{L}-]+/u).some((w) => /^\p{Lu}/u.test(w) && given.has(w.toLowerCase()));
}

/**
 * Whether a compound names its deed's doer before it, and that doer is not the question's subject: "a Washington
 * and Berlin-backed coup attempt" tells nothing Turkey backed; "Turkey-backed Azerbaijan" does.
 */
function byAnother(input: FactInput, word: string): boolean {
  const hyphen = word.lastIndexOf('-');
  if (hyphen <= 0 || !/^\p{Lu}/u.test(word)) return false;
  const asked = askedTerms(input, input.question);
  return !input.analyzer.terms(word.slice(0, hyphen), input.language).some((t) => asked.has(t));
}

/** The noun phrase a text opens on, up to a preposition, a conjunction or a mark; none when it opens on one, or names only what the question gives. */
export function objectIn(rest: string, given: Set<string>): { start: number; length: number } | null {
  const lead = /^\s+/u.exec(rest)?.[0].length ?? 0;
  const words: string[] = [];
  const all = rest.slice(lead).split(/\s+/u);
  for (const [i, word] of all.entries()) {
    const bare = word.replace(/[^\p{L}\d'’-]+$/u, '');
    if (OBJECT_END.test(bare) || words.length === OBJECT_WORDS || !bare) break;
    // "met Assad a day earlier": a time phrase after the object is no part of it; "signed the same day" has no object at all.
    if (DETERMINER.test(bare) && TIME_WORD.test(all[i + 1] ?? '')) break;
    words.push(bare);
    if (bare !== word) break;
  }
  const content = words.filter((w) => !DETERMINER.test(w));
  if (content.length === 0 || content.every((w) => given.has(w.toLowerCase()))) return null;
  return { start: lead, length: rest.slice(lead).indexOf(words.at(-1) ?? '') + (words.at(-1)?.length ?? 0) };
}

/** "Putin and Erdogan agree": the one named together with a name the question gives, when the sentence tells the deed. */
export function companion(input: FactInput, given: Set<string>, told: boolean): Span | null {
  if (!told) return null;
  for (const m of input.text.matchAll(PAIR)) {
    const [a = '', b = ''] = [m[1], m[2]];
    const isGiven = (name: string) => name.toLowerCase().split(/\s+/u).some((w) => given.has(w));
    // "Russian and Turkish pilots": words of the language that are capitalised are no one's name.
    const word = (name: string) => input.analyzer.isWord(name.toLowerCase(), input.language);
    const other = isGiven(a) ? b : a;
    if (isGiven(a) === isGiven(b) || word(other)) continue;
    const start = isGiven(a) ? m.index + m[0].length - b.length : m.index;
    return { start, end: start + other.length, asked: true };
  }
  return null;
}
