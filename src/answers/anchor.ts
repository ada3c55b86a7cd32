import type { Language } from '../corpus/types.ts';
import { APPROXIMATE, approximately, partialDateRange } from '../dates/index.ts';
import { ALL_TIME, dayAfter, dayBefore, type Period } from './period.ts';

export type AnchorUnit = 'day' | 'week' | 'month' | 'year';

/** A question that names its time through another event: "the month after the coup", "two days after the letter". */
export interface Anchor {
  /** The words that name the other event ("the failed coup"). */
  event: string;
  direction: 'after' | 'before';
  /** How many units away ("two days after"); null for a stretch next to it ("the month after"). */
  count: number | null;
  /** How many units the stretch next to it spans: one for "the month after", a few for "the weeks before". */
  stretch: number;
  /** "About a week before": the count is a reckoning, so the span takes a margin round the day it lands on. */
  approximate?: true;
  /** Null for a bare "before the Astana talks": all the time before it. */
  unit: AnchorUnit | null;
  /**
   * The other end of a span the anchor opens ("between the coup attempt and the end of that year"):
   * another event's words, or the end of the anchor's own year or month.
   */
  until?: string;
  /** Where the anchor phrase stands in the question. */
  start: number;
  end: number;
}

const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
};
/** "the weeks before", "några dagar efter": a few, read as three. */
const A_FEW = 3;

const UNITS: Record<string, AnchorUnit> = {
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
  dag: 'day', dagen: 'day', dagar: 'day', vecka: 'week', veckan: 'week', veckor: 'week', veckorna: 'week',
  månad: 'month', månaden: 'month', månader: 'month', månaderna: 'month', år: 'year', året: 'year', åren: 'year',
};
const PLURAL = new Set(['days', 'weeks', 'months', 'years', 'dagar', 'dagarna', 'veckor', 'veckorna', 'månader', 'månaderna', 'åren']);
const VAGUE = /^(?:a few|few|several|några)$/iu;
/** "In the days after …" without a count is the week that follows, as a reader takes it; "a few days" is three. */
const DAYS_WITHOUT_COUNT = 7;
const AFTER = /^(?:after|following|followed|came after|in the (?:aftermath|wake) of|efter|i spåren av|i kölvattnet av)$/iu;

/** A word boundary that knows letters beyond ASCII: `\b` does not stand before "året" even with the `u` flag. */
const B = String.raw`(?<![\p{L}\p{N}])`;
const COUNT = String.raw`\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|några`;
const UNIT = Object.keys(UNITS).join('|');
const RELATION = String.raw`after|following|before|preceding|prior to|efter|före|innan`;
/** "(in) the month after …", "two days after …", "en vecka efter att …", "året efter …": up to the end of the clause. */
const COUNTED = new RegExp(
  String.raw`(?:${B}(?:in|during|within|on|under|i)\s+)?(?:${B}(?:the|de|den|det)\s+)?(?:${B}(${APPROXIMATE.en}|${APPROXIMATE.sv})\s+)?(?:${B}(${COUNT})\s+)?${B}(${UNIT})\s+(${RELATION})\s+(?:att\s+)?([^?.!;]+)`,
  'iu',
);
/** Alternatives that may open a sentence: case-blind in their first letter only, so the rest of a pattern can tell a name from a noun. */
function opening(alternatives: string): string {
  return alternatives
    .split('|')
    .map((a) => `[${a.charAt(0)}${a.charAt(0).toUpperCase()}]${a.slice(1)}`)
    .join('|');
}

/**
 * A bare "before the Astana talks", "after Erdogan's letter", "efter kuppförsöket", "in the wake of the coup",
 * "before Turkey got the missiles", "which events followed the Sochi deal", read as a span only in a question
 * that asks what happened: the event is a definite noun phrase (an article, a possessive, a Swedish definite
 * noun) or a clause with a named subject, not any word that follows "after".
 */
const BARE = new RegExp(
  String.raw`${B}(${opening(`${RELATION}|followed|preceded|came after|came before|led up to|in the aftermath of|in the wake of|i spåren av|i kölvattnet av`)})\s+(?:att\s+)?((?:(?:the|det|den|de)\s|\p{L}+['’]s\s|\p{Ll}+(?:et|en|na)(?![\p{L}\p{N}])|\p{Lu}[\p{L}\p{N}-]*\s+\p{Ll})[^?.!;,]*)`,
  'u',
);

