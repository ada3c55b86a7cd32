import type { FactType } from './expected.ts';
import { findNumber } from './fact-numbers.ts';
import { findQuotation } from './fact-quotes.ts';
import { findReason } from './fact-reasons.ts';
import { askedTerms, cut, MONTHS, type FactInput, type Span } from './fact-text.ts';

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
}

const ROLES = /\b(?:president|minister|secretary|director|ambassador|envoy|leader|counterpart|spokes(?:man|woman|person)|official|general|chief|head|commander|prime|king|chancellor|ambassadör|ledare|talesperson|chef|officer|polis(?:man)?)\b/iu;
const AUXILIARIES = /^(?:will|would|did|does|do|has|have|had|was|were|is|are|could|can|should|first|actually|really|ska|skulle|har|hade|kommer|att|var|är|blev)$/iu;
const PASSIVE = /\b(?:was|were|be|been|being|is|are|blev|var|har|hade)\s+(?:\p{L}+\s+)?$/iu;
const PRONOUN = /^(?:it|he|she|they|this|that|who|which|we|i|you|den|det|han|hon|de|som|vi)$/iu;
const CLAUSE_START = /(?:^|\s)(?:that|which|who|when|after|before|as|while|because|and|but|where|then|som|när|då|efter|innan|eftersom|och|men|där)\s+/giu;

const PLACE_PREPOSITION = /\b(?:in|at|near|to|from|outside|inside|(?:province|region|city|town) of|i|på|vid|nära|utanför|till|från|(?:provinsen|staden|regionen))\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|province|region|airbase|air base|base|city|provinsen|regionen))*)/gu;
const RESULT = /\b(?:result(?:ed|s)? in|led to|agreed (?:on|to)|agree (?:on|to)|decided to|reached|produced|established|created|set up|enades om|kom överens om|ledde till|resulterade i|beslutade)\s+/iu;

/** The fact of `type` a sentence gives to the question, or null when it gives none. */
export function findFact(type: FactType, input: FactInput): FoundFact | null {
  const found = FINDERS[type]?.(input);
  if (!found) return null;
  const text = input.text.slice(found.start, found.end).replace(/[\s,;:.]+$/u, '');
  return text.length > 0 ? { type, text, start: found.start, end: found.start + text.length, asked: found.asked ?? true, tentative: found.tentative ?? false } : null;
}

const FINDERS: Partial<Record<FactType, (input: FactInput) => Span | null>> = {
  number: findNumber,
  person: findPerson,
  name: findName,
  place: findPlace,
  quotation: findQuotation,
  reason: findReason,
  development: findDevelopment,
};

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

/** What something resulted in: the object of "agreed on", "led to", "enades om". */
function findDevelopment({ text }: FactInput): Span | null {
  const m = RESULT.exec(text);
  if (!m) return null;
  const object = /^[^,;.:()]{3,160}/u.exec(text.slice(m.index + m[0].length))?.[0];
  const start = m.index + m[0].length;
  return object ? { start, end: start + cut(object, 14).length } : null;
}
