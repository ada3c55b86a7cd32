import type { Language } from '../corpus/types.ts';
import { extractDates, isYearModifier, partialDateRange, type DateMention } from '../dates/index.ts';
import { detectLanguage, type LanguageGuess } from '../text/language.ts';
import { anchorOf, ownEnd, periodRelativeTo, type Anchor } from './anchor.ts';
import { comparisonOf, type Comparison } from './comparison.ts';
import { ALL_TIME, dayAfter, dayBefore, partOf, type DatePart, type Period } from './period.ts';
import { withoutOpeningHedge } from './question-lead.ts';
import { asksForTimeline, asksWhatHappened, withoutRequest } from './timeline-request.ts';

export type { Period } from './period.ts';

export type QuestionKind = 'when' | 'what' | 'who' | 'where' | 'how-many' | 'period' | 'order' | 'other';

export interface QuestionAnalysis {
  text: string;
  language: Language;
  /** The language as detected, with how sure: retrieval analyses the topic in it. */
  guess: LanguageGuess;
  kind: QuestionKind;
  /** The time the question is about, if it names one. */
  period: Period | null;
  /** For a month named without its year ("What happened in December?"), that month in every year: read when the documents tell nothing of `period`'s. */
  everyYear?: Period;
  /** The question without its date expressions: what retrieval looks for. */
  topic: string;
  /** The other event the question names its time by, until `resolveAnchor` turns it into `period`. */
  anchor: Anchor | null;
  /** The event the resolved anchor names: the answer is what happened around it, not it. */
  anchorEvent?: string;
  /** The two events an order question compares ("Did X happen before or after Y?"). */
  comparison: Comparison | null;
}

const KINDS: Array<[QuestionKind, RegExp]> = [
  ['how-many', /^(?:how (?:many|much)|hur (?:många|mycket))\b(?!\s+\p{L}+\s+(?:after|before|efter|innan|före)\b)/iu],
  ['when', /^(?:when|since when|how (?:long|soon|many (?:days|weeks|months|years)) (?:after|before)|hur (?:långt?|länge|snart|många (?:dagar|veckor|månader|år)) (?:efter|innan|före)|(?:what|which) (?:year|date|month|day|week)|in (?:what|which) (?:year|month|week)|on (?:what|which) (?:date|day)|när|sedan när|vilket (?:år|datum)|vilken (?:dag|månad|vecka)|vilket årtal)\b/iu],
  // Words typed as a search rather than a question: "S-400 delivery date", "datum för S-400-leveransen".
  ['when', /^(?:date|datum)\s+(?:of|för)\s|^(?!(?:what|which|how|who|why|where|vad|vilk|hur|vem|varför|var)\b)[^?]*\s(?:date|datum|datumet)[\s?.!]*$/iu],
  ['who', /^(?:who|whom|whose|vem|vilka|vems)\b/iu],
  ['where', /^(?:where|var|vart|varifrån|i vilken stad)\b/iu],
  ['what', /^(?:what|which|vad|vilken|vilket)\b/iu],
];

/** Dates in questions are read against today: "last year" means the year before now. */
export function analyzeQuestion(text: string, now: Date): QuestionAnalysis {
  const guess = detectLanguage(text);
  const language = guess.language;
  const comparison = comparisonOf(text, language);
  if (comparison) return { text, language, guess, kind: 'order', period: null, topic: text.trim(), anchor: null, comparison };
  // "Washington's 2017 sanctions law": a year that describes a noun names no time the question asks about.
  const mentions = extractDates(text, { reference: now.toISOString().slice(0, 10), lang: language }).filter((m) => !isYearModifier(m.text, text.slice(0, m.start), text.slice(m.end)));
  const named = periodOf(text, mentions);
  const leading = withoutOpeningHedge(text);
  const asked = KINDS.find(([, pattern]) => pattern.test(leading))?.[0] ?? 'other';
  const anchor = named || asked === 'when' ? null : anchorOf(text, asksWhatHappened(text) || asksForTimeline(text));
  const undated = anchor ? `${text.slice(0, anchor.start)} ${text.slice(anchor.end)}` : removeSpans(text, mentions);
  let kind: QuestionKind = asked;
  // "Tell me about 2019", "Berätta om 2019": a span with only request words around it.
  const onlyDates = /^[^\p{L}]*(?:(?:between|from|in|and|to|i|mellan|och|till)[^\p{L}]*)*$/iu.test(withoutRequest(undated));
  const timeline = asksForTimeline(text);
  let period = named;
  // "What happened the month after the coup?" asks for the events of a span, as "What happened in 2016?" does;
  // "What did they do two days after the letter?" for one.
  if ((named || anchor) && (asksWhatHappened(undated) || timeline || (named && onlyDates))) kind = 'period';
  else if (!named && timeline) {
    // A topic timeline without a span ("timeline of the S-400 affair"): the topic's events of every date.
    kind = 'period';
    period = ALL_TIME;
  }
  const topic = kind === 'period' ? withoutRequest(undated) : undated;
  const everyYear = kind === 'period' && period ? everyYearOf(period, mentions) : undefined;
  return { text, language, guess, kind, period, topic: topic.trim(), anchor, comparison: null, ...(everyYear && { everyYear }) };
}

/** The month of every year, when a period is one month named without its year. */
function everyYearOf(period: Period, mentions: DateMention[]): Period | undefined {
  const [only, other] = mentions;
  if (!only || other || only.granularity !== 'month' || HAS_YEAR.test(only.text)) return undefined;
  const whole = partialDateRange(only.value);
  return whole.start === period.start && whole.end === period.end ? { ...ALL_TIME, month: only.value.slice(5, 7) } : undefined;
}

