import { splitLines, type Line } from './lines.ts';

/**
 * Recognisers for the layouts moderators' documents come in: Markdown headings, a chronology's
 * "date — place:" headings and bulleted entries, a Q&A's questions, a wire story's dateline.
 * Each gives a length to cut (a mark that is not text) or a yes/no, so that cleaning keeps
 * every character's offset in the original.
 */

/** `#` to `######` and a space: a Markdown heading, and its level. */
export function markdownHeading(line: Line): { level: number; prefix: number } | undefined {
  const match = /^\s*(#{1,6})\s+(?=\S)/u.exec(line.text);
  return match ? { level: (match[1] as string).length, prefix: match[0].length } : undefined;
}

/** A date of a few words that opens an entry, and its colon: "9 augusti 2016: ", "2005: ", "12 July 2019: ". */
const DATE_LABEL = /^\d[\p{L}\d ,.]{0,30}:\s/u;

/** Length of a list mark (`●`, `•`, `-`, `*`, `–`, or a number and a point) and the space after it. */
export function bulletLength(line: Line): number {
  const match = /^\s*(?:([●•▪◦■►‣])|([*–-])|\d{1,2}[.)])\s+(?=\S)/u.exec(line.text);
  if (!match) return 0;
  const rest = line.text.slice(match[0].length);
  // "-5 degrees" or "2015. The year…" are text: a mark stands before a word. A bullet glyph is never
  // a minus or a numeral, so a chronology's "● 2016: …" is an entry that opens on its date, and so is
  // a dash's when a date label and its colon follow ("- 9 augusti 2016: …", "- 2005: …").
  const opensOnDateLabel = match[2] !== undefined && DATE_LABEL.test(rest);
  return match[1] !== undefined || opensOnDateLabel || /^\p{L}|^["'“‘(]/u.test(rest) ? match[0].length : 0;
}

/**
 * Length of an interview's turn label ("Q: ", "A: ", "Question: ", "Svar: ") and the space after it:
 * who speaks is layout, the words after it are the question or the answer.
 */
export function turnLabelLength(line: Line): number {
  return /^\s*(?:Q|A|Question|Answer|Fråga|Svar)\s*:\s+(?=\S)/u.exec(line.text)?.[0].length ?? 0;
}

/** A name of up to four capitalised words and a colon opening a line: "MARIA HOLM: ", "Holm: ", "Kerem Aydin: ". */
const SPEAKER_LABEL = /^\s*(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})\s*:\s+(?=\S)/u;

/** Who a speaker label names: its last word, as "MARIA HOLM:" and later "HOLM:" name one speaker. */
function speakerOf(label: string): string {
  return (label.split(' ').pop() ?? label).toLowerCase();
}

/**
 * The speakers of a transcript: names before a colon that open the lines of two or more speakers,
 * each at least twice. A single "Update: …" or "Anna: …" line of a story is text, and a
 * chronology's "September 12, 2017 — Ankara:" heading has no words after its colon.
 */
export function transcriptSpeakers(lines: Line[]): Set<string> {
  const turns = new Map<string, number>();
  for (const line of lines) {
    const label = SPEAKER_LABEL.exec(line.text)?.[1];
    if (label !== undefined) turns.set(speakerOf(label), (turns.get(speakerOf(label)) ?? 0) + 1);
  }
  const speakers = new Set([...turns].filter(([, count]) => count >= 2).map(([speaker]) => speaker));
  return speakers.size >= 2 ? speakers : new Set();
}

/**
 * The name each speaker of a transcript goes by: the longest label that names them ("KEREM AYDIN" rather
 * than "AYDIN"), in capitals only where the label writes the name in mixed case.
 */
function speakerNames(lines: Line[], speakers: ReadonlySet<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of lines) {
    const label = SPEAKER_LABEL.exec(line.text)?.[1];
    if (label === undefined || !speakers.has(speakerOf(label)) || (names.get(speakerOf(label))?.length ?? 0) >= label.length) continue;
    names.set(speakerOf(label), label === label.toUpperCase() ? label.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase()) : label);
  }
  return names;
}

/**
 * Who speaks at an offset of a transcript's original text: the speaker whose label opens the line,
 * if the line opens with one of `speakers`.
 */
