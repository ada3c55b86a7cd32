import nlp from 'compromise';

/** The longest summary that still reads as a headline (issue 15: "at most about 160 characters"). */
export const MAX_HEADLINE = 160;

/** Words that open a subordinate clause: a summary that starts with one and has no main clause is a fragment. */
const SUBORDINATORS = new Set(['after', 'before', 'when', 'where', 'while', 'whereas', 'although', 'though', 'because', 'since', 'as', 'if', 'unless', 'until', 'despite', 'which', 'who', 'whose', 'that', 'whom']);

/** Words that lean on the sentence before: a headline names who did what. */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my']);

/** Verbs that attribute words to a speaker. */
const REPORTING = /\b(?:said|says|say|told|tells|added|adding|adds|noted|notes|stated|states|according to|replied|replies|wrote|writes)\b/iu;

/** An attribution that closes a sentence: `…," X said on Monday.` or `…, X told CNN.` */
const ATTRIBUTION_TAIL = new RegExp(`[,"”]\\s*[^,"”]{0,80}?${REPORTING.source}(?:\\s+[^\\s,"”]+){0,5}\\s*[.!]?$`, 'iu');

const OPENING_QUOTES = /^["“„«'‘(]+/u;

/**
 * What keeps a summary from reading as a headline, checked mechanically (data/eval/events-rubric.md):
 * sentence case, balanced quotes and brackets, length, a verb, no fragment. Empty when it reads well.
 */
export function headlineProblems(summary: string): string[] {
  const text = summary.trim();
  const problems: string[] = [];
  const body = text.replace(OPENING_QUOTES, '');
  const first = body.charAt(0);
  const letters = text.replace(/[^\p{L}]/gu, '');
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  const longWords = words.slice(1).filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  if (!/[\p{Lu}\p{N}]/u.test(first)) problems.push('not sentence case: starts with ' + JSON.stringify(text.slice(0, 3)));
  else if (letters.length >= 12 && letters === letters.toUpperCase()) problems.push('not sentence case: all capitals');
  else if (longWords.length >= 4 && longWords.every((w) => /^["“(]?\p{Lu}/u.test(w))) problems.push('not sentence case: title case');
  if ((text.match(/"/gu) ?? []).length % 2 !== 0 || count(text, '“') !== count(text, '”') || count(text, '(') !== count(text, ')') || count(text, '[') !== count(text, ']')) {
    problems.push('unbalanced quotes or brackets');
  }
  if (text.length > MAX_HEADLINE) problems.push(`longer than ${MAX_HEADLINE} characters (${text.length})`);
  const verbs = nlp(text).verbs().out('array') as string[];
  if (verbs.length === 0 && !hasVerbAfterSubject(text)) problems.push('no verb');
  const opening = body.split(/[\s,]+/u)[0]?.toLowerCase() ?? '';
  if (SUBORDINATORS.has(opening) && !text.includes(',')) problems.push(`fragment: a subordinate clause ("${opening} …")`);
  if (PRONOUNS.has(opening)) problems.push(`fragment: opens with a pronoun ("${opening}")`);
  if (/^(?:was|were|is|are|has|have|had)$/u.test(opening) && !/\?$/u.test(text)) problems.push(`fragment: no subject ("${opening} …")`);
  if (ATTRIBUTION_TAIL.test(text) || (verbs.length > 0 && verbs.every((v) => REPORTING.test(v)) && /^[^,]*\b(?:said|says|told)\b(?:\s+\S+){0,3}\s*\.?$/iu.test(text))) {
    problems.push('fragment: ends on an attribution');
  }
  if (/:\s*$/u.test(text) || /^[#●•\-–—]/u.test(text)) problems.push('fragment: layout (a heading, a bullet or a dash)');
  if (/^[^"“”,;:]{2,80}?\s(?:reported|reports)\s+(?:(?:on|about)\s+[^"“”,;:]{2,60}?\s+)?that\s/u.test(text)) problems.push('fragment: a reporting clause ("… reported that …"): the headline is what was reported');
  const doubled = doubledDeterminer(text);
  if (doubled) problems.push(`a determiner doubled around a modifier ("${doubled}")`);
  return problems;
}

/**
 * "the Russian-backed the Syrian government": a determiner, one modifier (a participle or an
 * adjective, the last part of a hyphenated one), and a determiner again. A noun between them
 * opens a clause instead ("the day the war started") and reads well.
 */
function doubledDeterminer(text: string): string | undefined {
  for (const match of text.matchAll(/\b(?:the|a|an)\s+((?:[\p{L}]+-)*([\p{L}]+))\s+(?:the|a|an)\s+\p{L}/giu)) {
    const last = match[2] as string;
    const tags = nlp(`the ${last}`).terms().json() as Array<{ terms: Array<{ tags: string[] }> }>;
    const tagged = tags[1]?.terms[0]?.tags ?? [];
    if (!tagged.includes('Noun') && (tagged.includes('Adjective') || tagged.includes('Verb'))) return match[0].replace(/\s+\p{L}$/u, '');
  }
  return undefined;
}

const count = (text: string, char: string) => text.split(char).length - 1;

/**
 * The tagger reads a present-tense verb after a plural or compound subject as a noun ("The United
 * States sanctions …", "Putin and Erdogan launch …"): a word after a name or a plural that it takes
 * for a verb once given a plain subject counts as one (not after a possessive: "Erdogan's visit").
 */
function hasVerbAfterSubject(text: string): boolean {
  const words = text.split(/\s+/u);
  return words.some((word, i) => {
    const before = words[i - 1] ?? '';
    const candidate = word.replace(/[^\p{L}-]/gu, '');
    if (i === 0 || !/^\p{Ll}[\p{L}-]{2,}$/u.test(candidate) || !(/^\p{Lu}/u.test(before) || /s$/u.test(before)) || /['’]s$/u.test(before)) return false;
    return nlp(`they ${candidate} it`).match('#Verb').out('array').includes(candidate);
  });
}
