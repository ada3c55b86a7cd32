import type { BlockKind, Language } from './types.ts';
import { dropPrefix, dropSuffix, isBlank, splitLines, type Line } from './lines.ts';
import {
  deskSignatureLength,
  furnitureKey,
  isBannerCode,
  isByline,
  isCaption,
  isDateline,
  isForeignScript,
  isMarkupLine,
  isPageFurniture,
  isReleaseFurniture,
  markupPrefixLength,
  repeatedShortLines,
} from './furniture.ts';
import {
  bulletLength,
  clockStampLength,
  datelineLength,
  headingColonLength,
  infoboxLines,
  isBackMatterHeading,
  isClockLine,
  isDateHeading,
  isListHeading,
  isPlainHeading,
  isQuestionLine,
  isRevisionNote,
  isSigningLine,
  isSectionHeading,
  isSubtitleLine,
  markdownHeading,
  sourceLabel,
  speakerLabelLength,
  transcriptSpeakers,
  turnLabelLength,
} from './layout.ts';
import { MappedTextBuilder, type MappedText } from './mapped-text.ts';
import { splitSentences } from './sentences.ts';
import { isTableRow, isTableRule, tableFrameLines, tableRowLine } from './tables.ts';
import { foldLetters } from '../text/fold.ts';

export interface CleanParagraph {
  kind: BlockKind;
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
}

export interface CleanedText extends MappedText {
  paragraphs: CleanParagraph[];
}

export interface CleanOptions {
  /** The document's title, recognised when the text repeats it as a headline. */
  title?: string;
  /** The document's language, for cutting a line into sentences (English unless told). */
  language?: Language;
}

/**
 * Turns an original file into clean article text, deterministically:
 * markup and page furniture out, headline and captions marked, hard-wrapped
 * lines (PDF extraction) rejoined, quotes and whitespace normalised.
 * Every character keeps its offset in the original.
 */
export function cleanText(original: string, options: CleanOptions = {}): CleanedText {
  // A table's bars frame its cells, where a scraper's lone bar before a line is markup.
  const unmarked = (line: Line) => (isTableRow(line.text) || isTableRule(line.text) ? line : dropPrefix(line, markupPrefixLength(line)));
  const lines = keepArticleLines(splitLines(original).map(unmarked));
  dropDeskSignature(lines);
  const blocks = assembleBlocks(lines, options.title, options.language ?? 'en');

  const out = new MappedTextBuilder();
  const paragraphs: CleanParagraph[] = [];
  for (const block of blocks) {
    if (paragraphs.length > 0) {
      out.push('\n', out.lastOrigin() + 1);
      out.push('\n', out.lastOrigin());
    }
    const start = out.length;
    appendBlock(out, block.lines);
    out.trimEnd();
    if (out.length > start) paragraphs.push({ kind: block.kind, start, end: out.length });
  }
  return { ...out.build(), paragraphs };
}

function keepArticleLines(lines: Line[]): Line[] {
  const repeated = repeatedShortLines(lines);
  const tableFrame = tableFrameLines(lines.map((line) => line.text));
  const isFurniture = (line: Line, i: number) =>
    tableFrame.has(i) ||
    isBlank(line) ||
    isMarkupLine(line) ||
    isPageFurniture(line) ||
    repeated.has(furnitureKey(line)) ||
    isForeignScript(line) ||
    isBannerCode(line) ||
    isByline(line) ||
    isDateline(line) ||
    isReleaseFurniture(line) ||
    isClockLine(line.text);
  return lines.filter((line, i) => !isFurniture(line, i));
}

function dropDeskSignature(lines: Line[]): void {
  const last = lines.length - 1;
  const line = lines[last];
  if (line) lines[last] = dropSuffix(line, deskSignatureLength(line));
}

interface Block {
  kind: BlockKind;
  lines: Line[];
}

