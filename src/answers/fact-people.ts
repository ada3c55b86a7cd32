import type { Language } from '../corpus/types.ts';
import { PREPOSITIONS, SUBJECT_ENDS } from '../events/verb-second.ts';
import type { Analyzer } from '../text/analyzer.ts';
import { canBeVerb } from '../text/english-forms.ts';
import { WHICH_ACTOR } from './expected.ts';
import { companion, findObject, objectIn, TIME_WORD } from './fact-objects.ts';
import { asksState, stateAsked } from './fact-states.ts';
import { antecedent, askedTerms, cut, firstSubjectName, MONTHS, nameOpening, PERSONAL_PRONOUN, sharesAny, verbsOfAgentNoun, type FactInput, type Span } from './fact-text.ts';

const ROLE_WORDS = 'president|minister|secretary|director|ambassador|envoy|leader|counterpart|spokes(?:man|woman|person)|official|general|chief|head|commander|prime|king|chancellor|ambassadör|ledare|talesperson|chef|officer|polis(?:man)?';
const ROLES = new RegExp(`\\b(?:${ROLE_WORDS})\\b`, 'iu');
/** A doer named by a role ("en turkisk polis", "a US official") is named enough: Swedish writes nationalities in lower case. */
export const ROLE_NOUN = new RegExp(`(?:^|\\s)(?:${ROLE_WORDS})(?:s|e[rn]|na|erna)?$`, 'iu');
/** A role set off by commas after a name: "the spokesman of the defence ministry", "a deputy chief of staff". */
const APPOSITIVE_ROLE = new RegExp(`^\\s*(?:the|a|an|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${ROLE_WORDS})\\b`, 'iu');
const AUXILIARIES = /^(?:will|would|did|does|do|has|have|had|was|were|is|are|could|can|should|first|actually|really|ska|skulle|har|hade|kommer|att|var|är|blev)$/iu;
/** Finite auxiliaries: a doer is a noun phrase, so words with one in them are a clause, not a doer. */
const FINITE_AUXILIARY = /^(?:has|have|had|is|are|was|were|will|would|can|could|har|hade|är|var|blev|ska|skulle|kan|kunde)$/iu;
const PASSIVE = /\b(?:was|were|be|been|being|is|are|blev|var|har|hade)\s+(?:\p{L}+\s+)?$/iu;
const PRONOUN = /^(?:it|he|she|they|this|that|who|which|we|i|you|den|det|han|hon|de|som|vi)$/iu;
/** A relative pronoun that ends the words before a verb: the verb is the relative clause's. */
const RELATIVE_END = /(?:^|\s)(?:that|who|which|som)$/iu;
/** A word that opens a noun phrase. */
const DETERMINER = /^(?:the|a|an|its|his|her|their|this|these|those|den|det|de|en|ett|dess|sin|sitt|sina)$/iu;

/** The noun phrase that ends some words: from its determiner (up to three words back), or a name's words, or the last word. */
function antecedentOf(words: string): string {
  const list = words.trim().split(/\s+/u);
  const determiner = list.findLastIndex((w, i) => i >= list.length - 4 && DETERMINER.test(w));
  let from = determiner >= 0 ? determiner : list.length - 1;
  while (determiner < 0 && from > 0 && /^\p{Lu}/u.test(list[from] ?? '') && /^\p{Lu}/u.test(list[from - 1] ?? '')) from--;
  return list.slice(from).join(' ');
}
const CLAUSE_START = /(?:^|\s)(?:that|which|who|when|after|before|as|while|because|and|but|where|then|som|när|då|efter|innan|eftersom|och|men|där)\s+/giu;
/** A phrase opening on a preposition: an adverbial ("In September 2018"), not a doer. */
const OPENING_PREPOSITION = /^\s*(?:in|on|at|during|after|before|since|i|på|under|efter|innan|sedan)\s/iu;
/** Words that are no verb where a question's verb would stand. */
const FUNCTION_WORD = /^(?:the|a|an|of|in|on|at|to|for|with|by|den|det|de|en|ett|i|på|av|för|med|till)$/iu;
/**
 * Verbs of saying, in their forms: one tells the same deed as another ("Who described the test as routine?":
 * "Akar calls it routine work"), and many are stop words, which have no terms to compare. Verbs of opinion are among
 * them: what one thinks is known by what one says ("Vem tyckte att det var en seger?": "Erdogan called it a success").
 */
const SPEECH =
  /^(?:say|says|said|saying|tell|tells|told|telling|call|calls|called|calling|describe[sd]?|describing|explain(?:s|ed|ing)?|label(?:s|l?ed)?|dub(?:s|bed)?|warn(?:s|ed|ing)?|declare[sd]?|declaring|state[sd]?|stating|insist(?:s|ed|ing)?|claim(?:s|ed|ing)?|slam(?:s|med)?|repl(?:y|ies|ied|ying)|answer(?:s|ed|ing)?|respond(?:s|ed|ing)?|add(?:s|ed)|announce[sd]?|announcing|sa|sade|säger|sagt|kallade|kallar|beskrev|beskriver|varnade|varnar|hävdade|hävdar|uppgav|uppger|framhöll|svarade|svarar|tillade|meddelade|förklarade|förklarar|think|thinks|thought|believe[sd]?|consider(?:s|ed)?|tyckte|tycker|tyckt|ansåg|anser|menade|menar)$/iu;
/** Particles of phrasal verbs: "bring down" is not "bring together". */
const PARTICLE = /^(?:down|up|out|off|together|back|over|away|in|on)$/iu;
/** The Swedish particles of the English ones, a closed class: "shot down" is "sköt ned" in a Swedish sentence. */
const SWEDISH_PARTICLES: Readonly<Record<string, readonly string[]>> = {
  down: ['ned', 'ner'],
  up: ['upp'],
  out: ['ut'],
  off: ['av'],
  together: ['ihop', 'samman'],
  back: ['tillbaka'],
  over: ['över'],
  away: ['bort', 'iväg'],
  in: ['in'],
  on: ['på'],
};

/** Words a Swedish particle may stand after its verb: a subject after the verb comes first ("I maj sköt två plan ned …"). */
const SWEDISH_PARTICLE_REACH = 5;

/** Whether the words after a sentence's verb have the question's particle: next to it, or in Swedish after the subject that follows it. */
function hasParticle(after: string, particle: string, language: Language): boolean {
  const words = after.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const reach = language === 'sv' ? words.slice(0, SWEDISH_PARTICLE_REACH) : words.slice(0, 1);
  return reach.some((word) => word === particle || (language === 'sv' && (SWEDISH_PARTICLES[particle] ?? []).includes(word)));
}
/** Swedish words a main clause may open with before its verb, after which the subject follows the verb ("I december skjuter en turkisk polis …"). */
const SWEDISH_OPENERS = new Set([...PREPOSITIONS, 'nu', 'då', 'sedan', 'därför', 'också', 'även', 'igår', 'idag', 'samtidigt', 'dessutom']);
/** A name, with its particles ("Bashar al-Assad"). */
const NAME = String.raw`\p{Lu}[\p{L}-]+(?:\s+(?:(?:al|el|bin|ibn|von|van|de|da)-?)?\p{Lu}[\p{L}-]+|\s+(?:al|el|as|ash|ad)-\p{Lu}[\p{L}-]+)*`;

/**
 * "Who is X?": the role the sentence gives X. "Who was the defence secretary who …?": the name the role
 * goes with, or none. "Who did Y?": the doer of Y, or the first name the question does not give.
 */
export function findPerson(input: FactInput): Span | null {
  const found = personIn(input);
  return found && !found.inPrevious && !found.inSpeaker ? withApposedName(input.text, found) : found;
}

/** A full name set off by commas after a description that names no one ("his Turkish counterpart, Hulusi Akar,"): who it describes. */
const APPOSED_NAME = new RegExp(String.raw`^,\s+(\p{Lu}[\p{L}-]+\s+${NAME})(?=\s*[,.;:]|\s+\p{Ll}|\s*$)`, 'u');
/** Two capitalised words in a row: a span that holds a full name already. */
const FULL_NAME = /\p{Lu}[\p{L}-]*\s+\p{Lu}/u;

function withApposedName(text: string, span: Span): Span {
  const words = text.slice(span.start, span.end);
  // Only a noun phrase that describes someone: a role ("Turkish counterpart") or a determined noun ("the mayor of Lund"), not a name ("Syria").
  const describesSomeone = HAS_ROLE_WORD.test(words) || /^(?:the|a|an|his|her|its|their)\s/iu.test(words);
  if (FULL_NAME.test(words) || !describesSomeone) return span;
  const name = APPOSED_NAME.exec(text.slice(span.end));
  return name ? { ...span, end: span.end + name[0].length } : span;
}

