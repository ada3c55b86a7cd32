import type { Language } from '../corpus/types.ts';
import type { Analyzer } from '../text/analyzer.ts';
import type { FactType } from './expected.ts';

/** A fact found in a sentence: its words and where they stand (offsets in the sentence). */
export interface FoundFact {
  type: FactType;
  text: string;
  start: number;
  end: number;
  /** Whether the fact is tied to the question's words (the count of the thing asked about, the doer of the verb asked about). */
  asked: boolean;
}

export interface FactInput {
  /** The sentence, and its language. */
  text: string;
  language: Language;
  question: string;
  questionLanguage: Language;
  analyzer: Analyzer;
}

const NUMBER_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds|thousands|millions|dozens|två|tre|fyra|fem|sex|sju|åtta|nio|tio|tolv|tjugo|trettio|hundratals|tusentals';
const SCALE = 'million|billion|thousand|hundred|miljoner|miljon|miljarder|tusen|hundra';
const APPROX = 'more than|over|about|around|nearly|almost|at least|some|up to|fewer than|less than|mer än|över|omkring|cirka|nästan|minst|drygt|knappt|nära';
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|mars|maj|juni|juli|augusti|oktober';
/** A count with its scale: "more than 30", "3.5 million", "twelve"; years and days of months are not counts. */
const COUNT = new RegExp(`(?:\\b(?:${APPROX})\\s+)?(?:\\$|€|£)?(?:(?<![\\p{L}\\d-])\\d[\\d,.]*\\d\\b|(?<![\\p{L}\\d-])\\d\\b|\\b(?:${NUMBER_WORDS})\\b|\\b(?:a|an|en|ett)(?=\\s+(?:${SCALE})\\b))(?:\\s+(?:${SCALE})\\b)?`, 'giu');
/** Words that end the thing a number counts. */
const UNIT_END = /^(?:in|on|at|of|and|or|to|the|a|an|from|by|with|for|since|during|as|who|that|which|i|på|vid|av|och|eller|till|från|med|för|som|under|har|had|have|were|was|are|is|var|blev)$/iu;

const ROLES = /\b(?:president|minister|secretary|director|ambassador|envoy|leader|counterpart|spokes(?:man|woman|person)|official|general|chief|head|commander|prime|king|chancellor|ambassadör|ledare|talesperson|chef|officer|polis(?:man)?)\b/iu;
const AUXILIARIES = /^(?:will|would|did|does|do|has|have|had|was|were|is|are|could|can|should|first|actually|really|ska|skulle|har|hade|kommer|att|var|är|blev)$/iu;
const PASSIVE = /\b(?:was|were|be|been|being|is|are|blev|var|har|hade)\s+(?:\p{L}+\s+)?$/iu;
const PRONOUN = /^(?:it|he|she|they|this|that|who|which|we|i|you|den|det|han|hon|de|som|vi)$/iu;
const CLAUSE_START = /(?:^|\s)(?:that|which|who|when|after|before|as|while|because|and|but|where|then|som|när|då|efter|innan|eftersom|och|men|där)\s+/giu;

