import type { Language } from '../corpus/types.ts';
import { extractDates, isSwedishStrongPreterite, type DateMention } from '../dates/index.ts';
import { straightenVerbSecond } from '../events/verb-second.ts';

/**
 * What a question may show as an event: a complete, short, self-contained sentence (a headline),
 * and one that names no date when the date is what is asked.
 */

export const MAX_OPTION_LENGTH = 160;
/** A stem shows one event and has room for a longer sentence than an option. */
export const MAX_STEM_EVENT_LENGTH = 250;

const OPENING = `"“”«»'‘’`;
/** A clause that cannot stand alone unless a main clause follows it after a comma. */
const SUBORDINATE_START: Record<Language, RegExp> = {
  en: /^(?:after|before|when|while|as|since|although|though|because|if|until|once|following)\b/iu,
  sv: /^(?:efter|innan|när|medan|eftersom|sedan|om|fast|trots att|då)\b/iu,
};
/** Speaking in the first person: a remark quoted without its quotation marks, not a headline. */
const FIRST_PERSON: Record<Language, RegExp> = {
  en: /(?<![\p{L}])(?:I|we|We|our|Our|my|My|us)(?![\p{L}])/u,
  sv: /(?<![\p{L}])(?:jag|Jag|vi|Vi|vår|Vår|vårt|våra|mig|oss)(?![\p{L}])/u,
};
/** A sentence that leans on the one before: who "he" or "the two men" are, what "two days later" is later than, what "but" answers. */
const LEANING: Record<Language, RegExp> = {
  en: /^(?:he|she|they|it|his|her|their|its|this|these|and|but|however|meanwhile)\b|^(?:the\s+)?(?:two|both|three)\s+(?:men|women)\b|^(?:the\s+)?(?:following|next|previous)\s+(?:day|week|month|year)\b|^\p{L}+\s+(?:days?|weeks?|months?|years?)\s+(?:later|earlier|after)\b/iu,
  sv: /^(?:han|hon|de|det|dess|hans|hennes|deras|detta|dessa|och|men|dock)\b|^(?:de\s+)?(?:två|båda|bägge|tre)\s+(?:männen|kvinnorna)\b|^(?:dagen|veckan|månaden|året)\s+(?:därpå|efter)\b|^\p{L}+\s+(?:dagar|veckor|månader|år)\s+(?:senare|tidigare)\b/iu,
};
/**
 * A shell noun with the definite article points back to what a sentence before told: "regret about
 * the incident" says nothing of which incident (unless a relative clause says: "the incident that …").
 */