function personIn(input: FactInput): Span | null {
  const question = input.question.replace(/^\W+/u, '').replace(/^./u, (c) => c.toLowerCase());
  const named = WHO_IS.exec(question)?.[1]?.split(/\s+/u) ?? [];
  // "Who is X?" asks for X's role: a sentence that only names X does not answer it. "who is karlov": a name in lower case too, when its words are no words.
  const isName = named.length > 0 && (named.every((w) => /^\p{Lu}/u.test(w)) || named.every((w) => /^\p{Ll}/u.test(w) && !input.analyzer.isWord(w, input.questionLanguage)));
  if (isName) return roleOf(input.text, named.at(-1) ?? '');
  // "Who did Putin say had links to IS?", "Vem menade Putin hade kopplingar till IS?": the one a named speaker says it of.
  const speaker = SAID_OF.exec(question);
  if (speaker) return spokenOf(input, speaker[1] ?? speaker[2] ?? '');
  // "Who was Turkey's defence minister in 2020?", "Vem var Turkiets försvarsminister 2020?": a role after a possessive too.
  // "Who is Jones hoping to meet": a name ending in s is no genitive before a role.
  const planned = PLANNED.exec(question);
  const role = planned ? undefined : ROLE_QUESTION.exec(question)?.[1];
  // A role the sentence words otherwise ("defence chief" for "Defense Secretary") is still told by the deed the question
  // gives its holder ("Who was the defence chief who wrote to …?"): the doer of that deed.
  // "Who's the Rostec guy that explained …": a word for anyone names no office; the relative clause's deed tells who.
  const deedOfAnyone = role && ANYONE.test(role.split(/\s+/u).pop() ?? '') ? RELATIVE.exec(question.slice(question.indexOf(role) + role.length)) : null;
  if (role && deedOfAnyone) return personIn({ ...input, question: `${input.questionLanguage === 'sv' ? 'vem' : 'who'} ${question.slice(question.indexOf(role) + role.length + deedOfAnyone[0].length)}` });
  if (role) return agentNounDoer(input, question, role) ?? holderOf(input, role) ?? relativeDoer(input, question, role);
  // "Who was killed by a Turkish policeman?", "Vem mördades?": the one the deed was done to.
  const suffered = PASSIVE_QUESTION.exec(question);
  const participle = suffered?.[1] ?? suffered?.[2];
  if (participle) return patientOf(input, participle);
  // "Who did Erdogan tour the show with?": the one the sentence names after that preposition.
  // "Which country did Turkey buy the S-400 from?" asks the same of a country.
  const asker = /^(?:who|whom|vem|vilka)\s/iu.exec(question)?.[0] ?? WHICH_ACTOR.exec(question)?.[0];
  const stranded = asker === undefined ? undefined : STRANDED.exec(question);
  // One the sentence names as a doer of the deed the question's purpose tells answers too ("Russia, Turkey and Iran launch talks").
  const partnerNamed = stranded?.[1] ? namedAfter(input, stranded[1]) : null;
  if (stranded?.[1] && (partnerNamed || stranded[2] === undefined)) return partnerNamed;
  // "Who did Putin see" asks for whom the deed was done to, not for its doer, whatever the verb.
  const objectQuestion = /^(?:who|whom)\s+(?:did|does|do|has|have|had|will|would)\s+\S+\s+\S/u.test(question);
  // "Who was Erdogan planning to meet …" asks whom he would meet, as "Who did Erdogan meet …" does.
  const intended = planned ? findObject({ ...input, question: `who did ${planned[1] ?? planned[2]} ${planned[3]}` }) : null;
  const { doer, told } = intended ? { doer: intended, told: true } : objectQuestion ? { doer: findObject(input), told: true } : agentOf(input);
  // "Which country sat down with Russia and Turkey …": a state the question does not name, though the sentence words the
  // deed otherwise; a state rather than a person the deed's words find ("Putin stayed on in Ankara for a summit").
  const state = asksState(question) ? stateAsked(input) : null;
  if (state?.asked) return state;
  if (doer?.asked) return doer;
  if (state) return state;
  // "Which Turkish minister played down the test?": a deed worded otherwise ("calls it routine") is still the one
  // the question's role holds, when the sentence names a holder of that role.
  const holder = headOf(input, question) ?? askedRoles(question).reduce<Span | null>((found, role) => found ?? holderOf(input, role), null);
  if (holder) return holder;
  if (doer) return doer;
  // "I would call that optimism": in a transcript, the one who says "I" is the speaker of the turn.
  if (!objectQuestion && input.speaker !== undefined && FIRST_PERSON.test(input.text)) return { start: 0, end: 0, asked: true, inSpeaker: true };
  // "Vem träffade Putin i Sotji?" (whom Putin met, or who met him): the one named together with Putin ("Putin and Erdogan agree").
  const partner = objectQuestion ? null : companion(input, new Set(input.question.toLowerCase().split(/[^\p{L}-]+/u)), told);
  if (partner) return partner;
  // Without its doer in words, a sentence that tells the deed may still name who did it ("With Erdogan, Vucic and Borissov, he turned the valve").
  const unasked = told ? newName(input) : null;
  return unasked ? { ...unasked, asked: false } : null;
}

/** Nouns for anyone at all, which a casual question puts where a role would stand ("the guy who …", "killen som …"). */
const ANYONE = /^(?:guy|guys|man|men|woman|women|person|people|one|fellow|bloke|chap|lady|kille|killen|mannen|kvinnan|personen)$/iu;

/** Kinds of organisation a name is titled with as a person is with a role: "the state nuclear company Rosatom". */
const ORGANISATION = /^(?:compan(?:y|ies)|firms?)$/iu;
/** The roles a question asks a holder of: "minister" in "Which Turkish minister …", a head's in "Who runs …", none in "Which country …". */
function askedRoles(question: string): string[] {
  const asker = WHICH_ACTOR.exec(question)?.[0];
  const role = asker?.split(/\s+/u).pop();
  if (role !== undefined && ORGANISATION.test(role)) return [role.replace(/ies$/iu, 'y').replace(/s$/iu, '')];
  return role !== undefined && ROLES.test(role) ? [role.replace(/s$/iu, '')] : [];
}

/** "Who runs Rosatom?", "Vem leder byrån?": a question after the one at the head of something, which a title names ("Rosatom chief …"). */
const HEADING_QUESTION = /^(?:who|vem)\s+(?:runs|ran|heads|headed|leads|chairs|chaired|directs|directed|manages|managed|leder|ledde|styr|styrde|(?:is|was|are|were)\s+in\s+charge\s+of|(?:är|var)\s+(?:chef|ansvarig)\s+för)\s/iu;
const HEAD_ROLES = ['chief', 'head', 'leader', 'director', 'chairman', 'chef', 'ledare'];
/** What a head's name may be followed by that names what they head: "Alexei Likhachev, the chief of Rosatom". */
const HEADED_AFTER = new RegExp(String.raw`^,\s+(?:the\s+)?(?:${HEAD_ROLES.join('|')})\s+(?:of|för)\s+(?:the\s+)?[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*){0,2}`, 'iu');

/** The one a title names head of what the question asks about: "Rosatom chief Alexei Likhachev" for "Who runs Rosatom?". */
function headOf(input: FactInput, question: string): Span | null {
  const headed = HEADING_QUESTION.exec(question);
  if (!headed) return null;
  const asked = askedTerms(input, question.slice(headed[0].length));
  for (const role of HEAD_ROLES) {
    const span = holderOf(input, role);
    if (!span) continue;
    const of = HEADED_AFTER.exec(input.text.slice(span.end))?.[0] ?? '';
    // What they head may stand before the role too: "the procurement agency and its head, Ismail Demir".
    const before = /[^;:.]{0,100}$/u.exec(input.text.slice(0, span.start))?.[0] ?? '';
    if (sharesAny(input, before + input.text.slice(span.start, span.end) + of, asked)) return span;
  }
  return null;
}

/** A sentence whose subject is its speaker: "I …", "We …", "Honestly, I …", "Jag …", "Vi …". */
const FIRST_PERSON = /^\W*(?:\p{L}+,\s+){0,2}(?:I|We|we|Jag|jag|Vi|vi)\s/u;

