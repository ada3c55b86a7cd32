import type { Line } from './lines.ts';

/**
 * Pipe tables (Markdown's, or a plain text's "a | b | c" rows between bars), which moderators paste
 * from notes and wikis. A row is one entry of the text; its cells read as a label and sentences, so
 * that "| 2014 | About 4.5 million came. | A record. |" tells its happening as a dated list entry does.
 * Every character keeps its offset: a bar becomes the stop or colon that ends its cell, or a space.
 */

/** A row: text between a bar that opens the line and one that closes it, with a bar between cells. */
export function isTableRow(text: string): boolean {
  return /^\s*\|[^|]*\|.*\|\s*$/u.test(text);
}

/** The rule under a table's header row: dashes in every cell, colons for alignment. */
export function isTableRule(text: string): boolean {
  return /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?$/u.test(text);
}

/** The lines of a text that are no entry of its story: each table's rule and the header row above it (column names). */
export function tableFrameLines(texts: readonly string[]): Set<number> {
  const frame = new Set<number>();
  texts.forEach((text, i) => {
    if (!isTableRule(text)) return;
    frame.add(i);
    if (i > 0 && isTableRow(texts[i - 1] ?? '')) frame.add(i - 1);
  });
  return frame;
}

/** A first cell this short is a label of the row (a date, a name), read as "label: the rest". */
const LABEL_WORDS = 6;

/**
 * A table row as a line of text: the outer bars off, each cell ended by a stop unless it ends a
 * sentence already, and a short first cell made the row's label ("2014: About 4.5 million …").
 */
export function tableRowLine(line: Line): Line {
  const open = line.text.indexOf('|');
  const close = line.text.lastIndexOf('|');
  const chars = line.text.slice(0, close).split('').map((char, i) => (i <= open ? ' ' : char));
  const bars = chars.flatMap((char, i) => (char === '|' ? [i] : []));
  const ends = [...bars, close];
  let cellStart = open + 1;
  ends.forEach((end, n) => {
    const cell = line.text.slice(cellStart, end);
    const content = cell.trimEnd();
    if (end < chars.length) chars[end] = ' ';
    if (content.trim() !== '' && !/[.!?:;]["'”’)]*$/u.test(content)) {
      const isLabel = n === 0 && ends.length > 1 && content.trim().split(/\s+/u).length <= LABEL_WORDS;
      const at = cellStart + content.length;
      if (at < chars.length) chars[at] = isLabel ? ':' : '.';
      else chars.push(isLabel ? ':' : '.');
    }
    cellStart = end + 1;
  });
  const text = chars.join('');
  const lead = text.length - text.trimStart().length;
  return { text: text.slice(lead).trimEnd(), start: line.start + lead };
}
