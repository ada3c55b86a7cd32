import type { Language } from './types.ts';

/**
 * Sentence boundaries for news text in English and Swedish. A boundary is a
 * terminal mark (with any closing quotes or brackets) followed by space and
 * a sentence opening; abbreviations, initials and dates do not end sentences.
 */

/**
 * Per language: abbreviations followed by a word without ending the sentence, and words that
 * open a new sentence even after an initialism such as `U.S.`. One list for both would make
 * Swedish "maj" (May) an English abbreviation (major) and join two sentences.
 */
const RULES: Record<Language, { abbreviations: Set<string>; openers: Set<string> }> = {
  en: {
    abbreviations: new Set([
      'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gen', 'col', 'lt', 'sgt', 'gov', 'pres', 'jr', 'sr',
      'capt', 'cmdr', 'adm', 'maj', 'brig', 'rev', 'mt', 'ft', 'vs', 'etc', 'approx', 'inc',
      'ltd', 'corp', 'co', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
      'e.g', 'i.e', 'cf', 'al', 'fig', 'est', 'dept', 'univ',
    ]),
    openers: new Set(['the', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'in', 'on', 'at', 'but', 'and', 'however', 'a', 'an', 'its', 'his', 'her', 'their', 'there']),
  },
  sv: {
    abbreviations: new Set([
      'bl.a', 't.ex', 'm.m', 'dvs', 'd.v.s', 'ca', 'kl', 'resp', 's.k', 'p.g.a', 't.o.m', 'fr.o.m', 'osv', 'o.s.v',
      'jfr', 'f.d', 'm.fl', 'mfl', 'o.d', 'e.d', 'nr', 'tel', 'dr', 'prof', 'ev', 'inkl', 'exkl',
      'jan', 'febr', 'feb', 'apr', 'aug', 'sept', 'sep', 'okt', 'nov', 'dec', 'f.ö', 'fr', 'tf',
    ]),
    openers: new Set(['det', 'den', 'de', 'han', 'hon', 'men', 'i', 'på', 'efter', 'när', 'enligt', 'sedan', 'under', 'och', 'vi', 'ett', 'en']),
  },
};

/**
 * Abbreviations that stand before a number ("No. 5", "Vol. 2"): before a word they are words
 * that end a sentence, as an interviewee's "No. Last October …" does.
 */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'vol']);

const TERMINAL = /[.!?…]+["'”’)\]]*/gu;
/**
 * Footnote markers right after a sentence's closing mark ("…44 days.[2] The war…", "[1][4]", "[a]"), as
 * reference works write them: they belong to neither sentence, so no quote carries them.
 */
const FOOTNOTES = /^(?:\[(?:\d{1,3}|[a-z])\])+/u;
const OPENING = /^[\p{Lu}\p{N}"“‘'([]/u;

export interface Span {
  start: number;
  end: number;
}

export function splitSentences(text: string, language: Language): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  for (const match of text.matchAll(TERMINAL)) {
    const end = match.index + match[0].length;
    const markers = FOOTNOTES.exec(text.slice(end))?.[0].length ?? 0;
    const next = skipSpace(text, end + markers);
    if (next >= text.length && markers > 0) {
      spans.push({ start, end });
      start = text.length;
      break;
    }
    if ((next === end && markers === 0) || next >= text.length) continue;
    if (!OPENING.test(text.slice(next, next + 1))) continue;
    if (match[0].startsWith('.') && !endsSentence(text.slice(start, match.index), nextWord(text, next), /^\p{N}/u.test(text.slice(next, next + 1)), RULES[language])) continue;
    spans.push({ start, end });
    start = next;
  }
  if (start < text.length) spans.push({ start, end: trimEnd(text, text.length) });
  return spans.filter((span) => span.end > span.start);
}

/** Whether the period after `before` ends a sentence, given the word that follows (or a number). */
function endsSentence(before: string, following: string, numberFollows: boolean, rules: (typeof RULES)[Language]): boolean {
  const word = (/[\p{L}\p{N}.:]+$/u.exec(before)?.[0] ?? '').toLowerCase();
  if (rules.abbreviations.has(word)) return false;
  if (NUMBER_ABBREVIATIONS.has(word)) return !numberFollows;
  // Initials and initialisms (`J.`, `U.S.`, `f.d.`) rarely end a sentence unless a new one clearly opens.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word)) return rules.openers.has(following.toLowerCase());
  return true;
}

function nextWord(text: string, from: number): string {
  return /^["“‘'([]*([\p{L}]+)/u.exec(text.slice(from, from + 40))?.[1] ?? '';
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/u.test(text[i] ?? '')) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/u.test(text[i - 1] ?? '')) i--;
  return i;
}