function assembleBlocks(lines: Line[], title: string | undefined, language: Language): Block[] {
  const speakers = transcriptSpeakers(lines);
  const marked = lines.map((line) => markLayout(line, speakers));
  const blocks: Block[] = [];
  const headline = headlineLines(marked.map((m) => m.line), title);
  // The issuer's masthead tells about the text, as a subtitle does, not about its story.
  for (const item of marked.slice(0, headline.start)) blocks.push({ kind: 'subtitle', lines: [item.line] });
  if (headline.length > 0) blocks.push({ kind: 'title', lines: marked.slice(headline.start, headline.start + headline.length).map((m) => m.line) });
  const titleLines = headline.start + headline.length;
  const body = marked.slice(titleLines);
  if (isHardWrapped(body.map((m) => m.line))) {
    for (const paragraph of rewrap(body.map((m) => m.line))) blocks.push({ kind: isCaption(paragraph.map((line) => line.text).join(' ')) ? 'caption' : 'body', lines: paragraph });
    return blocks;
  }
  const infobox = infoboxLines(body.map((m) => (m.mark === null ? m.line.text : '')));
  body.forEach((item, i) => {
    if (infobox.has(i)) return void blocks.push({ kind: 'field', lines: [item.line] });
    const next = body[i + 1];
    const first = i === 0;
    const besideEntry = next?.mark === 'entry' || body[i - 1]?.mark === 'entry';
    blocks.push(...layoutBlocks(item, next, { afterTitle: first && headline.length > 0, opensStory: !blocks.some((b) => b.kind === 'body'), besideEntry, language }));
  });
  return markBackMatter(blocks);
}

/**
 * A text's back matter: under a heading such as "References" or "Källor", up to the next heading,
 * every paragraph names a source, not a happening.
 */
function markBackMatter(blocks: Block[]): Block[] {
  let inBackMatter = false;
  return blocks.map((block) => {
    const text = block.lines.map((line) => line.text).join(' ');
    if (block.kind !== 'title' && isBackMatterHeading(text)) {
      inBackMatter = true;
      return { ...block, kind: 'heading' };
    }
    if (block.kind === 'heading' || block.kind === 'title') inBackMatter = false;
    return inBackMatter && (block.kind === 'body' || block.kind === 'entry') ? { ...block, kind: 'source' } : block;
  });
}

/** A line with the mark that made it a heading or a list entry cut off. */
interface MarkedLine {
  line: Line;
  mark: 'heading' | 'entry' | null;
}

function markLayout(line: Line, speakers: ReadonlySet<string>): MarkedLine {
  const heading = markdownHeading(line);
  if (heading) return { line: dropPrefix(line, heading.prefix), mark: 'heading' };
  if (isTableRow(line.text)) return { line: tableRowLine(line), mark: 'entry' };
  const bullet = bulletLength(line);
  if (bullet > 0) return { line: dropPrefix(line, bullet), mark: 'entry' };
  return { line: dropPrefix(line, turnLabelLength(line) || speakerLabelLength(line, speakers) || clockStampLength(line)), mark: null };
}

/** The block (or, for a dateline, blocks) one line of a text written one paragraph a line makes. */
function layoutBlocks(item: MarkedLine, next: MarkedLine | undefined, place: { afterTitle: boolean; opensStory: boolean; besideEntry: boolean; language: Language }): Block[] {
  const { line, mark } = item;
  if (mark === 'entry') return [{ kind: isListHeading(line.text, place.besideEntry) ? 'heading' : 'entry', lines: [line] }];
  if (isDateHeading(line.text)) return [{ kind: 'heading', lines: [line] }];
  if (mark === 'heading') return [{ kind: isQuestionLine(line.text) ? 'question' : 'heading', lines: [line] }];
  if (isSectionHeading(line, next?.mark === 'entry' ? next.line : undefined)) return [{ kind: 'heading', lines: [dropSuffix(line, headingColonLength(line))] }];
  const nextIsHeading = next !== undefined && (next.mark === 'heading' || isSectionHeading(next.line, undefined));
  if (place.afterTitle && isSubtitleLine(line.text, nextIsHeading)) return [{ kind: 'subtitle', lines: [line] }];
  if (isQuestionLine(line.text)) return questionBlocks(line, place.language);
  if (isPlainHeading(line.text, next?.line.text)) return [{ kind: 'heading', lines: [line] }];
  // A note on when the text was revised dates the text, as a dateline does, not a happening of its story.
  if (isRevisionNote(line.text) || isSigningLine(line.text)) return [{ kind: 'dateline', lines: [line] }];
  if (isCaption(line.text)) return [{ kind: 'caption', lines: [line] }];
  const label = sourceLabel(line.text);
  if (label !== undefined) {
    const date = dropSuffix(dropPrefix(line, label.dateStart), line.text.length - label.dateEnd);
    return [
      { kind: 'heading', lines: [date] },
      { kind: 'body', lines: [dropPrefix(line, label.length)] },
    ];
  }
  const dateline = place.opensStory ? datelineLength(line.text) : 0;
  if (dateline > 0) {
    const head = dropSuffix(line, line.text.length - dateline);
    return [
      { kind: 'dateline', lines: [dropSuffix(head, head.text.length - head.text.replace(/[\s–—-]+$/u, '').length)] },
      { kind: 'body', lines: [dropPrefix(line, dateline)] },
    ];
  }
  return [{ kind: 'body', lines: [line] }];
}

