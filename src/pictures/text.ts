/** Fitting words into a width: wrapping and shortening with a visible cut. */
import type { Measure, Weight } from './font.ts';

export interface TextStyle {
  size: number;
  weight: Weight;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `width` (the first line may be
 * narrower, to leave room for what precedes it). Text that does not fit ends in "…" at a word
 * boundary, so a cut is never mistaken for the whole.
 */
export function wrap(text: string, style: TextStyle, width: { first: number; rest: number }, maxLines: number, measure: Measure): string[] {
  const fits = (line: string, index: number) => measure(line, style.size, style.weight) <= (index === 0 ? width.first : width.rest);
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate, lines.length)) {
      current = candidate;
      continue;
    }
    // A line too short for even the first word starts empty (the first line shares its room).
    if (lines.length < maxLines - 1) {
      lines.push(current);
      current = '';
      i -= 1;
      continue;
    }
    lines.push(withEllipsis(current || word, (line) => fits(line, lines.length)));
    return lines;
  }
  if (current) lines.push(current);
  return lines;
}

/** The longest start of `text`, cut at a word where it can be, that fits with "…" after it. */
function withEllipsis(text: string, fits: (line: string) => boolean): string {
  let cut = text.replace(/[\s,;:.–-]+$/u, '');
  while (cut.length > 0 && !fits(`${cut}…`)) {
    const space = cut.lastIndexOf(' ');
    cut = (space > 0 ? cut.slice(0, space) : cut.slice(0, -1)).replace(/[\s,;:.–-]+$/u, '');
  }
  return `${cut}…`;
}

/** A summary as a label: one line of words, without the quotation marks and stray punctuation around it. */
export function labelText(summary: string): string {
  return summary
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’.,;:]+/u, '')
    .replace(/[\s"'“”‘’.,;:]+$/u, '')
    .trim();
}
