import { TIME_WORD } from './fact-objects.ts';
import { ROLE_NOUN } from './fact-people.ts';
import { antecedent, askedTerms, PERSONAL_PRONOUN, sharesAny, sharesTerm, type FactInput, type Span } from './fact-text.ts';

const QUOTATION = /["“„«]([^"“”„«»]{3,200})["”»]/gu;
/** Verbs of saying, for the one who speaks next to them. */
const SPEECH_VERB = String.raw`(?:said|says|reported|reports|announced|announces|replied|replies|added|adds|told|tells|noted|notes|asked|warned|stated|wrote|writes|answered|confirmed|declared|insisted|calls|called|describes|described|slams|slammed|hails|hailed|praises|praised|condemns|condemned|accuses|accused|sade|sa|säger|svarade|skrev|konstaterade|uppgav|meddelade|hävdade|kallar|kallade|beskrev|anklagar|anklagade)`;
/** "X said that …", "Erdogan sade att …": words reported without quotation marks. */
const REPORTED = new RegExp(String.raw`\b${SPEECH_VERB}(?:\s+[^,.;:"“”]{1,40}?)?\s+(?:that|att)\s+`, 'giu');
/** "Putin told him Russia would return …": words told someone without "that", the clause right after whom they were told to. */
const TOLD_CLAUSE = /\b(?:told|tells|tell|warned|warns|assured|assures|reminded|reminds)\s+(?:him|her|them|me|us|you|reporters|journalists|\p{Lu}[\p{L}-]+)\s+(?!(?:that|about|of|to|in|on|at|by|for|after|before|during|what|how|when)\b)(?=\p{L})/gu;
/** "Soylu says he was a riot police officer": a clause said without "that", which its subject pronoun opens. */
const SAID_CLAUSE = /\b(?:says|said|adds|added|warns|warned|insists|insisted|claims|claimed)\s+(?=(?:he|she|it|they|we|there)\s+\p{Ll})/gu;
/** "He brushes aside objections, saying Turkey alone decides …": words told in a participle clause, whose speaker is the sentence's subject. */
const SAYING = /,\s+(?:saying|adding|warning|insisting|arguing|claiming)\s+(?:that\s+)?(?=\p{L})/giu;
/** "calls it routine work", "called the pipeline historic", "kallar nedskjutningen ett knivhugg": words someone gives a thing. */
const NAMING = /\b(?:calls?|called|calling|describes?|described|terms?|termed|labels?|labell?ed|brands?|branded|kallar|kallade|beskriver|beskrev)\s+(?!(?:for|on|off|up|out|in|back|efter|på|upp)\b)/giu;
/** "promised to keep working for calm", "lovade att …": words pledging a deed, the infinitive clause after the verb. */
const PLEDGING = /\b(?:promise[sd]?|pledge[sd]?|vow(?:s|ed)?|threaten(?:s|ed)?|lova(?:r|de)|utlovade|hota(?:r|de))\s+(?=(?:to|att)\s)/giu;
/**
 * "wanted its exports freed", "called for talks", "krävde en ursäkt": what someone demands, the words after the verb. A demand
 * is told so as often as in words said; read only for a question after one ("What did Moscow demand …").
 */
const DEMANDING = /\b(?:demand(?:s|ed)?|want(?:s|ed)?|call(?:s|ed)\s+for|insist(?:s|ed)\s+on|ask(?:s|ed)\s+for|kräv(?:er|de)|vill(?:e)?\s+ha)\s+(?!(?:to|att)\s)/giu;
const DEMAND_ASKED = /\b(?:demand|want|call\s+for|insist\s+on|ask\s+for|kräv(?:a|de|er)|ville\s+ha)\b/iu;
/** "praised three years of cooperation", "välkomnar idén": words that judge a thing, what they judge after the verb. */
const JUDGING = /\b(?:prais(?:es|ed)|hail(?:s|ed)|welcom(?:es|ed)|condemn(?:s|ed)|critici[sz](?:es|ed)|berömde|berömmer|hylla(?:r|de)|välkomna(?:r|de)|fördöm(?:er|de)|kritisera(?:r|de))\s+(?!(?:by|av)\b)/giu;
/**
 * "Russians are again the largest group of visitors, Erdogan said, after …", "…, sade Jones": words reported without quotation
 * marks, the speaker named after them; the words are the sentence up to the comma.
 */
const SAID_AFTER = new RegExp(String.raw`,\s+(?:(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*|he|she|han|hon)\s+(?:said|says|added|adds|sade|sa|säger)|(?:said|says|sade|sa|säger)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*))(?=[\s,.;]|$)`, 'gu');
/** A relative pronoun opening the clause of saying: who speaks is the one named before it ("Sergei Istrakov, a deputy chief …, who praised …"). */
const RELATIVE = /^(?:who|som)$/iu;
/** A title set off by commas after a name: "a deputy chief of …", "the head of …". */
const APPOSITION = /^\s*(?:a|an|the|en|ett|den|det)\s/iu;
/** The name a clause ends on. */
const TRAILING_NAME = /(?:\p{Lu}[\p{L}-]*\s+)*\p{Lu}[\p{L}-]*\s*$/u;
/** How far before a verb of saying its speaker may be named, in characters: a name and a title in apposition. */
const SUBJECT_REACH = 100;
/** "accuses Erdogan of …", "anklagar Erdogan för …": what someone is charged with in words. */
const CHARGING = /\b(?:accuses?|accused|accusing|blames?|blamed|blaming|anklagar|anklagade|beskyller|beskyllde)\s+[^,.;:]{1,60}?\s+(?:of|for|för)\s+/giu;
/** "According to the Kremlin, …", "Enligt Kreml var det …": words told as someone's, who is named in the phrase. */
const ACCORDING = /\b(?:[Aa]ccording to|[Ee]nligt)\s+((?:the\s+)?[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)\s*,?\s+/gu;
/** A name right next to a verb of saying: who speaks ("Erdogan replied", "said Putin"). */
const SPEAKER_NEXT_TO_VERB = new RegExp(String.raw`(\p{Lu}[\p{L}-]+)\s+(?:\p{Ll}+\s+)?${SPEECH_VERB}\b|\b${SPEECH_VERB}\s+(\p{Lu}[\p{L}-]+)`, 'gu');
/** A pronoun next to a verb of saying ("…," he said; "han sade"): who speaks is named in the sentence before. */
const PRONOUN_NEXT_TO_VERB = new RegExp(String.raw`\b(?:he|she|han|hon)\s+(?:\p{Ll}+\s+)?${SPEECH_VERB}\b|\b${SPEECH_VERB}\s+(?:he|she|han|hon)\b`, 'iu');
const PRONOUN = /^(?:he|she|they|it|we|i|you|han|hon|de|den|det|vi|jag|man)$/iu;
/** Longest reported clause, in words. */
const REPORTED_WORDS = 25;

/**
 * The words someone said, as the question asks for them: quoted words, else words reported ("said that
 * …", "called the pipeline historic"). When the question names whose words it wants, words another is
 * said to have spoken are not an answer; words of its speaker are tied to the question.
 */
export function findQuotation(input: FactInput): Span | null {
  const options = [...quoted(input), ...reported(input), ...saidAfter(input), ...spoken(input)].filter((o) => o.by !== 'other');
  const ranked = [...options.filter((o) => o.by === 'speaker'), ...options.filter((o) => o.by !== 'speaker')];
  const found = ranked.find((o) => o.asked && o.about) ?? ranked.find((o) => o.asked) ?? ranked[0];
  // Words tied to the question only by their speaker may be about something else: "kallar nedskjutningen ett knivhugg" for what Putin called Turkey;
  // unless the sentence tells them in the setting the question asks about ("Erdogan sade efter mötet att …" for what he said after the meeting).
  const sure = found && (found.about || (found.by === 'speaker' && inAskedSetting(input, found)));
  return found ? { start: found.start, end: found.end, asked: found.asked, ...(sure ? {} : { tentative: true }) } : null;
}

/** The verbs a question asks for words with, in their forms: "What did Erdogan say", "Vad sa Erdogan". */
const ASKING_SPEECH = new RegExp(String.raw`\b(?:say|tell|call|describe|${SPEECH_VERB})\b`, 'giu');

/** Whether the sentence, outside the words said, has a word of the question that neither names its speaker nor asks for words. */
function inAskedSetting(input: FactInput, said: Span): boolean {
  const asking = new Set(input.analyzer.terms([...input.question.matchAll(ASKING_SPEECH)].map((m) => m[0]).join(' '), input.questionLanguage));
  const setting = new Set([...askedTerms(input, input.question)].filter((t) => !input.asking.speaker?.has(t) && !asking.has(t)));
  return sharesAny(input, input.text.slice(0, said.start) + ' ' + input.text.slice(said.end), setting);
}

type By = 'speaker' | 'other' | 'unknown';
/** `about`: the words share a term with the question (they speak of what it asks about). */
type Said = Span & { asked: boolean; by: By; about: boolean };

/** A transcript's sentence is its speaker's words, whole: what "What did Aydin say" asks of Aydin's turns. */
function spoken(input: FactInput): Said[] {
  const { speaker } = input;
  const asked = input.asking.speaker;
  if (speaker === undefined || asked === null || !sharesAny(input, speaker, asked)) return [];
  const end = input.text.replace(/[\s.!?]+$/u, '').length;
  return [{ start: 0, end, by: 'speaker', about: sharesTerm(input, input.text), asked: true }];
}

function quoted(input: FactInput): Said[] {
  const { text } = input;
  const outside = text.replace(QUOTATION, (m) => ' '.repeat(m.length));
  return [...text.matchAll(QUOTATION)].map((m) => {
    const words = m[1] ?? '';
    const by = speakerIn(input, outside);
    const about = sharesTerm(input, words);
    return { start: m.index + 1, end: m.index + 1 + words.length, by, about, asked: by === 'speaker' || about };
  });
}

function saidAfter(input: FactInput): Said[] {
  const { text } = input;
  // Quoted words are the surer answer, found as a quotation.
  if (/["“”„«»]/u.test(text)) return [];
  return [...text.matchAll(SAID_AFTER)].flatMap((m) => {
    const words = text.slice(0, m.index).replace(/^\s+/u, '');
    if (words.split(/\s+/u).length < 3 || words.split(/\s+/u).length > REPORTED_WORDS) return [];
    const start = m.index - words.length;
    const by = speakerOfSubject(input, m[1] ?? m[2] ?? '');
    const about = sharesTerm(input, words);
    return [{ start, end: m.index, by, about, asked: by === 'speaker' || (by === 'unknown' && about) }];
  });
}

function reported(input: FactInput): Said[] {
  const { text } = input;
  const inQuote = (at: number) => [...text.matchAll(QUOTATION)].some((q) => at > q.index && at < q.index + q[0].length);
  const found: Said[] = [];
  const demands = DEMAND_ASKED.test(input.question) ? [DEMANDING] : [];
  for (const pattern of [REPORTED, TOLD_CLAUSE, SAID_CLAUSE, SAYING, NAMING, CHARGING, ACCORDING, PLEDGING, JUDGING, ...demands]) {
    for (const m of text.matchAll(pattern)) {
      let start = m.index + m[0].length;
      if (inQuote(m.index)) continue;
      // "calls it routine work": the words given the thing are what was said, not the pronoun that names it.
      const named = pattern === NAMING ? (/^(?:it|them|this|that|him|her|det|den|dem|detta)\s+/iu.exec(text.slice(start))?.[0].length ?? 0) : 0;
      if (named > 0) start += named;
      // "Peskov said the part that concerned Russia …": "say" takes no object but a time, so a "that" after a noun phrase relates it: the words begin at the noun phrase.
      const relative = pattern === REPORTED ? /^(?:say|says|said|sa|sade|säger)\s+((?:the|a|an|its|his|her|their|den|det|de|en|ett)\s[^,.;:"“”]*?)\s+(?:that|att)\s/iu.exec(m[0]) : null;
      if (relative?.[1] && !relative[1].split(/\s+/u).some((w) => TIME_WORD.test(w))) start = m.index + m[0].indexOf(relative[1]);
      const clause = /^[^;:()]+/u.exec(text.slice(start))?.[0].replace(/[\s,.]+$/u, '') ?? '';
      // Quoted words in the clause are the surer answer, found as a quotation.
      if (/["“”„«»]/u.test(clause)) continue;
      const words = clause.split(/(?<=\S)(?=\s)/u).slice(0, REPORTED_WORDS).join('');
      if (words.trim().split(/\s+/u).length < 2) continue;
      // Who speaks stands before the verb: "Defence Minister Hulusi Akar later calls it …".
      // "According to reports" names no one whose words they are.
      if (pattern === ACCORDING && !/\p{Lu}/u.test(m[1] ?? '')) continue;
      const subject = pattern === ACCORDING ? (m[1] ?? '') : pattern === SAYING ? clauseSubject(text.slice(0, m.index)) : subjectBefore(text.slice(Math.max(0, m.index - SUBJECT_REACH), m.index));
      const by = speakerOfSubject(input, subject);
      const about = sharesTerm(input, words);
      found.push({ start, end: start + words.length, by, about, asked: by === 'speaker' || (by === 'unknown' && about) });
    }
  }
  return found;
}

/**
 * Whether the words outside the quotation give it to the question's speaker ("…," Putin replied), to
 * another ("Erdogan replied, …"), or to no one named (a pronoun, or words without a verb of saying).
 */
function speakerIn(input: FactInput, outside: string): By {
  const { speaker } = input.asking;
  if (!speaker) return 'unknown';
  // A capitalised function word opening the sentence names no one: "But he warned that …" is his words.
  const named = [...outside.matchAll(SPEAKER_NEXT_TO_VERB)].map((m) => m[1] ?? m[2] ?? '').filter((name) => input.analyzer.terms(name, input.language).length > 0);
  if (named.length === 0 && PRONOUN_NEXT_TO_VERB.test(outside)) return byAntecedent(input);
  if (named.some((name) => sharesAny(input, name, speaker))) return 'speaker';
  return named.length > 0 ? 'other' : 'unknown';
}

/** Whether the one a pronoun stands for is the question's speaker; the sentence before may name others too, so no one is ruled out. */
function byAntecedent(input: FactInput): By {
  const found = antecedent(input);
  const speaker = input.asking.speaker;
  return found && speaker && sharesAny(input, (input.previous ?? '').slice(found.start, found.end), speaker) ? 'speaker' : 'unknown';
}

/**
 * The words before a verb of saying that name who speaks: its clause's; for a relative clause the name it follows, past a
 * title in apposition ("Sergei Istrakov, a deputy chief of the General Staff, who praised …": Istrakov, not whoever the clause before names).
 */
function subjectBefore(before: string): string {
  const pieces = before.split(/[,;:]\s/u);
  const own = pieces.pop() ?? '';
  if (!RELATIVE.test(own.trim())) return own;
  const last = pieces.pop() ?? '';
  const named = APPOSITION.test(last) ? (pieces.pop() ?? '') : last;
  return TRAILING_NAME.exec(named)?.[0] ?? last;
}

/** The subject a participle clause shares with the clause before it: its opening words, up to its verb ("He", "Defence Minister Jones"). */
function clauseSubject(clause: string): string {
  const words = clause.replace(/^[^\p{L}]+/u, '').split(/\s+/u);
  const name = words.findIndex((w, i) => i > 0 && /^\p{Ll}/u.test(w));
  return PERSONAL_PRONOUN.test(words[0] ?? '') ? (words[0] ?? '') : words.slice(0, name < 0 ? words.length : name).join(' ');
}

function speakerOfSubject(input: FactInput, subject: string): By {
  const { speaker } = input.asking;
  if (!speaker) return 'unknown';
  if (sharesAny(input, subject, speaker)) return 'speaker';
  // Someone named before the verb is another speaker ("Smith sade att …"); a pronoun may be anyone.
  const words = subject.trim().split(/\s+/u).filter((w) => !/^(?:also|later|then|again|but|and|men|och|också|även|senare|sedan)$/iu.test(w));
  if (words.length === 1 && PERSONAL_PRONOUN.test(words[0] ?? '')) return byAntecedent(input);
  // "The Turkish president calls it …": a definite role may stand for the one the sentence before names; else it names another.
  if (/^the$/iu.test(words[0] ?? '') && ROLE_NOUN.test(words.join(' ')) && byAntecedent(input) === 'speaker') return 'speaker';
  return words.length === 0 || (words.length === 1 && PRONOUN.test(words[0] ?? '')) ? 'unknown' : 'other';
}