function speakerAt(original: string, offset: number, speakers: ReadonlySet<string>): string | undefined {
  const lineStart = original.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = original.indexOf('\n', lineStart);
  const match = SPEAKER_LABEL.exec(original.slice(lineStart, lineEnd < 0 ? undefined : lineEnd));
  if (!match || lineStart + match[0].length > offset) return undefined;
  const speaker = speakerOf(match[1] as string);
  return speakers.has(speaker) ? speaker : undefined;
}

/**
 * Who speaks at each offset of a document's original text, by the name the transcript gives them ("Kerem
 * Aydin" for "KEREM AYDIN:" and later "AYDIN:"); undefined for a document that is no transcript.
 */
export function transcriptTurns(original: string): ((offset: number) => string | undefined) | undefined {
  const lines = splitLines(original);
  const speakers = transcriptSpeakers(lines);
  if (speakers.size === 0) return undefined;
  const names = speakerNames(lines, speakers);
  return (offset) => {
    const speaker = speakerAt(original, offset, speakers);
    return speaker === undefined ? undefined : names.get(speaker);
  };
}

/**
 * Length of a transcript's speaker label ("HOLM: ") and the space after it, for a line that opens
 * with one of the transcript's speakers: who speaks is layout, as an interview's "Q:" is.
 */
export function speakerLabelLength(line: Line, speakers: ReadonlySet<string>): number {
  const match = SPEAKER_LABEL.exec(line.text);
  return match && speakers.has(speakerOf(match[1] as string)) ? match[0].length : 0;
}

const DATE_WORD = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|maj|okt|januari|februari|mars|april|juni|juli|augusti)\p{L}*\b/iu;

/**
 * A section heading of a chronology ("September 12, 2017 — Ankara:"): one short line ending in a
 * colon, with no sentence in it, that opens with a date or opens a list. "On May 18, Erdogan
 * said:" before a quotation does neither.
 */
export function isSectionHeading(line: Line, next: Line | undefined): boolean {
  const text = line.text.trim();
  if (text.length > 80 || !text.endsWith(':') || /[.!?]\s/u.test(text) || text.split(/\s+/u).length > 10) return false;
  return DATE_WORD.test(text.split(/[\s,]+/u)[0] ?? '') || (next !== undefined && bulletLength(next) > 0);
}

/**
 * A numbered or bulleted line that heads the paragraph below it ("1. What came before it"): a few
 * words with no closing stop, and no list entry next to it. Entries of a list are sentences, or
 * stand next to other entries.
 */
export function isListHeading(text: string, besideEntry: boolean): boolean {
  const trimmed = text.trim();
  return !besideEntry && trimmed.length <= 80 && trimmed.split(/\s+/u).length <= 10 && !/[.!?:;,"”'’)]$/u.test(trimmed);
}

const WEEKDAY = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?$|^(?:mån|tis|ons|tors|fre|lör|sön)(?:dag(?:en)?)?$/iu;
const MONTH = /^(?:jan(?:uary|uari)?|feb(?:ruary|ruari)?|mar(?:ch|s)?|apr(?:il)?|may|maj|june?|juni|july?|juli|aug(?:ust|usti)?|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/iu;

/**
 * A line that is a date and nothing else, in words ("Monday 19 December 2016", "December 19, 2016",
 * "Tisdag 20 december"): a day heading of a live blog or a diary, which dates the entries below it.
 */
export function isDateHeading(text: string): boolean {
  const words = text.trim().replace(/[,.]/gu, ' ').split(/\s+/u).filter((w) => w !== '');
  if (words.length < 2 || words.length > 5 || !words.some((w) => MONTH.test(w))) return false;
  return words.every((w) => WEEKDAY.test(w) || MONTH.test(w) || /^\d{1,2}(?:st|nd|rd|th|e|a)?$|^\d{4}$/iu.test(w) || /^(?:the|of|den)$/iu.test(w));
}

/**
 * A press review's item label: the outlet in capitals and, in brackets, the day the item ran, before a
 * colon ("KOMMERSANT (4 April): ", "RIA NOVOSTI (Thursday 5 April): "). Where the date lies in the line
 * and how long the label is: the date heads the item, as a live blog's day heading heads its entries,
 * and the outlet is layout, as a transcript's speaker label is.
 */
export function sourceLabel(text: string): { dateStart: number; dateEnd: number; length: number } | undefined {
  const match = /^(\s*\p{Lu}[\p{Lu}'’.&-]+(?: \p{Lu}[\p{Lu}'’.&-]*){0,3}\s*\()([^()]{3,40})\)\s*:\s+(?=\S)/u.exec(text);
  if (!match || !isDateHeading(match[2] as string)) return undefined;
  const dateStart = (match[1] as string).length;
  return { dateStart, dateEnd: dateStart + (match[2] as string).length, length: match[0].length };
}

/** A line holding only a time of day ("16:25 GMT", "kl. 14.05", "4:05 pm ET"): a live blog's stamp on its entry. */
export function isClockLine(text: string): boolean {
  return /^\s*(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?\p{Lu}{2,5}(?:[+-]\d{1,2})?\)?)?\s*$/iu.test(text);
}