/** "the same day as the summit", "samma dag som mötet": the anchor's own day (or week, month, year). */
const SAME = new RegExp(String.raw`(?:\b(?:on|in|during|under|i)\s+)?\b(?:the\s+)?same\s+(${UNIT})\s+(?:as|that|when)\s+(?:the\s+day\s+)?([^?.!;]+)|\bsamma\s+(${UNIT})\s+som\s+(?:att\s+)?([^?.!;]+)`, 'iu');
/**
 * "on the day the two leaders met", "in the week Erdogan flew to Sochi", "dagen då ledarna möttes": the anchor's own
 * day (or week, month, year) without "same". The clause after the unit has its subject first, a determiner or a
 * capitalised name (so not case-blind), which keeps "on the day after …" a count and "in the year 2019" a date.
 */
const SAME_UNIT = new RegExp(
  String.raw`${B}(?:${opening('on|in|during')})\s+the\s+(day|week|month|year)\s+(?:that\s+|when\s+)?((?:the|a|an|his|her|its|their)\s+\p{L}[^?.!;]*|\p{Lu}[\p{L}-]+\s+\p{Ll}[^?.!;]*)` +
    String.raw`|${B}(?:[Pp]å\s+|[Uu]nder\s+)?(dagen|veckan|månaden|året)\s+(?:då|när)\s+([^?.!;]+)`,
  'u',
);

/**
 * "between the coup attempt and the end of that year", "mellan kuppförsöket och årets slut": a span from one
 * event (a definite noun, not a name: "between Turkey and Russia" is a pair) to another end.
 */
const BETWEEN = /\b(?:[Bb]etween|[Mm]ellan)\s+((?:the|det|den|de)\s+[^?.!;]+?|\p{Ll}+(?:et|en|na)\b[^?.!;]*?)\s+(?:and|och)\s+([^?.!;]+)/u;

/** The anchor a question names its time by; `spanQuestion` lets a bare "after X" count (what happened after X). */
export function anchorOf(text: string, spanQuestion: boolean): Anchor | null {
  const same = SAME.exec(text) ?? SAME_UNIT.exec(text);
  if (same) {
    const [whole] = same;
    const unit = same[1] ?? same[3] ?? 'day';
    const event = same[2] ?? same[4] ?? '';
    return { event: event.trim(), direction: 'after', count: 0, stretch: 1, unit: UNITS[unit.toLowerCase()] ?? 'day', start: same.index, end: same.index + whole.length };
  }
  const between = BETWEEN.exec(text);
  if (between) {
    const [whole, event, until] = between as unknown as [string, string, string];
    return { event: event.trim(), direction: 'after', count: null, stretch: 1, unit: null, until: until.trim(), start: between.index, end: between.index + whole.length };
  }
  const counted = COUNTED.exec(text);
  if (counted) {
    const [whole, approximate, count, unit, relation, event] = counted as unknown as [string, string | undefined, string | undefined, string, string, string];
    const key = unit.toLowerCase();
    const vague = count !== undefined && VAGUE.test(count);
    const n = count && !vague ? (NUMBERS[count.toLowerCase()] ?? Number.parseInt(count, 10)) : null;
    const stretch = vague || PLURAL.has(key) ? (count === undefined && UNITS[key] === 'day' ? DAYS_WITHOUT_COUNT : A_FEW) : 1;
    return {
      event: event.trim(),
      direction: AFTER.test(relation) ? 'after' : 'before',
      count: n,
      stretch,
      unit: UNITS[key] ?? 'day',
      ...(approximate && n !== null ? { approximate: true as const } : {}),
      start: counted.index,
      end: counted.index + whole.length,
    };
  }
  const bare = spanQuestion ? BARE.exec(text) : null;
  if (!bare) return null;
  const [whole, relation, event] = bare as unknown as [string, string, string];
  return { event: event.trim(), direction: AFTER.test(relation) ? 'after' : 'before', count: null, stretch: 1, unit: null, start: bare.index, end: bare.index + whole.length };
}

/** "the end of that year", "årets slut": a span that runs to the end of the anchor's own year or month, not to another event. */
const OWN_END = /^(?:the\s+)?(?:end|close)\s+of\s+(?:that|the|this|the\s+same)\s+(year|month)\b|^slutet\s+(?:av|på)\s+(?:det\s+|samma\s+)?(året|månaden)|^(år|månad)ens?\s+slut|^årets\s+slut/iu;

/** The unit whose end closes a span "until the end of that year"; null when the span's other end is another event. */
export function ownEnd(until: string): AnchorUnit | null {
  const m = OWN_END.exec(until.trim());
  if (!m) return null;
  const word = (m[1] ?? m[2] ?? m[3] ?? 'år').toLowerCase();
  return /^(?:month|månad)/u.test(word) ? 'month' : 'year';
}