const PARTIAL_DATE = /^\d{4}(?:-\d{2}){0,2}$/u;

/** The event an anchor's words name, as the documents date it (a partial date). */
export interface AnchorFix {
  date: string;
  eventId?: string;
}

/**
 * A question anchored on another event, with that event found first (by `find`, from the event's words
 * in the question's language) and the span the question names around it as its period; a span that runs
 * to another event ("between the coup and the Astana talks") finds that one too. When an anchor event is
 * not found, the question is read without an anchor: its words are all topic.
 */
export function resolveAnchor(question: QuestionAnalysis, find: (event: string, language: Language) => AnchorFix | null): QuestionAnalysis {
  const { anchor } = question;
  if (!anchor) return question;
  const fix = find(anchor.event, question.language);
  const other = anchor.until !== undefined && !ownEnd(anchor.until) ? find(anchor.until, question.language) : undefined;
  const dated = (f: AnchorFix | null | undefined): f is AnchorFix => f != null && PARTIAL_DATE.test(f.date);
  if (dated(fix) && (other === undefined || dated(other))) {
    return { ...question, period: periodRelativeTo(anchor, fix.date, other?.date), anchor, ...(fix.eventId ? { anchorEvent: fix.eventId } : {}) };
  }
  return { ...question, kind: question.kind === 'period' ? 'what' : question.kind, topic: question.text, anchor: null };
}

/**
 * The words before a date that name a part of it: "the first half of", "andra halvan av", "andra halvåret", "the first months of",
 * "de sista månaderna av" (the early or late part of the year or month the date after them names).
 */
const PART_WORDS = String.raw`(?:the\s+)?(first|second)\s+half(?:-year)?\s+of|(första|andra)\s+(?:halvan?\s+(?:av|på)|halvåret)|(?:the\s+)?(first|opening|early|last|final|closing)\s+(?:few\s+)?months\s+of|(?:de\s+)?(första|sista)\s+månaderna(?:\s+(?:av|på|under))?`;
const PART_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${PART_WORDS})\s+(?:the\s+year\s+|året\s+)?$`, 'iu');

/** The part of a date that words before it name, if any. */
function partBefore(text: string): DatePart | null {
  const m = PART_BEFORE.exec(text);
  if (!m) return null;
  if (m[1] ?? m[2]) return /^(?:first|första)$/iu.test(m[1] ?? m[2] ?? '') ? 'first-half' : 'second-half';
  return /^(?:first|opening|early|första)$/iu.test(m[3] ?? m[4] ?? '') ? 'early' : 'late';
}

/** The days a date mention names, narrowed to the part of it its words name ("late 2019", "the first half of 2020"). */
function rangeOfMention(text: string, mention: DateMention, value = mention.value): Period {
  const part = partBefore(text.slice(0, mention.start));
  if (part) return partOf(value, part);
  const { qualifier } = mention;
  if (!qualifier) return partialDateRange(value);
  return partOf(value, qualifier === 'start' ? 'early' : qualifier === 'end' ? 'late' : qualifier);
}

function periodOf(text: string, mentions: DateMention[]): Period | null {
  const [first, second] = mentions;
  if (!first) return null;
  if (second) return spanOf(text, first, second);
  const a = rangeOfMention(text, first);
  const before = text.slice(0, first.start);
  if (/\b(?:before|prior to|until|före|innan|fram till)\s+(?:\p{L}+\s+)?$/iu.test(before)) return { start: ALL_TIME.start, end: dayBefore(a.start) };
  if (/\b(?:after|since|efter|sedan)\s+(?:\p{L}+\s+)?$/iu.test(before)) return { start: /since|sedan/iu.test(before) ? a.start : dayAfter(a.end), end: ALL_TIME.end };
  return a;
}

const HAS_YEAR = /\b\d{4}\b/u;

/**
 * The span between two dates, in either order. An end written without a year takes the other end's
 * ("between June and August 2016", "from May to July 2019"), not the year before today.
 */
function spanOf(text: string, first: DateMention, second: DateMention): Period {
  let [a, b] = [first.value, second.value];
  const yearOf = (value: string) => value.slice(0, 4);
  if (!HAS_YEAR.test(first.text) && HAS_YEAR.test(second.text)) a = yearOf(b) + a.slice(4);
  if (!HAS_YEAR.test(second.text) && HAS_YEAR.test(first.text)) b = yearOf(a) + b.slice(4);
  const ra = rangeOfMention(text, first, a);
  const rb = rangeOfMention(text, second, b);
  return { start: ra.start < rb.start ? ra.start : rb.start, end: ra.end > rb.end ? ra.end : rb.end };
}

const DATE_MARK = '\u0000';
/** A date with the words that only join it to the question or to the other end of a span. */
const DATE_WITH_LINKS = new RegExp(String.raw`(?:\b(?:between|from|since|during|in|on|of|mellan|från|sedan|under|i|den)\s+)?(?:(?:${PART_WORDS.replace(/\((?!\?)/gu, '(?:')})\s+(?:the\s+year\s+|året\s+)?)?${DATE_MARK}(?:\s*(?:and|to|until|till|och|[-–—])\s*${DATE_MARK})?`, 'giu');

function removeSpans(text: string, mentions: DateMention[]): string {
  let out = text;
  for (const m of [...mentions].sort((x, y) => y.start - x.start)) out = `${out.slice(0, m.start)}${DATE_MARK}${out.slice(m.end)}`;
  return out.replace(DATE_WITH_LINKS, ' ').replaceAll(DATE_MARK, ' ').replace(/\s+/gu, ' ');
}