const PLACE_PREPOSITION = /\b(?:in|at|near|to|from|outside|inside|(?:province|region|city|town) of|i|på|vid|nära|utanför|till|från|(?:provinsen|staden|regionen))\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|province|region|airbase|air base|base|city|provinsen|regionen))*)/gu;
const QUOTATION = /["“„«]([^"“”„«»]{3,200})["”»]/gu;
/** Words that introduce a cause, most telling first. */
const REASON_MARKERS: Array<[Language, RegExp]> = [
  ['en', /\b(?:because(?: of)?|due to|owing to|in response to|in retaliation for|as a result of|for fear of|in order to|so as to|aimed at|in a bid to)\s/iu],
  ['sv', /\b(?:eftersom|på grund av|till följd av|som svar på|som hämnd för|i syfte att|för att)\s/iu],
  ['en', /\b(?:over|after|following|amid|in the wake of)\s/iu],
  ['sv', /\b(?:efter att|efter|sedan|mot bakgrund av)\s/iu],
];
/** Words after a cause that introduce its effect. */
const EFFECT_MARKER = /\b(?:leading to|which led to|led to|prompting|triggering|sparking|resulting in|angered|provoked|ledde till|vilket ledde till|utlöste)\s/iu;
const RESULT = /\b(?:result(?:ed|s)? in|led to|agreed (?:on|to)|agree (?:on|to)|decided to|reached|produced|established|created|set up|enades om|kom överens om|ledde till|resulterade i|beslutade)\s+/iu;

/** The fact of `type` a sentence gives to the question, or null when it gives none. */
export function findFact(type: FactType, input: FactInput): FoundFact | null {
  const found = FINDERS[type]?.(input);
  if (!found) return null;
  const text = input.text.slice(found.start, found.end).replace(/[\s,;:.]+$/u, '');
  return text.length > 0 ? { type, text, start: found.start, end: found.start + text.length, asked: found.asked ?? true } : null;
}

type Span = { start: number; end: number; asked?: boolean };
const FINDERS: Partial<Record<FactType, (input: FactInput) => Span | null>> = {
  number: findNumber,
  person: findPerson,
  name: findName,
  place: findPlace,
  quotation: findQuotation,
  reason: findReason,
  development: findDevelopment,
};

/** The terms of question words as the sentence's language has them (translated across languages). */
function askedTerms(input: FactInput, words: string): Set<string> {
  const terms = input.analyzer.terms(words, input.questionLanguage);
  return new Set(input.language === input.questionLanguage ? terms : [...terms, ...input.analyzer.bridge(terms, input.questionLanguage)]);
}

function sharesTerm(input: FactInput, words: string): boolean {
  const asked = askedTerms(input, input.question);
  return input.analyzer.terms(words, input.language).some((t) => asked.has(t));
}

/** The count with what it counts ("12 observation posts"), the one counting what the question asks about first. */
function findNumber(input: FactInput): Span | null {
  const { text } = input;
  const options: Array<Span & { asked: boolean }> = [];
  for (const m of text.matchAll(COUNT)) {
    const start = m.index;
    let end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 12), start);
    const after = text.slice(end, end + 12);
    if (/^\s*(?:1[89]|20)\d\d\s*$/u.test(m[0].replace(/^\D+/u, '')) && !/\d{5}/u.test(m[0])) continue;
    if (new RegExp(`(?:${MONTHS})\\s*$`, 'iu').test(before) || new RegExp(`^\\s*(?:${MONTHS})`, 'iu').test(after)) continue;
    // What the number counts: the words after it up to a function word, at most three.
    const rest = text.slice(end).match(/^(?:\s+[\p{L}-]+){0,3}/u)?.[0] ?? '';
    let unit = 0;
    for (const word of rest.split(/(?=\s)/u)) {
      if (UNIT_END.test(word.trim())) break;
      unit += word.length;
    }
    end += unit;
    // What it counts is its last word ("12 military observation posts" counts posts).
    const head = text.slice(start, end).split(/\s+/u).pop() ?? '';
    options.push({ start, end, asked: sharesTerm(input, head) });
  }
  return options.find((o) => o.asked) ?? options[0] ?? null;
}

/** "Who is X?": the role the sentence gives X. "Who did Y?": the doer of Y, or the first name the question does not give. */
function findPerson(input: FactInput): Span | null {
  const name = /^(?:who|vem)\s+(?:is|was|are|were|är|var)\s+(?:\p{Lu}[\p{L}-]*\s+)*(\p{Lu}[\p{L}-]*)\W*$/u.exec(input.question.replace(/^\W+/u, '').replace(/^./u, (c) => c.toLowerCase()))?.[1];
  // "Who is X?" asks for X's role: a sentence that only names X does not answer it.
  if (name) return roleOf(input.text, name);
  const unasked = newName(input);
  return agentOf(input) ?? (unasked ? { ...unasked, asked: false } : null);
}