/** The question's wording to find an event's date with ("When: the failed coup?"). */
export const whenQuestionOf = (event: string, language: Language): string => `${language === 'sv' ? 'När' : 'When'}: ${event}?`;

/**
 * The span an anchor names, from the anchor event's (partial) date: "two days after" 27 June 2016 is
 * 29 June; "the month after" July 2016 is August; a bare "before" is all the time before it. A span
 * is widened to whole months or years when the anchor is dated only that precisely.
 */
export function periodRelativeTo(anchor: Anchor, date: string, untilDate?: string): Period {
  const at = partialDateRange(date);
  const { direction, count, stretch, unit } = anchor;
  if (anchor.until !== undefined) {
    // From the anchor to the other end, both included: an anchor dated to its month keeps the rest of that month.
    const own = ownEnd(anchor.until);
    return { start: at.start, end: own ? endOfUnit(at.end, own) : partialDateRange(untilDate ?? date).end };
  }
  if (unit === null) return direction === 'after' ? { start: dayAfter(at.end), end: ALL_TIME.end } : { start: ALL_TIME.start, end: dayBefore(at.start) };
  const sign = direction === 'after' ? 1 : -1;
  // "Three weeks before the elections" is a reckoning, as a writer's "less than three weeks before" is: weeks beyond
  // one are not counted to the day.
  const approximate = anchor.approximate || (unit === 'week' && count !== null && count >= 2);
  const span =
    count === null
      ? direction === 'after'
        ? { start: dayAfter(at.end), end: endOfUnit(shift(at.end, unit, stretch), unit) }
        : { start: startOfUnit(shift(at.start, unit, -stretch), unit), end: dayBefore(at.start) }
      : approximate
        ? reckoned(at, unit, count, sign, date.length >= 10)
        : { start: shift(at.start, unit, sign * count), end: shift(at.end, unit, sign * count) };
  // "Roughly two months after" speaks in months: the span takes in the whole months it touches.
  return widen(span, approximate && count !== null && (unit === 'month' || unit === 'year') ? Math.min(7, date.length) : date.length);
}

/**
 * "About a week before": the span round the day the count lands on, as the date layer reads an approximate
 * count in a document. From an anchor dated to the day, a count too small for a margin of its unit ("roughly a
 * month after") is reckoned in the next smaller one (thirty days, twelve months): "roughly" asks for a span, not a day.
 */
function reckoned(at: Period, unit: AnchorUnit, count: number, sign: number, toTheDay: boolean): Period {
  const coarse = approximately(unit, count, sign);
  const finer = toTheDay && coarse.spread === undefined && (unit === 'month' || unit === 'year') ? approximately(unit === 'month' ? 'day' : 'month', count * (unit === 'month' ? 30 : 12), sign) : coarse;
  const { unit: by, offset, spread = 0 } = finer;
  const [near, far] = [offset, offset + sign * spread];
  return sign > 0 ? { start: shift(at.start, by, near), end: shift(at.end, by, far) } : { start: shift(at.start, by, far), end: shift(at.end, by, near) };
}

function shift(day: string, unit: AnchorUnit, by: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (unit === 'day' || unit === 'week') {
    const date = new Date(Date.UTC(y, m - 1, d + by * (unit === 'week' ? 7 : 1)));
    return date.toISOString().slice(0, 10);
  }
  const months = unit === 'year' ? by * 12 : by;
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  // 31 January + 1 month is the last day of February, not 3 March.
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * The far end of a stretch of months or years reaches the end of its calendar unit: an event dated only
 * "July 2019" happened in "the month after" 6 June 2019.
 */
function endOfUnit(day: string, unit: AnchorUnit): string {
  if (unit === 'month') return partialDateRange(day.slice(0, 7)).end;
  return unit === 'year' ? partialDateRange(day.slice(0, 4)).end : day;
}

function startOfUnit(day: string, unit: AnchorUnit): string {
  if (unit === 'month') return partialDateRange(day.slice(0, 7)).start;
  return unit === 'year' ? partialDateRange(day.slice(0, 4)).start : day;
}

/** A span to whole months (an anchor dated YYYY-MM) or years (YYYY). */
function widen(span: Period, precision: number): Period {
  if (precision >= 10) return span;
  const unit = precision >= 7 ? 7 : 4;
  return { start: partialDateRange(span.start.slice(0, unit)).start, end: partialDateRange(span.end.slice(0, unit)).end };
}