/** "Who was X planning to meet …", "Vem skulle X träffa …": a question after whom a deed intended would be done to. */
const PLANNED =
  /^(?:(?:who|whom)\s+(?:was|is|were|are)\s+([\p{L}-]+)\s+(?:planning|going|hoping|expected|due|set|scheduled|preparing|about|trying|seeking|wanting)\s+to|vem\s+(?:skulle|ska|planerade|tänkte|hoppades|väntades)\s+([\p{L}-]+)(?:\s+att)?)\s+(\S.*)$/iu;

/** A question after whom a speaker says something of: "Who did Putin say had …", "Vem menade Putin hade …". */
const SAID_OF =
  /^(?:who|whom)\s+(?:did|does|do)\s+(?:the\s+)?([\p{L}-]+)\s+(?:say|claim|believe|think|allege|accuse|mean|blame|suggest)\s|^vem\s+(?:menade|menar|sa|sade|säger|hävdade|hävdar|påstod|påstår|ansåg|anser|trodde|tror|anklagade|anklagar)\s+([\p{L}-]+)\s/iu;
/** Verbs that say something of someone: an accusation takes them as its object, a verb of saying as the subject of what it reports. */
const ACCUSING = /^(?:accus\w*|blam\w*|anklaga\w*|beskyll\w*)$/iu;
const REPORTING = /^(?:say|says|said|claim\w*|alleg\w*|menade|menar|sa|sade|säger|hävda\w*|påst\w*)$/iu;

/** The name right after a verb (a Swedish subject after it), and the one a verb of saying reports on. */
const NAME_NEXT = new RegExp(`^\\s+(${NAME})`, 'u');
const REPORTED_NAME = new RegExp(`^\\s+(?:that\\s+|att\\s+)?(?:the\\s+)?(${NAME})`, 'u');

/**
 * The one a speaker the question names says something of: the object of their accusation ("Putin anklagar president
 * Erdogan för …"), or the subject of the clause their verb of saying reports ("Putin said Erdogan had …").
 */
function spokenOf(input: FactInput, speaker: string): Span | null {
  const { text, analyzer, language } = input;
  const terms = askedTerms(input, speaker);
  const given = new Set(input.question.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => !FUNCTION_WORD.test(w)));
  const isSpeaker = (words: string) => analyzer.terms(words, language).some((t) => terms.has(t));
  for (const m of text.matchAll(/[\p{L}-]+/gu)) {
    const accusing = ACCUSING.test(m[0]);
    if (!accusing && !REPORTING.test(m[0])) continue;
    const clause = text.slice(0, m.index).split(/[,;:()–—]|(?<=\.)\s/u).pop() ?? '';
    // The speaker before the verb, or right after it where Swedish puts the subject after an opening adverbial.
    const following = NAME_NEXT.exec(text.slice(m.index + m[0].length));
    const after = following?.[1] && isSpeaker(following[1]) ? following[0].length : isSpeaker(clause) ? 0 : -1;
    if (after < 0) continue;
    const from = m.index + m[0].length + after;
    const rest = text.slice(from);
    // What the words say is what the question says they say ("links to IS": "samröre med IS"), not another charge.
    const verbTerms = new Set(analyzer.terms(m[0], language));
    const said = new Set([...input.asking.deed, ...input.asking.names].filter((t) => !terms.has(t) && !verbTerms.has(t)));
    const asked = sharesAny(input, rest, said);
    if (accusing) {
      const object = objectIn(rest, given);
      // One is accused of a deed: "of lying" is what they are accused of, not who.
      const accused = object ? rest.slice(object.start, object.start + object.length).replace(/\s+(?:of|för)\s.*$/u, '') : '';
      if (object && /\p{Lu}/u.test(accused)) return { start: from + object.start, end: from + object.start + accused.length, asked };
      continue;
    }
    const reported = REPORTED_NAME.exec(rest);
    if (reported?.[1] && !isSpeaker(reported[1])) {
      const start = from + reported[0].length - reported[1].length;
      return { start, end: start + reported[1].length, asked };
    }
  }
  return null;
}

/** "Who was the pilot who …", and after a possessive ("Who was Turkey's defence minister in 2020?", "Vem var Turkiets försvarsminister 2020?"). */
const ROLE_QUESTION =
  /^(?:who|vem)\s+(?:is|was|are|were|är|var)\s+(?:[Tt]he|[Aa]n?|[Dd]en|[Dd]et|[Ee]n|[Ee]tt|\p{Lu}\p{L}+(?:'s|’s|s))\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)(?:\s+(?:who|that|which|of|in|at|on|for|to|during|som|att|i|på|under|vid)\b|\s+\d{4}\W*$|\W*$)/u;

/** A question after whom a deed was done to: "Who was shot by …", "Vem mördades …" (a Swedish s-passive). */
const PASSIVE_QUESTION =
  /^(?:who\s+(?:was|were|got|has\s+been|have\s+been|had\s+been)\s+(\p{Ll}+(?:ed|en|wn)|shot|hit|hurt|cut|built|sent|held|left|lost|caught|struck|kept|met|told|sold|bought|brought|put|led)|vem\s+(\p{Ll}{2,}(?:ades|des|tes|ts|ds|gs|ks|ps)))(?![\p{L}-])/u;

/**
 * The one a deed was done to: the subject of a passive sentence ("Karlov was shot"), else what the active
 * verb is done to, after a Swedish subject that follows its verb ("skjuter en polis ihjäl ambassadören").
 */
function patientOf(input: FactInput, participle: string): Span | null {
  const { text, analyzer, language, eventTypes } = input;
  const given = new Set(input.question.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => !FUNCTION_WORD.test(w)));
  const terms = askedTerms(input, participle);
  const kinds = eventTypes.typesOf(participle);
  for (const m of text.matchAll(/[\p{L}-]+/gu)) {
    const same = analyzer.terms(m[0], language).some((t) => terms.has(t)) || [...eventTypes.typesOf(m[0])].some((k) => kinds.has(k));
    const before = text.slice(0, m.index);
    if (!same || /\b(?:to|att)\s+$/iu.test(before)) continue;
    if (PASSIVE.test(before) || (language === 'sv' && /\p{L}(?:ades|des|tes|ts|ds)$/u.test(m[0]))) {
      const subject = subjectBefore(input, before.replace(PASSIVE, ''), given);
      if (subject) return subject;
      continue;
    }
    // After the Swedish subject that follows the verb, and the verb's particle, the object.
    const subject = language === 'sv' ? subjectAfterVerb(input, before, m.index + m[0].length) : undefined;
    // "imposes sanctions on the agency" for "Who was sanctioned": the deed as a noun is done to what its preposition names.
    const from = subject ? subject.end : m.index + m[0].length + (/^\s+(?:on|against|mot|på)\s/iu.exec(text.slice(m.index + m[0].length))?.[0].trimEnd().length ?? 0);
    const rest = text.slice(from).replace(/^\s+(?:ihjäl|ned|ner|down|dead)(?![\p{L}-])/iu, (p) => ' '.repeat(p.length));
    const object = objectIn(rest, given);
    if (object) return { start: from + object.start, end: from + object.start + object.length, asked: true };
  }
  return null;
}

/**
 * A question ending on its preposition: "Who did Erdogan tour the air show with?", "Vem pratade Putin med?"; or on
 * its preposition and what the deed was for ("Which country did Ankara agree with to pause the offensive?").
 */
const STRANDED = /^\S.*\s(with|to|for|against|from|alongside|med|till|för|mot|från)(\s+(?:in\s+order\s+)?(?:to|för\s+att)\s+\p{L}[^?]*)?\W*$/iu;

/**
 * The name after the question's preposition in the sentence, not one the question gives; asked when the
 * sentence has a word of the question's deed too (the words that are no name).
 */
function namedAfter(input: FactInput, preposition: string): Span | null {
  const given = new Set(input.question.toLowerCase().split(/[^\p{L}-]+/u));
  const word = preposition.toLowerCase();
  const after = new RegExp(`(?<![\\p{L}-])(?:${word}|${word.replace(/^./u, (c) => c.toUpperCase())})\\s+(?:the\\s+)?(${NAME})`, 'gu');
  const words = input.question.split(/[^\p{L}-]+/u).filter((w) => /^\p{Ll}/u.test(w) && !FUNCTION_WORD.test(w) && !AUXILIARIES.test(w) && w.toLowerCase() !== word);
  const deed = askedTerms(input, words.join(' '));
  for (const m of input.text.matchAll(after)) {
    const name = m[1] ?? '';
    if (name.toLowerCase().split(/\s+/u).some((w) => given.has(w))) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    return { start, end: start + name.length, asked: input.analyzer.terms(input.text, input.language).some((t) => deed.has(t)) };
  }
  return null;
}

/** "Who is Mikhail Bogdanov?", "who is karlov": up to three words after the copula, ending the question. */
const WHO_IS = /^(?:who|vem)\s+(?:is|was|are|were|är|var)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\W*$/u;
/** A role word, also as the head of a Swedish compound in its definite form ("Turkietambassadören"). */
const ROLE_WORD = new RegExp(`(?:\\b|(?<=\\p{Ll}))(?:${ROLE_WORDS})(?:en|n|et|erna|arna|na)?\\b`, 'giu');
/** ROLE_WORD without its global flag, for a test that keeps no state between calls. */
const HAS_ROLE_WORD = new RegExp(ROLE_WORD.source, 'iu');

function roleOf(text: string, name: string): Span | null {
  for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'giu'))) {
    const head = text.slice(Math.max(0, m.index - 120), m.index);
    const role = [...head.matchAll(ROLE_WORD)].pop();
    const between = role ? head.slice(role.index + role[0].length) : '';
    // A title ("Deputy Foreign Minister Mikhail Bogdanov") or an apposition before the name ("the director of …, Dmitry Shugaev").
    if (role && (/^(?:\s+\p{Lu}[\p{L}.-]*){0,3}\s+$/u.test(between) || /^,\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.test(between) || /^\s+(?:of|for|at|för|vid)\s[^,]{0,100},\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.test(between))) {
      // Back to the start of the title ("Deputy Foreign Minister"): capitalised words before the role word.
      // A compound holds its role at its end ("Turkietambassadören"): the title starts with the word.
      const word = head.slice(0, role.index).search(/[\p{L}-]*$/u);
      const titleStart = m.index - head.length + word - titleOpening(head.slice(0, word));
      return { start: titleStart, end: m.index + m[0].length };
    }
    const apposition = /^,\s+([^,]{3,80})/u.exec(text.slice(m.index + m[0].length));
    if (apposition && (ROLES.test(apposition[1] ?? '') || describes(apposition[1] ?? ''))) return { start: m.index, end: m.index + m[0].length + apposition[0].length };
  }
  return null;
}