function roleOf(text: string, name: string): Span | null {
  for (const m of text.matchAll(new RegExp(`\\b${name}\\b`, 'gu'))) {
    const head = text.slice(Math.max(0, m.index - 120), m.index);
    const role = [...head.matchAll(new RegExp(ROLES.source, 'giu'))].pop();
    const between = role ? head.slice(role.index + role[0].length) : '';
    // A title ("Deputy Foreign Minister Mikhail Bogdanov") or an apposition before the name ("the director of …, Dmitry Shugaev").
    if (role && (/^(?:\s+\p{Lu}[\p{L}.-]*){0,3}\s+$/u.test(between) || /^,\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.test(between) || /^\s+(?:of|for|at|för|vid)\s[^,]{0,100},\s+(?:\p{Lu}[\p{L}.-]*\s+){0,2}$/u.test(between))) {
      // Back to the start of the title ("Deputy Foreign Minister"): capitalised words before the role word.
      const titleStart = m.index - head.length + role.index - (/(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.exec(head.slice(0, role.index))?.[0].length ?? 0);
      return { start: titleStart, end: m.index + name.length };
    }
    const apposition = /^,\s+([^,]{3,80})/u.exec(text.slice(m.index + name.length));
    if (apposition && ROLES.test(apposition[1] ?? '')) return { start: m.index, end: m.index + name.length + apposition[0].length };
  }
  return null;
}

/** The doer of the question's verb: "by X" after a passive, else the words before the verb back to the clause's start. */
function agentOf(input: FactInput): Span | null {
  // "Which country did Russia and Turkey team up with to launch …": the verbs asked about, in the question's order.
  const words = input.question.replace(/^\W*(?:who|whom|vem|(?:which|what|vilk(?:en|et|a))\s+(?:\p{L}+\s+)?\p{L}+)\s+/iu, '').split(/[^\p{L}-]+/u);
  // The question's verb is its first word of content; an infinitive ("to launch") names the deed too.
  const content = words.filter((w) => !AUXILIARIES.test(w) && !/^\p{Lu}/u.test(w) && input.analyzer.terms(w, input.questionLanguage).length > 0);
  const verbs = [...content.slice(0, 1), ...words.filter((w, i) => /^(?:to|att)$/iu.test(words[i - 1] ?? '') && content.includes(w))];
  let unnamed: Span | null = null;
  for (const verb of verbs) {
    const found = doerOf(input, askedTerms(input, verb));
    if (found?.asked) return found;
    unnamed ??= found;
  }
  return unnamed;
}

/** The doer of a verb of `verbTerms` in the sentence, without the names the question gives itself. */
function doerOf(input: FactInput, verbTerms: Set<string>): Span | null {
  const { text, analyzer, language } = input;
  const given = new Set(input.question.toLowerCase().split(/[^\p{L}-]+/u));
  for (const m of text.matchAll(/[\p{L}-]+/gu)) {
    if (!analyzer.terms(m[0], language).some((t) => verbTerms.has(t))) continue;
    const before = text.slice(0, m.index);
    const after = text.slice(m.index + m[0].length);
    if (PASSIVE.test(before)) {
      const by = /^(?:\s+\p{L}+)?\s+(?:by|av)\s+([^,;.]{2,60})/u.exec(after);
      if (by?.[1]) {
        const start = m.index + m[0].length + by[0].length - by[1].length;
        return { start, end: start + cut(by[1], 6).length };
      }
      continue;
    }
    const clause = before.split(/[,;:()]|(?<=\.)\s/u).pop() ?? '';
    const tail = clause.replace(/\s+$/u, '');
    const clauseStart = [...tail.matchAll(CLAUSE_START)].pop();
    const agentText = clauseStart ? tail.slice(clauseStart.index + clauseStart[0].length) : tail;
    const agentWords = agentText.trim().split(/\s+/u).filter(Boolean).slice(-7);
    // "Turkey and Syrian regime-backer Iran" under a question naming Turkey: the doer not yet named.
    while (agentWords.length > 1 && given.has((agentWords[0] ?? '').toLowerCase().replace(/[^\p{L}-]/gu, ''))) agentWords.shift();
    if (/^(?:and|och|or|eller)$/iu.test(agentWords[0] ?? '')) agentWords.shift();
    const agent = agentWords.join(' ').replace(/\s+(?:\p{Ll}+ly|has|have|had|will|would|was|were|did|then|also|har|hade|ska|skulle)$/u, '');
    if (agent.length < 2 || PRONOUN.test(agent) || agentWords.every((w) => given.has(w.toLowerCase()))) continue;
    const start = before.lastIndexOf(agent);
    // "the three countries launched": a doer without a name answers only if no sentence names one.
    if (start >= 0) return { start, end: start + agent.length, asked: /\p{Lu}/u.test(agent) };
  }
  return null;
}

/** The first capitalised name (not a sentence's first word) that the question does not give. */
function newName({ text, question }: FactInput): Span | null {
  const asked = new Set(question.toLowerCase().split(/[^\p{L}-]+/u));
  const month = new RegExp(`^(?:${MONTHS})$`, 'iu');
  for (const m of text.matchAll(NAME_SPAN)) {
    const words = m[0].toLowerCase().split(/\s+/u);
    if (words.some((w) => asked.has(w) || month.test(w))) continue;
    // "Serbian President Aleksandar Vucic and Bulgarian Prime Minister Boyko Borissov": names in a list are answered together.
    let end = m.index + m[0].length;
    for (let next = LIST_NAME.exec(text.slice(end)); next; next = LIST_NAME.exec(text.slice(end))) end += next[0].length;
    return { start: m.index, end };
  }
  return null;
}

const NAME_SPAN = /(?<=[\p{L},]\s)\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*/gu;
const LIST_NAME = /^,?\s+(?:and|och)\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*/u;

/** A full proper name (two or more capitalised words) the question does not give: what "What was the name of …" asks for. */
function findName({ text, question }: FactInput): Span | null {
  const asked = new Set(question.toLowerCase().split(/[^\p{L}-]+/u));
  for (const m of text.matchAll(/\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)+/gu)) {
    const words = m[0].toLowerCase().split(/\s+/u);
    if (words.some((w) => asked.has(w)) || words.some((w) => new RegExp(`^(?:${MONTHS})$`, 'iu').test(w))) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** A place named after a preposition ("in Sochi", "at Murted"), one the question does not name. */
function findPlace({ text, question }: FactInput): Span | null {
  const asked = question.toLowerCase();
  for (const m of text.matchAll(PLACE_PREPOSITION)) {
    const name = m[1] ?? '';
    const bare = name.replace(/^the\s+/u, '');
    // "in Syria's coastal province": a possessive modifies the place that follows.
    if (/['’]s$/u.test(bare) || asked.includes(bare.toLowerCase().split(/\s+/u)[0] ?? '') || new RegExp(`^(?:${MONTHS})\\b`, 'iu').test(bare)) continue;
    const start = m.index + m[0].length - name.length;
    return { start, end: start + name.length, asked: false };
  }
  return null;
}

/** Quoted words: those sharing the question's terms first. */
function findQuotation(input: FactInput): Span | null {
  const options = [...input.text.matchAll(QUOTATION)].map((m) => ({ start: m.index + 1, end: m.index + 1 + (m[1]?.length ?? 0), asked: sharesTerm(input, m[1] ?? '') }));
  return options.find((o) => o.asked) ?? options[0] ?? null;
}

/** The clause a cause marker opens ("because …", "over the purchase of …", "eftersom …"), the most telling marker first. */
function findReason(input: FactInput): Span | null {
  const [strong, weak] = [REASON_MARKERS.slice(0, 2), REASON_MARKERS.slice(2)];
  // A plain "after" or "over" may only tell the time or the topic: an effect the question names, told after its cause, is surer.
  return reasonAfter(input, strong) ?? causeBefore(input) ?? reasonAfter(input, weak);
}

function reasonAfter(input: FactInput, markers: Array<[Language, RegExp]>): Span | null {
  const { text, language } = input;
  for (const [lang, marker] of markers) {
    if (lang !== language) continue;
    for (const m of text.matchAll(new RegExp(marker.source, 'giu'))) {
      const clause = /^[^,;.:()–—]{3,160}/u.exec(text.slice(m.index))?.[0];
      if (clause && tellsMore(input, clause.slice(m[0].length))) return { start: m.index, end: m.index + cut(clause, 18).length };
    }
  }
  return null;
}

/** "Turkey has bought Russian S-400 air defenses – leading to U.S. sanctions": the cause is the clause before the effect the question names. */
function causeBefore(input: FactInput): Span | null {
  const { text } = input;
  for (const m of text.matchAll(new RegExp(EFFECT_MARKER.source, 'giu'))) {
    const effect = /^(?:[^,;.:()–—]|\.(?!\s))+/u.exec(text.slice(m.index + m[0].length))?.[0] ?? '';
    if (!sharesTerm(input, effect)) continue;
    const head = text.slice(0, m.index).replace(/[\s,;:–—-]+$/u, '');
    const start = Math.max(0, ...[...head.matchAll(/[,;:–—(]\s|(?<=\.)\s/gu)].map((b) => b.index + b[0].length));
    if (head.length - start >= 8) return { start, end: head.length };
  }
  return null;
}

/** A reason says something the question does not: "after a meeting in Moscow" does not say why they met in Moscow. */
function tellsMore(input: FactInput, clause: string): boolean {
  const asked = askedTerms(input, input.question);
  const terms = input.analyzer.terms(clause, input.language);
  return terms.filter((t) => !asked.has(t)).length >= Math.max(1, terms.length / 2);
}

/** What something resulted in: the object of "agreed on", "led to", "enades om". */
function findDevelopment({ text }: FactInput): Span | null {
  const m = RESULT.exec(text);
  if (!m) return null;
  const object = /^[^,;.:()]{3,160}/u.exec(text.slice(m.index + m[0].length))?.[0];
  const start = m.index + m[0].length;
  return object ? { start, end: start + cut(object, 14).length } : null;
}

/** The first `words` words of a phrase. */
function cut(phrase: string, words: number): string {
  const parts = phrase.split(/(?<=\S)(?=\s)/u);
  return parts.slice(0, words).join('').trimEnd();
}