/**
 * Length of a live blog's time stamp that opens an entry's line, and the dash, colon or space after it:
 * "16:50 GMT – ", "19:30: ", "Kl. 17.10 ", "4.05pm ". A time written with a point ("16.50") counts
 * only with a zone, "am/pm" or "kl.", so that "24.11 – Turkiet …" stays a date and "11.20 Turkish
 * lira …" text.
 */
export function clockStampLength(line: Line): number {
  const match = /^\s*([Kk]l\.?\s*)?(\d{1,2})([:.])\d{2}(\s*[ap]\.?m\.?|\s*\(?(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|TRT|EST|EDT|ET|PST|PDT)(?:[+-]\d{1,2})?\)?)?(\s*[–—-]\s*|:\s*|\s+)(?=\p{Lu}|["“])/u.exec(line.text);
  if (!match) return 0;
  return match[1] !== undefined || match[3] === ':' || match[4] !== undefined ? match[0].length : 0;
}

/** Length of a heading's closing colon and the space before it. */
export function headingColonLength(line: Line): number {
  return /\s*:\s*$/u.exec(line.text)?.[0].length ?? 0;
}

/** A question standing as its own short line: a Q&A entry's heading, not a sentence of the story. */
export function isQuestionLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 160 && /\?$/u.test(trimmed) && !/^["“'‘]/u.test(trimmed);
}

/** A line that could be a subtitle: short, one line, and not a sentence of the story that follows. */
export function isSubtitleLine(text: string, nextIsHeading: boolean): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 200) return false;
  return nextIsHeading || !/[.!?:;"”]$/u.test(trimmed);
}

/**
 * Length of a wire story's dateline at the start of its first paragraph, dash and space
 * included: "ISTANBUL, Jan 8 – ", "MOSCOW (Reuters) - ", "ANKARA, Turkey, March 5 (AP) — ",
 * "STOCKHOLM (TT) – ", or with no dash after an agency in brackets: "MOSKVA (TT) ". The place is
 * written in capitals; what follows it up to the dash is short.
 */
export function datelineLength(text: string): number {
  const match = /^(\p{Lu}[\p{Lu}'’.-]{2,}(?:[ -]\p{Lu}[\p{Lu}'’.-]+){0,2})((?:,? [^–—\-\n]{0,40}?)?(?: \([\p{L} .]{1,20}\))?)(?: ?[–—-]{1,2} |(?<=\)) )(?=\p{Lu}|["“])/u.exec(text);
  if (!match) return 0;
  const rest = match[2] ?? '';
  // After the place: nothing, a date, an agency in brackets or a country; not a clause ("EU leaders, meeting in Rome –").
  return rest === '' || DATE_WORD.test(rest) || /\(/u.test(rest) || /^, \p{Lu}\p{Ll}+$/u.test(rest) ? match[0].length : 0;
}

/**
 * A dateline that opens a story, its place in capitals ("ANKARA, 2 August 2024", "MOSKVA (TT)"), as
 * against the other lines read as datelines: a revision note or a signing line.
 */
export function isStoryDateline(passage: { kind: string; text: string }): boolean {
  return passage.kind === 'dateline' && /^\p{Lu}[\p{Lu}'’.-]{2,}(?![\p{Ll}])/u.test(passage.text);
}

/** A key of up to four words, capitalised, and a colon, then a short value that is no sentence: "Established: 30 January 2021". */
const FIELD = /^\s*\p{Lu}[\p{L}'’()-]*(?: [\p{L}'’()-]+){0,3}\s*:\s+(\S.*?)\s*$/u;

/** Whether a line reads as one field of an infobox: a key, a colon and a value of a few words without a closing stop. */
export function isFieldLine(text: string): boolean {
  const value = FIELD.exec(text)?.[1];
  return value !== undefined && value.length <= 120 && !/[.!?]$|[.!?]\s+\p{Lu}/u.test(value);
}

/**
 * The lines of a reference work's infobox: three or more field lines in a row ("Established: …",
 * "Location: …", "Signatories: …"). One "Update: talks resume" line of a story is text, and a
 * transcript's turns are sentences.
 */
export function infoboxLines(texts: readonly string[]): Set<number> {
  const found = new Set<number>();
  for (let i = 0; i < texts.length; ) {
    let j = i;
    while (j < texts.length && isFieldLine(texts[j] ?? '')) j++;
    if (j - i >= 3) for (let k = i; k < j; k++) found.add(k);
    i = Math.max(j, i + 1);
  }
  return found;
}

/**
 * A heading that is a few plain words on a line of its own above a paragraph ("Background",
 * "Closure", "Early life"), as reference works and reports title their sections: no closing stop,
 * colon or comma, no digit, and a paragraph of at least eight words after it.
 */
export function isPlainHeading(text: string, next: string | undefined): boolean {
  const trimmed = text.trim();
  if (next === undefined || next.trim().split(/\s+/u).length < 8) return false;
  return trimmed.length <= 40 && trimmed.split(/\s+/u).length <= 5 && /^\p{Lu}/u.test(trimmed) && !/\d/u.test(trimmed) && !/[.!?:;,"”'’)]$/u.test(trimmed) && trimmed !== trimmed.toUpperCase();
}

/**
 * The headings of a text's back matter, whose entries list its sources rather than tell its story:
 * the appendix sections of Wikipedia's layout guide (MOS:LAYOUT: "See also", "Notes", "References",
 * "Further reading", "External links", with the common "Sources" and "Bibliography") and of
 * Swedish Wikipedia's ("Se även", "Noter", "Referenser", "Källor", "Vidare läsning", "Externa länkar").
 */
const BACK_MATTER = new Set([
  'see also', 'notes', 'references', 'notes and references', 'footnotes', 'citations', 'sources', 'bibliography', 'further reading', 'external links',
  'se även', 'noter', 'referenser', 'källor', 'källhänvisningar', 'litteratur', 'vidare läsning', 'externa länkar',
]);

/**
 * A press release's boilerplate on its issuer ("About MIT", "About Rosatom", "Om Vattenfall"):
 * what the organisation is and when it was founded, the same in every release, no part of the news.
 */
const ISSUER_BOILERPLATE = /^(?:About|Om) (?:the )?\p{Lu}[\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}&'’.-]+){0,5}$/u;

/** Whether a line heads a text's back matter: its references, sources, notes, further reading or issuer boilerplate. */
export function isBackMatterHeading(text: string): boolean {
  const heading = text.trim().replace(/[:\s]+$/u, '');
  return BACK_MATTER.has(heading.toLowerCase()) || ISSUER_BOILERPLATE.test(heading);
}

/**
 * A note on the text itself, not its story: when it was revised, updated or published ("This article
 * was last revised on 10 May 2024.", "Last updated: 3 March 2020", "Updated 8 January 2020, 14:05
 * GMT"), alone on its line or after a line's note on where the text comes from ("From the … collection.").
 */
const REVISION_NOTE = /(?:^|[.!?]\s+)(?:This (?:article|page|entry|story|report|text|piece|post) (?:was|has been|is) (?:last |first |most recently )?(?:revised|updated|edited|modified|amended|corrected|published|reviewed)|(?:Last|First|Most recently) (?:revised|updated|edited|modified|published|reviewed)|(?:Updated|Revised|Published|Uppdaterad|Publicerad|Senast uppdaterad)(?=[\s:]))[^.!?]*[.]?$/u;

/** Whether a short line is a note on when its text was revised or published, in whole or at its end. */
export function isRevisionNote(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 200 && REVISION_NOTE.test(trimmed);
}

/**
 * The closing formula of a treaty, protocol or joint statement ("Done in Moscow on 5 March 2020, in the
 * Russian, Turkish and English languages.", "Done at Geneva, in duplicate, this 12th day of May",
 * "Upprättat i Stockholm den 3 maj 2021"): it dates and places the text, as a dateline does.
 */
const SIGNING_LINE = /^(?:Done|Upprättat|Upprättad)(?:,?\s+(?:in duplicate|in two copies|i två exemplar))?,?\s+(?:at|in|i)\s+\p{Lu}[^!?]*$/u;

/** Whether a short line is the closing formula that says where and when a text was signed. */
export function isSigningLine(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length <= 200 && SIGNING_LINE.test(trimmed);
}