const POINTING_BACK: Record<Language, RegExp> = {
  en: /(?<![\p{L}])the\s+(?:incident|episode|affair)(?![\p{L}])(?!\s+(?:that|which)\b)/iu,
  sv: /(?<![\p{L}])(?:incidenten|händelsen|affären)(?![\p{L}])(?!\s+som\b)/iu,
};
/** A sentence opening on a day of the month with no month ("In 29, Putin …"): damaged text, not a date withoutDates can take out. */
const DAMAGED_OPENING: Record<Language, RegExp> = {
  en: /^(?:in|on)\s+\d{1,2}(?:st|nd|rd|th)?\s*,/iu,
  sv: /^(?:i|den)\s+\d{1,2}\s*,/iu,
};
/** Only who spoke and when, not what happened: "X said Monday." */
const BARE_REPORT = /^[^"“”]*\b(?:said|says|told reporters|added|säger|sade|sa)(?:\s+\p{L}+)?\s*[.!?]$/u;

/** Double quotation marks open and close in pairs: an odd count is a quote cut open. */
export function balancedQuotes(text: string): boolean {
  const straight = (text.match(/"/gu) ?? []).length;
  const curlyOpen = (text.match(/[“«]/gu) ?? []).length;
  const curlyClose = (text.match(/[”»]/gu) ?? []).length;
  // Swedish typesetting closes and opens with ”: count those as straight quotes.
  return curlyOpen === 0 ? (straight + curlyClose) % 2 === 0 : straight % 2 === 0 && curlyOpen === curlyClose;
}

/** Why a text is not a complete short headline (empty when it is one). */
export function headlineProblems(text: string, language: Language, maxLength = MAX_OPTION_LENGTH): string[] {
  const problems: string[] = [];
  const body = text.trim();
  if (body.length < 12) problems.push('is too short to tell a happening');
  if (body.length > maxLength) problems.push(`is longer than ${maxLength} characters`);
  if (/…|\.\.\./u.test(body)) problems.push('is cut with “…”');
  if (!balancedQuotes(body)) problems.push('starts or ends inside a quote');
  const first = [...body].find((c) => !OPENING.includes(c)) ?? '';
  if (!/[\p{Lu}\p{N}]/u.test(first) || /^[”’]/u.test(body)) problems.push('does not start a sentence');
  if (!/[.!?]["”»’)]?$/u.test(body)) problems.push('does not end a sentence');
  if (SUBORDINATE_START[language].test(body) && !body.includes(',')) problems.push('is a subordinate clause without its main clause');
  if (FIRST_PERSON[language].test(stripQuotations(body))) problems.push('speaks in the first person');
  if (BARE_REPORT.test(body)) problems.push('says only who spoke');
  if (DAMAGED_OPENING[language].test(body)) problems.push('opens on a damaged date');
  if (LEANING[language].test(body.replace(/^["“”«]/u, '')) || POINTING_BACK[language].test(stripQuotations(body))) problems.push('leans on the sentence before it');
  return problems;
}

export const isHeadline = (text: string, language: Language) => headlineProblems(text, language).length === 0;

/** The text outside quotation marks. */
export function stripQuotations(text: string): string {
  return text.replace(/"[^"]*"|“[^”]*”|«[^»]*»|”[^”]*”/gu, ' ');
}

const PREPOSITIONS: Record<Language, string> = {
  en: '(?:in|on|at|since|by|from|during|until|as of|of|around|about|early|late|mid|the end of|the start of|the beginning of)',
  sv: '(?:i|den|på|sedan|under|från|till|vid|kring|omkring|början av|slutet av|mitten av)',
};
const YEAR = /(?<![\p{L}\p{N}-])(?:1[89]|20)\d\d(?![\p{L}\p{N}])/u;

/** The date expressions of a text, read once: banks for several languages and periods read the same summaries. */
const read = new Map<string, DateMention[]>();
const MAX_READ = 20_000;

export function datesIn(text: string, language: Language): DateMention[] {
  const key = `${language}\n${text}`;
  let found = read.get(key);
  if (!found) {
    // Only where the dates are matters here, not what they resolve to: any reference will do.
    found = extractDates(text, { reference: '2000-01-01', lang: language });
    if (read.size >= MAX_READ) read.clear();
    read.set(key, found);
  }
  return found;
}

/** Whether a text names a date: a calendar expression the date layer reads, or a bare year. */
export function namesDate(text: string, language: Language): boolean {
  return YEAR.test(text) || datesIn(text, language).length > 0;
}

/**
 * The text without its date expressions (with the preposition before each), so that it can
 * stand in a question whose answer is the date: "A truce was brokered in March 2020 in
 * response to…" → "A truce was brokered in response to…". Undefined when a date is left
 * that cannot be taken out cleanly.
 */
export function withoutDates(text: string, language: Language): string | undefined {
  const mentions = [...datesIn(text, language)].sort((a, b) => b.start - a.start);
  const leadOf = (m: DateMention, within: string) => new RegExp(`(?:^|\\s)(?:${PREPOSITIONS[language]}\\s+)*(?:the\\s+)?$`, 'iu').exec(within.slice(0, m.start));
  // A Swedish sentence that opens on its date puts the verb second: without the date, the subject goes first again.
  const opening = language === 'sv' ? mentions.find((m) => leadOf(m, text)?.index === 0) : undefined;
  if (opening) {
    const straight = straightenVerbSecond(text, { isIrregularForm: isSwedishStrongPreterite, adverbialEnd: opening.end, dropAdverbial: true });
    if (straight !== text) return withoutDates(straight, language);
  }
  let out = text;
  for (const m of mentions) {
    const lead = leadOf(m, out);
    const start = lead ? lead.index : m.start;
    let end = m.end;
    // A date that opens the sentence takes its comma along: "In March 2020, X …" → "X …".
    if (start === 0 && out[end] === ',') end++;
    out = `${out.slice(0, start)}${start === 0 ? '' : ' '}${out.slice(end).trimStart()}`;
  }
  out = out.replace(/\s+([,.;:!?])/gu, '$1').replace(/\s{2,}/gu, ' ').replace(/^[\s,]+/u, '').trim();
  if (out === text.trim()) return YEAR.test(out) ? undefined : out;
  out = out.replace(/^[„"“«]?\p{Ll}/u, (c) => c.toUpperCase());
  return namesDate(out, language) ? undefined : out;
}