/**
 * A question line, or a line that opens with statements and ends with a question, as an interviewer's
 * turn does ("Erdogan flew to Sochi on Monday to revive it. Did anything come of that?"): the
 * statements tell the story, the question heads the answer below it.
 */
function questionBlocks(line: Line, language: Language): Block[] {
  const spans = splitSentences(line.text, language);
  let cut = spans.length;
  while (cut > 0 && /\?["'”’)\]]*$/u.test(line.text.slice(spans[cut - 1]?.start, spans[cut - 1]?.end))) cut--;
  const at = spans[cut]?.start;
  if (cut === 0 || at === undefined) return [{ kind: 'question', lines: [line] }];
  return [
    { kind: 'body', lines: [dropSuffix(line, line.text.length - at)] },
    { kind: 'question', lines: [dropPrefix(line, at)] },
  ];
}

/** The lines that spell out the title (a headline may wrap over two lines), from the first line or below a masthead. */
function headlineLines(lines: Line[], title: string | undefined): { start: number; length: number } {
  for (let start = 0; start <= MASTHEAD_LINES && isMasthead(lines.slice(0, start)); start++) {
    const length = titleLength(lines.slice(start), title);
    if (length > 0) return { start, length };
  }
  return { start: 0, length: 0 };
}

/** How many leading lines spell out the title. */
function titleLength(lines: Line[], title: string | undefined): number {
  if (!title) return 0;
  const wanted = foldLetters(title);
  let seen = '';
  for (let i = 0; i < Math.min(lines.length, 3); i++) {
    seen += foldLetters(lines[i]?.text ?? '');
    if (seen === wanted) return i + 1;
    if (!wanted.startsWith(seen)) return 0;
  }
  return 0;
}

/**
 * A press release or a newsletter may name its issuer above the headline ("Directorate of
 * Communications | Presidency of …"): a line or two, short and no sentence.
 */
const MASTHEAD_LINES = 2;

function isMasthead(lines: Line[]): boolean {
  return lines.every((line) => line.text.trim().length <= 100 && !/[.!?]["”’]?\s*$/u.test(line.text));
}

const SENTENCE_END = /[.!?:;"”’)]\s*$/u;

/**
 * PDF extractions break lines at a fixed width, mostly mid-sentence. A short line without a full
 * stop is a heading ("1. What came before it"), not a break at the width, so only lines that reach
 * near the width count.
 */
function isHardWrapped(lines: Line[]): boolean {
  if (lines.length < 5) return false;
  const width = lineWidth(lines);
  const open = lines.filter((line) => !SENTENCE_END.test(line.text) && line.text.trim().length >= 0.6 * width).length;
  return open / lines.length > 0.4;
}

/** The width a hard-wrapped text was broken at: nine lines in ten are no longer. */
function lineWidth(lines: Line[]): number {
  const lengths = lines.map((line) => line.text.trim().length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

/** Rejoins hard-wrapped lines; a paragraph ends at a short line that ends a sentence. */
function rewrap(lines: Line[]): Line[][] {
  const width = lineWidth(lines);
  const paragraphs: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    current.push(line);
    const trimmed = line.text.trim();
    if (SENTENCE_END.test(trimmed) && trimmed.length < 0.85 * width) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

const QUOTES: Record<string, string> = {
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
};
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]|[\p{Cc}]/u;

/** Appends the lines of one paragraph: a word broken at a line end is rejoined, other line ends become spaces. */
function appendBlock(out: MappedTextBuilder, lines: Line[]): void {
  const start = out.length;
  for (const line of lines) {
    const brokenWord = /[\p{L}\p{N}][-\u2010\u2013\u2014]$/u.test(out.tail(2));
    if (out.length > start && !brokenWord) appendChar(out, ' ', line.start - 1);
    for (let i = 0; i < line.text.length; i++) appendChar(out, line.text[i] ?? '', line.start + i);
    out.trimEnd();
  }
}

function appendChar(out: MappedTextBuilder, char: string, origin: number): void {
  if (/\s/u.test(char)) {
    const last = out.lastChar();
    if (last !== undefined && last !== ' ' && last !== '\n') out.push(' ', origin);
    return;
  }
  if (INVISIBLE.test(char)) return;
  out.push(QUOTES[char] ?? char, origin);
}
