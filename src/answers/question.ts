import type { Language } from '../corpus/types.ts';
import { extractDates, partialDateRange, type DateMention } from '../dates/index.ts';
import { detectLanguage, type LanguageGuess } from '../text/language.ts';

export type QuestionKind = 'when' | 'what' | 'who' | 'where' | 'how-many' | 'period' | 'other';

/** A span of days, both ends inclusive (YYYY-MM-DD). */
export interface Period {
  start: string;
  end: string;
}

export interface QuestionAnalysis {
  text: string;
  language: Language;
  /** The language as detected, with how sure: retrieval analyses the topic in it. */
  guess: LanguageGuess;
  kind: QuestionKind;
  /** The time the question is about, if it names one. */
  period: Period | null;
  /** The question without its date expressions: what retrieval looks for. */
  topic: string;
}

const KINDS: Array<[QuestionKind, RegExp]> = [
  ['how-many', /^(?:how (?:many|much)|hur (?:många|mycket))\b/iu],
  ['when', /^(?:when|since when|what (?:year|date|month|day)|in (?:what|which) (?:year|month)|on (?:what|which) (?:date|day)|när|sedan när|vilket (?:år|datum)|vilken (?:dag|månad)|vilket årtal)\b/iu],
  ['who', /^(?:who|whom|whose|vem|vilka|vems)\b/iu],
  ['where', /^(?:where|var|vart|varifrån|i vilken stad)\b/iu],
  ['what', /^(?:what|which|vad|vilken|vilket)\b/iu],
];

const PERIOD_QUESTION = /\b(?:what (?:happened|took place|went on|were the (?:main )?events)|which events|events of|timeline|chronology|vad (?:hände|har hänt|hände det)|vilka händelser|tidslinje)\b/iu;

/** Dates in questions are read against today: "last year" means the year before now. */
export function analyzeQuestion(text: string, now: Date): QuestionAnalysis {
  const guess = detectLanguage(text);
  const language = guess.language;
  const mentions = extractDates(text, { reference: now.toISOString().slice(0, 10), lang: language });
  const period = periodOf(text, mentions);
  const topic = removeSpans(text, mentions);
  const leading = text.replace(/^[^\p{L}]+/u, '');
  let kind: QuestionKind = KINDS.find(([, pattern]) => pattern.test(leading))?.[0] ?? 'other';
  const onlyDates = /^[^\p{L}]*(?:(?:between|from|in|and|to|i|mellan|och|till)[^\p{L}]*)*$/iu.test(topic);
  if (period && (PERIOD_QUESTION.test(text) || onlyDates)) kind = 'period';
  return { text, language, guess, kind, period, topic: topic.trim() };
}

function periodOf(text: string, mentions: DateMention[]): Period | null {
  const [first, second] = mentions;
  if (!first) return null;
  const a = partialDateRange(first.value);
  const before = text.slice(0, first.start);
  if (second) {
    const b = partialDateRange(second.value);
    return { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end };
  }
  if (/\b(?:before|prior to|until|före|innan|fram till)\s+(?:\p{L}+\s+)?$/iu.test(before)) return { start: '0001-01-01', end: dayBefore(a.start) };
  if (/\b(?:after|since|efter|sedan)\s+(?:\p{L}+\s+)?$/iu.test(before)) return { start: /since|sedan/iu.test(before) ? a.start : dayAfter(a.end), end: '9999-12-31' };
  return a;
}

function removeSpans(text: string, mentions: DateMention[]): string {
  let out = text;
  for (const m of [...mentions].sort((x, y) => y.start - x.start)) out = `${out.slice(0, m.start)} ${out.slice(m.end)}`;
  return out.replace(/\s+/gu, ' ');
}

function shiftDay(day: string, by: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + by);
  return date.toISOString().slice(0, 10);
}

const dayBefore = (day: string) => shiftDay(day, -1);
const dayAfter = (day: string) => shiftDay(day, 1);