/** Words a determiner opens before a role word: the title's own, in lower case too ("the Armenian prime minister", "den armeniske premiärministern"). */
const DETERMINED_TITLE = /(?<=(?:^|\s)(?:the|an?|its|his|her|their|den|det|en|ett)\s+)(?:[\p{L}.'’-]+\s+){1,3}$/iu;

/** How many characters of the words before a role word belong to its title: those a determiner opens, else capitalised ones ("Deputy Foreign Minister"). */
function titleOpening(before: string): number {
  return (DETERMINED_TITLE.exec(before) ?? /(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.exec(before))?.[0].length ?? 0;
}

/**
 * An apposition that says what someone is, though no role word names it: an indefinite noun phrase ("Kerem Aydin,
 * a researcher who follows shipping"); not one of time ("Jones, a day later, …").
 */
function describes(apposition: string): boolean {
  const phrase = /^an?\s+((?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+)(?:\s+(?:who|that|which|of|at|for|with|from|in|on)\b|\W*$)/u.exec(apposition)?.[1];
  return phrase !== undefined && !phrase.split(/\s+/u).some((word) => TIME_WORD.test(word));
}

/** A role question's relative clause ("who wrote to Ankara", "som skrev till Ankara"), as a who-question of its own. */
const RELATIVE = /^\s+(?:who|that|som)\s+(?=\S)/iu;

/**
 * The doer of the deed a role question's relative clause tells, when the sentence names them with a role of its own:
 * "two Turkish F-16s" did the deed but are no pilot; not a pronoun's antecedent, which only the role could confirm.
 */
function relativeDoer(input: FactInput, question: string, role: string): Span | null {
  const after = question.slice(question.indexOf(role) + role.length);
  const relative = RELATIVE.exec(after);
  if (!relative) return null;
  const { doer } = agentOf({ ...input, question: `${input.questionLanguage === 'sv' ? 'vem' : 'who'} ${after.slice(relative[0].length)}` });
  return doer?.asked && !doer.inPrevious && titledName(input.text.slice(doer.start, doer.end)) ? doer : null;
}

/** Whether words name someone with a role: a role word and a name ("US Defense Secretary Patrick Shanahan", "Turkiets utrikesminister Mevlüt Çavuşoğlu"). */
export function titledName(words: string): boolean {
  return HAS_ROLE_WORD.test(words) && /(?:^|\s)\p{Lu}\p{Ll}/u.test(words.replace(ROLE_WORD, ''));
}

/**
 * "Who was Karlov's killer?", "Who is the buyer of the plant?": a role that is the agent noun of a verb (WordNet's
 * derivation: killer → kill, buyer → buy) is held by the doer of that verb, done to the one the question names.
 */
function agentNounDoer(input: FactInput, question: string, role: string): Span | null {
  const head = role.split(/\s+/u).pop() ?? role;
  // An office ("commander", "minister") is held by its holder, whose name a title gives.
  if (input.questionLanguage !== 'en' || ROLES.test(head)) return null;
  const [verb] = verbsOfAgentNoun(input.analyzer, head);
  const owner = new RegExp(`([\\p{L}-]+)(?:'s|’s)\\s+${role}`, 'iu').exec(question)?.[1] ?? new RegExp(`${role}\\s+of\\s+(.+?)\\W*$`, 'iu').exec(question)?.[1];
  if (!verb || !owner) return null;
  const { doer } = agentOf({ ...input, question: `who ${verb} ${owner}` });
  return doer?.asked ? doer : null;
}

/**
 * The one a role names, with the role: a title before a name ("US Defense Secretary Mark Esper") or an
 * apposition ("the pilot, Name"; "Name, the pilot"; "Name was the first leader"). The role's last word is matched in any spelling
 * and language; without a name next to it the sentence does not say who.
 */
function holderOf(input: FactInput, role: string): Span | null {
  const head = role.split(/\s+/u).pop() ?? role;
  const roleTerms = askedTerms(input, head);
  // "main supporter" as the sentence may word it: "main backer".
  for (const t of [...roleTerms]) for (const r of input.asking.rewordings.get(t) ?? []) roleTerms.add(r);
  // "the main backer of the Assad regime": what the question says of the role tells which of a sentence's holders it means.
  const qualifier = askedTerms(input, input.question.slice(input.question.toLowerCase().indexOf(role.toLowerCase()) + role.length));
  const { text, analyzer, language } = input;
  // "the Russian president", "Turkey's president": the states the question names with the role are the office's, and a
  // holder titled by another ("Turkish President Erdogan") holds another office. A seat of government names its state
  // ("a furious president in Moscow").
  const { seats } = analyzer.lexicon;
  const states = new Set(seats.values());
  const namesIn = (words: string, lang: Language) =>
    analyzer.analyze(words, lang).filter((t) => t.name).map((t) => seats.get(words.slice(t.start, t.end).toLowerCase()) ?? t.term);
  const asker = input.question.slice(0, input.question.toLowerCase().indexOf(role.toLowerCase()) + role.length);
  const countries = namesIn(asker, input.questionLanguage).filter((name) => states.has(name));
  const statesTold = namesIn(text, language).filter((name) => states.has(name));
  const told = countries.length === 0 || statesTold.length === 0 || statesTold.some((name) => countries.includes(name));
  let best: { span: Span; fit: number } | undefined;
  for (const m of text.matchAll(/[\p{L}-]+/gu)) {
    if (!analyzer.terms(m[0], language).some((t) => roleTerms.has(t)) || derivedFrom(m[0], head, input)) continue;
    const span = holderAt(text, m);
    if (!span) continue;
    const title = namesIn(text.slice(Math.min(span.start, m.index), m.index + m[0].length), language);
    // A title without a country is of the one its sentence names, if it names any.
    if (countries.length > 0 && (title.length > 0 ? !title.some((name) => countries.includes(name)) : !told)) continue;
    const said = /^[^,;]{0,80}/u.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    const fit = analyzer.terms(said, language).filter((t) => qualifier.has(t)).length;
    if (!best || fit > best.fit) best = { span, fit };
  }
  return best?.span ?? null;
}

/** The name a role word found in a sentence goes with: after it ("Defense Secretary Mark Esper"), or before it joined by a comma or a copula. */
function holderAt(text: string, m: RegExpExecArray | RegExpMatchArray): Span | null {
  const index = m.index ?? 0;
  // "the director of the Federal Service for Military-Technical Cooperation, Dmitry Shugaev": what the role is of may stand between.
  const after = new RegExp(`^(?:\\s+(?:of|for|at|för|på|vid)\\s+[^,;:.]{1,80}?,)?,?\\s+(?:the\\s+)?(${NAME})`, 'u').exec(text.slice(index + m[0].length));
  if (after?.[1] && !/^(?:of|for|at|in)$/iu.test(after[1])) {
    const end = index + m[0].length + after[0].length;
    // A name set off by a comma stands alone ("its head, Ismail Demir"); one the title runs into keeps it ("Defense Secretary Mark Esper").
    if (after[0].includes(',')) return { start: end - after[1].length, end };
    const titleStart = index - titleOpening(text.slice(0, index));
    return { start: titleStart, end };
  }
  // "Name, the pilot"; "Putin was the first foreign leader": the name before the role, set off or joined by a copula.
  const before = new RegExp(`(${NAME})(?:,|\\s+(?:(?:has|have|had)\\s+been|was|is|were|are|became|remains|är|var|blev|har\\s+varit))\\s+(?:the|a|an|its|his|her|den|det)\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'u').exec(text.slice(0, index));
  if (!before?.[1]) return null;
  // "In July Putin was …": an opening preposition and a month are no part of the name.
  const lead = new RegExp(`^(?:(?:in|on|at|by|since|after|before|i|på|efter|sedan)\\s+)?(?:(?:${MONTHS})\\s+)?`, 'iu').exec(before[1])?.[0].length ?? 0;
  return { start: before.index + lead, end: before.index + before[1].length };
}

/**
 * Whether a sentence's word is the shorter word a role is derived from, of another class: "Turkey support the
 * opposition" names no "supporter". Only within one language, where the forms can be compared.
 */
function derivedFrom(word: string, role: string, { language, questionLanguage }: FactInput): boolean {
  const bare = word.toLowerCase().replace(/s$/u, '');
  return language === questionLanguage && bare.length < role.length - 1 && role.toLowerCase().startsWith(bare);
}

/**
 * The doer of the question's verb: "by X" after a passive, else the words before the verb back to the
 * clause's start; `told` when the sentence has the verb at all.
 */
function agentOf(input: FactInput): { doer: Span | null; told: boolean } {
  // "Which country did Russia and Turkey team up with to launch …": the verbs asked about, in the question's order.
  const question = input.question.replace(/^\W+/u, '');
  // "Which country's planes shot down …", "Whose jets …", "Vems plan …": the doer is what the asker owns, and the verb comes after it.
  const who = WHICH_ACTOR.exec(question)?.[0] ?? /^(?:whose|vems)\s+[\p{L}-]+|^(?:who|whom|vem)\b|^(?:which|what|vilk(?:en|et|a))\s+\p{L}+/iu.exec(question)?.[0] ?? '';
  const asker = who + (/^['’]s\s+[\p{L}-]+/u.exec(question.slice(who.length))?.[0] ?? '');
  const words = withoutAskersGroup(question.slice(asker.length).trim().split(/[^\p{L}-]+/u).filter(Boolean));
  // The question's verb is its first word of content; an infinitive ("to launch") names the deed too.
  // A verb that is a stop word ("told") still names the deed when it comes first.
  const content = words.filter((w, i) => !AUXILIARIES.test(w) && !/^\p{Lu}/u.test(w) && ((i === 0 && !FUNCTION_WORD.test(w)) || input.analyzer.terms(w, input.questionLanguage).length > 0));
  // "took part in launching the talks": a gerund after a preposition names the deed too.
  const verbs = [...content.slice(0, 1), ...words.filter((w, i) => (/^(?:to|att)$/iu.test(words[i - 1] ?? '') || (/ing$/iu.test(w) && /^(?:in|of|by|for)$/iu.test(words[i - 1] ?? ''))) && content.includes(w))];
  let unnamed: Span | null = null;
  let told = false;
  for (const verb of verbs) {
    const particle = words[words.indexOf(verb) + 1] ?? '';
    const terms = askedTerms(input, verb);
    // The verb as the sentence may word it: "operate" is also "run".
    for (const t of [...terms]) for (const r of input.asking.rewordings.get(t) ?? []) terms.add(r);
    const found = doerOf(input, { word: verb, terms, particle: PARTICLE.test(particle) ? particle.toLowerCase() : null });
    told ||= found.told;
    // "Who replied 'Yes, you can'?": a speaker answers when the sentence has the words the question quotes.
    if (found.doer?.asked && SPEECH.test(verb) && !saysQuoted(input)) found.doer.asked = false;
    if (found.doer?.asked) return { doer: found.doer, told };
    unnamed ??= found.doer;
  }
  // "Vem skrev ett brev till Putin?": a sentence that tells the deed's object ("i ett brev till Putin … Erdogan") tells the deed, though not its verb.
  return { doer: unnamed, told: told || objectTold(input, words, verbs[0]) };
}

/**
 * "Who in Turkey's military announced …", "Who at the Kremlin said …": the group the asker is one of comes before
 * the verb; the verb is the first word after it that can be one.
 */
function withoutAskersGroup(words: string[]): string[] {
  if (!/^(?:in|at|of|from|among|within|inside)$/iu.test(words[0] ?? '')) return words;
  const verb = words.findIndex((w, i) => i > 1 && /^\p{Ll}+$/u.test(w) && !FUNCTION_WORD.test(w) && canBeVerb(w));
  return verb < 0 ? words : words.slice(verb);
}

/** Whether the sentence has the word of the thing the question's verb is done to: the first word after the verb that is no article and no name. */
function objectTold(input: FactInput, words: string[], verb: string | undefined): boolean {
  const object = verb === undefined ? undefined : words.slice(words.indexOf(verb) + 1).find((w) => w && !FUNCTION_WORD.test(w));
  if (!object || !/^\p{Ll}/u.test(object)) return false;
  const terms = askedTerms(input, object);
  return input.analyzer.terms(input.text, input.language).some((t) => terms.has(t));
}

/** Whether the sentence has the words a question quotes, when it quotes any. */
function saysQuoted({ question, text }: FactInput): boolean {
  const quoted = /(?:^|\s)['‘"“]([^'’"”]{3,})['’"”]/u.exec(question)?.[1];
  const letters = (t: string) => t.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ').trim();
  return quoted === undefined || letters(text).includes(letters(quoted));
}

const BETWEEN = new RegExp(`^(?:\\s+\\p{L}+)?\\s+(?:between|mellan)\\s+(${NAME}\\s+(?:and|och)\\s+${NAME})`, 'u');

interface Verb {
  word: string;
  terms: Set<string>;
  /** Its particle ("brought down"), which a sentence's verb of the same word must have too. */
  particle: string | null;
}

/** Words a clause runs to after its verb, short of a stop or a word that opens another clause; over commas, which set off an apposition ("the envoy, Ivan Petrovsky"). */
const CLAUSE_AFTER = /^[^;.:!?]*?(?=[;.:!?]|,?\s(?:and|but|while|whereas|which|who|och|men|medan|som)\s|$)/iu;

/**
 * Whether the verb's clause is done to another than the one the question names after its verb, whom the sentence
 * names elsewhere: in "Russia, Assad's main ally, while Turkey supports the opposition", Turkey supports no Assad.
 */
function doneToAnother(input: FactInput, verb: Verb, after: string): boolean {
  const words = input.question.split(/[^\p{L}-]+/u).filter(Boolean);
  const at = words.findIndex((w) => w.toLowerCase() === verb.word.toLowerCase());
  // Only a direct object, right after the verb: "wrote to Akar" may be told as "wrote a letter to his counterpart, Akar".
  const object = at < 0 ? undefined : words[at + 1];
  if (object === undefined || FUNCTION_WORD.test(object) || AUXILIARIES.test(object) || PARTICLE.test(object)) return false;
  const { analyzer, language } = input;
  const asked = analyzer.terms(object, input.questionLanguage);
  if (asked.length === 0) return false;
  const named = (text: string) => analyzer.terms(text, language).some((t) => asked.includes(t));
  return named(input.text) && !named(CLAUSE_AFTER.exec(after)?.[0] ?? after);
}

/** Verbs of wanting or getting, before a determiner: the noun after them is a deed someone else is to do. */
const WANTED =
  /(?:^|\s)(?:wants?|wanted|demand(?:s|ed)?|seeks?|sought|expect(?:s|ed)?|receiv(?:e|es|ed)|gets?|got|have|has|had|accept(?:s|ed)?|await(?:s|ed)?|(?:call(?:s|ed)?|ask(?:s|ed)?)\s+for|kräv(?:er|de|t)|begär(?:de|t)?|ha|har|hade|få|får|fick|väntar\s+på|väntade\s+på|tar\s+emot|tog\s+emot)\s+(?:an?|the|some|en|ett|någon|något)\s+(?:\p{L}+\s+)?$/iu;

/** The doer of a verb of the question in the sentence, without the names the question gives itself; `told` when the verb is there. */
function doerOf(input: FactInput, verb: Verb): { doer: Span | null; told: boolean } {
  const { text, analyzer, language, eventTypes } = input;
  const given = new Set(input.question.toLowerCase().split(/[^\p{L}-]+/u).filter((w) => !FUNCTION_WORD.test(w)));
  const kinds = eventTypes.typesOf(`${verb.word} ${verb.particle ?? ''}`);
  const deed = askedTerms(input, input.question);
  const own = askedTerms(input, verb.word);
  let told = false;
  for (const m of text.matchAll(/[\p{L}-]+/gu)) {
    const after = text.slice(m.index + m[0].length);
    const next = /^\s+([\p{L}-]+)/u.exec(after)?.[1] ?? '';
    // "Turkey-backed Azerbaijan" for "Who supports Azerbaijan?": the name before the participle did the deed to what follows.
    const compound = /^(\p{Lu}\p{L}+)-(\p{Ll}+)$/u.exec(m[0]);
    const done = /^(?:\s+(?!(?:and|or|och|eller|in|of|on|to|at|i|på|av|till)\s)[\p{L}-]+){1,4}/iu.exec(after)?.[0] ?? '';
    if (compound?.[1] && compound[2] && analyzer.terms(compound[2], language).some((t) => verb.terms.has(t)) && analyzer.terms(done, language).some((t) => deed.has(t) && !verb.terms.has(t))) {
      told = true;
      // "a Washington and Berlin-backed coup": the names joined to the compound's share its participle.
      const joined = /\p{Lu}[\p{L}-]+(?:,\s+\p{Lu}[\p{L}-]+)*\s+(?:and|och)\s+$/u.exec(text.slice(0, m.index))?.[0].length ?? 0;
      return { doer: { start: m.index - joined, end: m.index + compound[1].length }, told };
    }
    const same =
      ((verb.terms.size > 0 ? analyzer.terms(m[0], language).some((t) => verb.terms.has(t)) : m[0].toLowerCase() === verb.word.toLowerCase()) ||
        (SPEECH.test(verb.word) && SPEECH.test(m[0]) && /^\p{Ll}/u.test(m[0]))) &&
      // "the state arms group" for "Who explained …": a rewording or another verb of saying after a determiner is a noun, no one's deed.
      (analyzer.terms(m[0], language).some((t) => own.has(t)) || !DETERMINER.test(/(\S+)\s+$/u.exec(text.slice(0, m.index))?.[1] ?? ''));
    // A verb of another word tells the same deed when it is of the same kind ("shoot down" for "bring down").
    const sameKind = !same && kinds.size > 0 && [...eventTypes.typesOf(PARTICLE.test(next) ? `${m[0]} ${next}` : m[0])].some((k) => kinds.has(k));
    if (!sameKind && (!same || (verb.particle && !hasParticle(after, verb.particle, language)))) continue;
    if (doneToAnother(input, verb, after)) continue;
    let before = text.slice(0, m.index);
    // "gave the green light to build": an infinitive has no doer before it.
    if (/\b(?:to|att)\s+$/iu.test(before)) continue;
    // "Russia wants an apology", "Moskva kräver en ursäkt": the deed as a noun that one wants or gets is another's.
    if (WANTED.test(before)) continue;
    // "The United States imposes sanctions on …" for "Who sanctioned": the word asked about, a noun with its preposition, is the object of the verb before it.
    if (same && m[0].toLowerCase() !== verb.word.toLowerCase() && /^(?:on|of|against|over|mot|på|av)$/iu.test(next)) before = before.replace(/\s\p{Ll}+(?:es|s|ed)\s+$/u, ' ');
    told = true;
    if (PASSIVE.test(before)) {
      const by = /^(?:\s+\p{L}+)?\s+(?:by|av)\s+([^,;.]{2,60})/u.exec(after);
      if (by?.[1]) {
        const start = m.index + m[0].length + by[0].length - by[1].length;
        return { doer: { start, end: start + cut(by[1], 6).length }, told };
      }
      // "A truce was brokered between Moscow and Ankara": a deed done between two sides is theirs.
      const sides = BETWEEN.exec(after);
      if (sides?.[1]) {
        const start = m.index + m[0].length + sides[0].length - sides[1].length;
        return { doer: { start, end: start + sides[1].length }, told };
      }
      continue;
    }
    // "its head, Ismail Demir": the verb asked about as a noun of office, with the name it goes with.
    const holder = new RegExp(`^,\\s+(${NAME})`, 'u').exec(after);
    if (holder?.[1] && !sameKind) {
      const start = m.index + m[0].length + holder[0].length - holder[1].length;
      return { doer: { start, end: start + holder[1].length }, told };
    }
    // "He brushes aside objections, saying …": a participle after a comma has the doer of the clause before it.
    if (/\p{L}ing$/iu.test(m[0]) && /,\s*$/u.test(before)) {
      const doer = leadingDoer(input, before.replace(/,\s*$/u, ''), given);
      if (doer) return { doer, told };
    }
    // After a Swedish opening adverbial the words before the verb are that adverbial, not its doer.
    const found = language === 'sv' ? subjectAfterVerb(input, before, m.index + m[0].length) : undefined;
    const doer = found === undefined ? subjectBefore(input, before, given) : found;
    if (doer) return { doer, told };
    // '"…," said a State Department official': a verb of saying after the words it reports has its speaker after it.
    const speaker = SPEECH.test(m[0]) && /[,"”»]\s*$/u.test(before) ? SPEAKER_AFTER.exec(after) : null;
    if (speaker?.[1] && !given.has(speaker[1].toLowerCase())) {
      const start = m.index + m[0].length + speaker[0].length - speaker[1].length;
      return { doer: { start, end: start + speaker[1].length, asked: true }, told };
    }
    // "Vem träffade Putin i Damaskus?" may ask, in Swedish word order, whom Putin met: when the doer is the one named, the other side.
    const object = input.questionLanguage === 'sv' && doesGiven(input, before, given) ? objectIn(after, given) : null;
    if (object) return { doer: { start: m.index + m[0].length + object.start, end: m.index + m[0].length + object.start + object.length }, told };
  }
  return { doer: null, told };
}

/** The speaker after a verb of saying: a noun phrase up to a stop, a comma or a preposition ("said a US official on Monday"). */
const SPEAKER_AFTER = /^\s+((?:(?:the|a|an|den|det|en|ett)\s+)?(?:[\p{L}-]+\s+){0,5}?[\p{L}-]+)(?=\s*(?:[,.;:!?]|$)|\s+(?:on|in|at|to|after|during|when|who|and|i|på|efter|när|som|och)\s)/u;

/** Whether the subject right before a verb is a name the question gives, itself or through "he" ("Putin flew in from Damascus, where he had met …"). */
function doesGiven(input: FactInput, before: string, given: Set<string>): boolean {
  const last = /([\p{L}-]+)\s+(?:(?:has|have|had|har|hade)\s+)?$/u.exec(before)?.[1] ?? '';
  // A verb that opens its sentence has no subject, given or not (the question's words hold an empty one after its "?").
  if (last === '') return false;
  if (given.has(last.toLowerCase())) return true;
  if (!PERSONAL_PRONOUN.test(last)) return false;
  const own = firstSubjectName(input, before);
  const previous = own ? null : antecedent(input);
  const named = own ? before.slice(own.start, own.end) : previous ? (input.previous ?? '').slice(previous.start, previous.end) : '';
  return named.toLowerCase().split(/\s+/u).some((w) => given.has(w));
}

/** The words before a verb back to the clause's start: its subject, a noun phrase. */
function subjectBefore(input: FactInput, before: string, given: Set<string>): Span | null {
  const { analyzer, language } = input;
  const pieces = before.split(/[,;:()–—]|(?<=\.)\s/u);
  let clause = pieces.pop() ?? '';
  // "the director of …, Dmitry Shugaev, told reporters": a subject set off by commas stands in the piece before.
  if (clause.trim() === '' && pieces.length > 0) {
    clause = pieces.pop() ?? '';
    // "Rear Admiral Zeki Akturk, the spokesman of the defence ministry, announced": a role set off after a name is the
    // name's apposition; the doer is the name, with its role.
    const name = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u.exec(pieces.at(-1) ?? '')?.[0]?.replace(new RegExp(`^(?:(?:${MONTHS})\\s+)+`, 'iu'), '');
    const start = name ? before.lastIndexOf(`${name},${clause}`) : -1;
    // "Anna Berg, a lawyer for the firm, said": an indefinite description set off so is an apposition too.
    if (name && start >= 0 && (APPOSITIVE_ROLE.test(clause) || describes(clause.trim())) && !name.toLowerCase().split(/\s+/u).every((w) => given.has(w))) {
      return { start, end: start + name.length + 1 + clause.trimEnd().length, asked: true };
    }
  }
  // "Rosatom designs and builds": the doer of the second of two verbs stands before the first.
  const whole = clause.replace(/\s+$/u, '').replace(/\s+\p{Ll}+\s+(?:and|och|or|eller)$/u, '');
  // "the policeman who (shot)", "sanktioner mot företag som (lägger)": the doer of a relative clause's verb is the
  // noun the pronoun stands for.
  const relative = RELATIVE_END.exec(whole);
  const tail = relative ? antecedentOf(whole.slice(0, relative.index)) : whole;
  // "The presidents of Russia and Turkey": an "and" between names joins them, it opens no clause.
  const clauseStart = [...tail.matchAll(CLAUSE_START)].filter((c) => !(/^\s*(?:and|och)\s/iu.test(c[0]) && /\p{Lu}[\p{L}-]*$/u.test(tail.slice(0, c.index)) && /^\p{Lu}/u.test(tail.slice(c.index + c[0].length)))).pop();
  const agentText = clauseStart ? tail.slice(clauseStart.index + clauseStart[0].length) : tail;
  // '"…," a US official told CNN': the closing mark of the quotation before the speaker is no word of theirs.
  const agentWords = agentText.replace(/^\s*["”»]+(?=\s)/u, '').trim().split(/\s+/u).filter(Boolean).slice(-7);
  // "Turkey and Syrian regime-backer Iran" under a question naming Turkey: the doer not yet named.
  const counted = agentWords.length;
  while (agentWords.length > 1 && given.has((agentWords[0] ?? '').toLowerCase().replace(/[^\p{L}-]/gu, ''))) agentWords.shift();
  if (/^(?:and|och|or|eller)$/iu.test(agentWords[0] ?? '')) agentWords.shift();
  // "Putin and Erdogan open TurkStream gas (link)": when the names given are the subject, the words after them are its verb and object.
  const next = agentWords[0] ?? '';
  if (agentWords.length < counted && language === 'en' && /^\p{Ll}+$/u.test(next) && !FUNCTION_WORD.test(next) && canBeVerb(next)) return null;
  // "The Kremlin says he also apologised": the doer is the subject of the clause a verb of saying reports.
  // A verb of saying in a tense ("says", "said", "säger"): "state", "call" and "answer" are nouns too.
  const speech = agentWords.findLastIndex((w, i) => i < agentWords.length - 1 && SPEECH.test(w) && /^\p{Ll}/u.test(w) && (language === 'sv' || /(?:s|ed|id|ld)$/u.test(w)));
  if (speech >= 0) agentWords.splice(0, speech + 1 + (/^(?:that|att)$/iu.test(agentWords[speech + 1] ?? '') ? 1 : 0));
  // "the Turkish government began to discuss (buying)", "Ryssland vill (köpa)": the doer is the subject of the verb the deed hangs on.
  let agent = catenated(agentWords.join(' '), language).replace(/^(?:\p{Ll}+ly|has|have|had|will|would|was|were|did|then|also|later|har|hade|ska|skulle)$|\s+(?:\p{Ll}+ly|has|have|had|will|would|was|were|did|then|also|later|har|hade|ska|skulle)$/u, '');
  // "Rosatom designs and builds the plant and will run it": a verb after "and" without a subject of its own has the clause's first one.
  if (agent.length < 2 && clauseStart && /^\s*(?:and|och)\s/iu.test(clauseStart[0])) agent = /^.*\p{Lu}[\p{L}-]*/u.exec(tail.slice(0, tail.search(/\s(?:and|och)\s/iu)).trim())?.[0] ?? '';
  // "But he warned that …": who the pronoun stands for, named in the sentence before.
  if (PERSONAL_PRONOUN.test(agent)) {
    // "Putin flew in from Damascus, where he had met …": a name earlier in the sentence comes before the one before it.
    // Not the speaker whose words it is in ("The Kremlin says he …").
    const own = speech >= 0 ? null : firstSubjectName(input, before.slice(0, before.lastIndexOf(agent)));
    if (own) return input.text.slice(own.start, own.end).toLowerCase().split(/\s+/u).some((w) => given.has(w)) ? null : own;
    return unasked(antecedent(input), input, given);
  }
  // "In September 2018, meeting in Sochi, …": a phrase opening on a preposition is an adverbial, not a doer.
  if (OPENING_PREPOSITION.test(agent)) return null;
  // "The ambassador died" answers no "Who killed the Russian ambassador?": the one the question names is no other doer.
  const own = agent.split(/\s+/u).filter((w) => !FUNCTION_WORD.test(w));
  if (agent.length < 2 || PRONOUN.test(agent) || own.every((w) => given.has(w.toLowerCase()))) return null;
  if (agent.split(/\s+/u).some((w) => FINITE_AUXILIARY.test(w))) return null;
  // "The president of Turkey and I mapped out additional": a verb in the past after a subject makes the words a clause.
  if (/(?:^|\s)(?!(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Ww]ell|[Hh]eavily|[Ll]ightly)\s)\S+\s+\p{Ll}{3,}ed\s+\S/u.test(agent)) return null;
  const start = before.lastIndexOf(agent);
  // "the three countries launched": a doer without a name answers only if no sentence names one (a sentence's first word is no name for its capital).
  return start >= 0 ? { start, end: start + agent.length, asked: names(analyzer, agent, language, start === before.search(/\S/u)) || ROLE_NOUN.test(agent) } : null;
}

/** A subject without the verbs after it that the deed hangs on: "X began to discuss" is X, "X vill" is X. */
function catenated(agent: string, language: Language): string {
  const words = agent.split(/\s+/u);
  const verb = words.findIndex((w, i) =>
    language === 'sv' ? /^(?:vill|ville|ska|skulle|kan|kunde|måste|bör|borde)$/iu.test(w) || (words[i + 1] === 'att' && /^\p{Ll}/u.test(w)) : words[i + 1] === 'to' && /^\p{Ll}+$/u.test(w) && canBeVerb(w),
  );
  return verb < 0 ? agent : words.slice(0, verb).join(' ');
}

/** The doer a clause opens on: a name, or a pronoun's antecedent. */
function leadingDoer(input: FactInput, before: string, given: Set<string>): Span | null {
  const offset = Math.max(0, ...[...before.matchAll(/[;:()–—]\s*|(?<=\.)\s+/gu)].map((b) => b.index + b[0].length));
  const lead = new RegExp(`^\\s*(?:([Hh]e|[Ss]he|[Hh]an|[Hh]on)\\b|(${NAME}))`, 'u').exec(before.slice(offset));
  if (lead?.[1]) return unasked(antecedent(input), input, given);
  // "In September 2018, meeting in Sochi, …": an opening adverbial names no doer; the main clause after its comma does
  // ("On June 6, acting Defense Secretary Patrick Shanahan wrote a letter …, threatening …").
  if (OPENING_PREPOSITION.test(before.slice(offset))) {
    const comma = before.indexOf(',', offset);
    const main = comma < 0 ? null : MAIN_CLAUSE_SUBJECT.exec(before.slice(comma + 1));
    return main?.[1] === undefined ? null : unaskedName(nameOpening(input, main[1], ''), comma + 1 + main[0].length, given);
  }
  return lead?.[2] === undefined ? null : unaskedName(nameOpening(input, lead[2], before.slice(offset + lead[0].length)), offset + lead[0].length, given);
}

/** The subject after an opening adverbial's comma: a name, after up to two lowercase words ("acting"), before its verb. */
const MAIN_CLAUSE_SUBJECT = new RegExp(`^\\s*(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}(${NAME})(?=\\s+\\p{Ll})`, 'u');

/** The span of a name ending at `end`, unless it is empty or the question gives it. */
function unaskedName(name: string, end: number, given: Set<string>): Span | null {
  if (!name || name.split(/\s+/u).some((w) => given.has(w.toLowerCase()))) return null;
  return { start: end - name.length, end };
}

/** The one a pronoun stands for, unless the question names them itself ("Who turned the valve with Putin?" is not answered by "he", Putin). */
function unasked(found: Span | null, input: FactInput, given: Set<string>): Span | null {
  const words = found ? (input.previous ?? '').slice(found.start, found.end).toLowerCase().split(/\s+/u) : [];
  return found && !words.some((w) => given.has(w)) ? found : null;
}

/** Whether a phrase has a name in it: a capitalised word, the first of a sentence only when it is a known name ("Ryssland", not "En"). */
function names(analyzer: Analyzer, phrase: string, language: Language, opensSentence: boolean): boolean {
  const [first = '', ...rest] = phrase.split(/\s+/u);
  return rest.some((w) => /^\p{Lu}/u.test(w)) || (/^\p{Lu}/u.test(first) && (!opensSentence || analyzer.analyze(first, language).some((t) => t.name)));
}

/**
 * A Swedish main clause that opens on an adverbial puts its subject after the verb: "I december förra
 * året skjuter en turkisk polis ihjäl …" — the words after the verb up to a particle or preposition;
 * undefined when the clause opens on no adverbial.
 */
function subjectAfterVerb(input: FactInput, before: string, verbEnd: number): Span | null | undefined {
  const clause = before.split(/[,;:()–—]|(?<=\.)\s/u).pop() ?? '';
  // "Och i ett brev … framför Erdogan": a conjunction before the opening adverbial leaves the verb second.
  const first = clause.trim().replace(/^(?:och|men|så|samt)\s+/iu, '').split(/\s+/u)[0]?.toLowerCase() ?? '';
  // ", då turkiska plan sköt ned …": after a comma "då" and "sedan" open a subordinate clause, in subject–verb order.
  const opensSentence = before.trim() === clause.trim();
  if (!SWEDISH_OPENERS.has(first) || (!opensSentence && !PREPOSITIONS.has(first))) return undefined;
  const words = [...input.text.slice(verbEnd).matchAll(/\S+/gu)];
  let end = verbEnd;
  for (const [i, w] of words.entries()) {
    const bare = w[0].replace(/[^\p{L}\d-]+$/u, '');
    // A determiner after the subject opens the object: "framför Erdogan sina kondoleanser".
    if (i >= 5 || SUBJECT_ENDS.has(bare.toLowerCase()) || (i > 0 && OBJECT_DETERMINER.test(bare))) break;
    end = verbEnd + w.index + bare.length;
    if (bare !== w[0]) break;
  }
  const subject = input.text.slice(verbEnd, end).trim();
  if (PERSONAL_PRONOUN.test(subject)) return unasked(antecedent(input), input, new Set(input.question.toLowerCase().split(/[^\p{L}-]+/u)));
  if (subject.length < 2 || PRONOUN.test(subject)) return null;
  const start = input.text.indexOf(subject, verbEnd);
  return { start, end: start + subject.length, asked: /\p{Lu}/u.test(subject) || ROLE_NOUN.test(subject) };
}

/** Words that open a Swedish object after the subject that follows its verb. */
const OBJECT_DETERMINER = /^(?:sin|sitt|sina|hans|hennes|deras|dess|en|ett|den|det|de)$/iu;

/** Months and weekdays are capitalised, and name no one ("On Thursday the two presidents joined …"). */
const CALENDAR_WORDS = `${MONTHS}|monday|tuesday|wednesday|thursday|friday|saturday|sunday`;
const CALENDAR_WORD = new RegExp(`^(?:${CALENDAR_WORDS})$`, 'iu');
const CALENDAR_BEFORE_NAME = new RegExp(`^(?:(?:${CALENDAR_WORDS})\\s+)+`, 'iu');

/** The first capitalised name (not a sentence's first word) that the question does not give. */
function newName({ text, question }: FactInput): Span | null {
  const asked = new Set(question.toLowerCase().split(/[^\p{L}-]+/u));
  for (const m of text.matchAll(NAME_SPAN)) {
    // "In July Putin was the first …": a month before a name is the sentence's time, and the name stands after it.
    const time = CALENDAR_BEFORE_NAME.exec(m[0])?.[0] ?? '';
    const start = m.index + time.length;
    const words = m[0].slice(time.length).toLowerCase().split(/\s+/u);
    if (words.some((w) => asked.has(w) || CALENDAR_WORD.test(w))) continue;
    // "Serbian President Aleksandar Vucic and Bulgarian Prime Minister Boyko Borissov": names in a list are answered together.
    let end = m.index + m[0].length;
    for (let next = LIST_NAME.exec(text.slice(end)); next; next = LIST_NAME.exec(text.slice(end))) end += next[0].length;
    // "the Russian and Turkish leaders": capitalised words before a role are its modifiers, the role is who.
    end += ROLE_AFTER.exec(text.slice(end))?.[0].length ?? 0;
    return { start, end };
  }
  return null;
}

const NAME_SPAN = new RegExp(`(?<=[\\p{L},]\\s)${NAME}`, 'gu');
const LIST_NAME = new RegExp(`^,?\\s+(?:and|och)\\s+${NAME}`, 'u');
/** A role after capitalised words, in its plural or definite forms too ("leaders", "presidenterna"). */
const ROLE_AFTER = new RegExp(`^\\s+(?:${ROLE_WORDS})(?:s|e[rn]|na|erna)?(?![\\p{L}-])`, 'iu');

/** "What was the name of the police officer who …": the role whose holder's name is asked for. */
/** English past participles not in -ed, which may follow the role: "the pilot sent to the base", "the officer shot in the attack". */
const IRREGULAR_PARTICIPLES = 'sent|shot|held|built|taken|given|seen|born|found|left|made|brought|chosen|known|hit|put|set|caught|won|lost|told|sold|paid|led|flown|driven|struck|hurt|thrown|sworn';
const NAMED_ROLE = new RegExp(
  String.raw`^\W*(?:what\s+(?:was|is)\s+(?:the\s+)?name\s+of\s+(?:the|a|an)|vad\s+(?:hette|heter)(?:\s+(?:den|det|de))?)\s+(?:[\p{L}-]+\s+){0,3}?(\p{Ll}[\p{L}-]+)(?:\s+(?:who|that|which|of|in|at|on|for|from|to|\p{Ll}+ed|${IRREGULAR_PARTICIPLES}|som|i|på|vid|från|för)(?![\p{L}-])|[\s?.!]*$)`,
  'iu',
);
/** How far from its role word a name may stand, in characters ("the pilot, Name Surname"). */
const NAME_NEAR_ROLE = 40;

/** The words that give a name to what comes before them: "it calls", "dubbed", "known as", "code-named", "som kallas", "kallad". */
const NAMING_BEFORE = /(?<![\p{L}-])(?:calls?|called|names?|named|dubs?|dubbed|christened|(?:code-?)?named|(?:known|referred\s+to)\s+as|kallar|kallas|kallad|kallat|kallade|benämnd|döpt\s+till|kallad\s+för)\s+(?:it\s+|the\s+)?$/iu;

/** A full proper name (two or more capitalised words) the question does not give: what "What was the name of …" asks for. */
export function findName(input: FactInput): Span | null {
  const { text, question } = input;
  const asked = new Set(question.toLowerCase().split(/[^\p{L}-]+/u));
  // "the name of the Turkish astronaut sent to …": the name goes with the role, not with a place the sentence sends someone to.
  const role = NAMED_ROLE.exec(question)?.[1];
  const roleTerms = role ? askedTerms(input, role) : null;
  const roleAt = roleTerms ? [...text.matchAll(/[\p{L}-]+/gu)].filter((w) => input.analyzer.terms(w[0], input.language).some((t) => roleTerms.has(t))).map((w) => w.index) : [];
  // A name given by the words that give it ("an offensive it calls Operation Peace Spring", "dubbed Turkey Stream") before any other.
  // A holder of a role the sentence does not mention is someone else.
  if (roleTerms && roleAt.length === 0) return null;
  const names = [...text.matchAll(/\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+/gu)];
  const given = names.filter((m) => NAMING_BEFORE.test(text.slice(0, m.index)));
  for (const m of [...given, ...names.filter((m) => !given.includes(m))]) {
    const words = m[0].toLowerCase().split(/\s+/u);
    if (words.some((w) => asked.has(w)) || words.some((w) => new RegExp(`^(?:${MONTHS})$`, 'iu').test(w))) continue;
    if (roleAt.length > 0 && !roleAt.some((at) => Math.abs(at - m.index) <= NAME_NEAR_ROLE)) continue;
    if (roleAt.length > 0 && /\b(?:to|from|in|at|of|for|till|från|i|på|vid)\s+(?:the\s+)?$/iu.test(text.slice(0, m.index))) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}
