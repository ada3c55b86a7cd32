import type { Passage } from '../corpus/types.ts';

/** Longest quote an answer carries; a longer sentence is cut to the clauses around what matters. */
export const MAX_QUOTE_LENGTH = 300;

/** Longest quote of two adjacent sentences, when the fact is in one and the event it answers about in the other. */
export const MAX_PAIR_LENGTH = 450;

/**
 * A verbatim piece of a passage, at most MAX_QUOTE_LENGTH characters: the
 * whole sentence when it fits, else the clauses around [from, to) (offsets in
 * the passage), cut at clause or word boundaries.
 */
export function quoteOf(passage: Passage, from = 0, to = passage.text.length): string {
  const text = passage.text;
  if (text.length <= MAX_QUOTE_LENGTH) return text;
  let start = Math.max(0, from);
  let end = Math.min(text.length, Math.max(to, start + 1));
  if (end - start > MAX_QUOTE_LENGTH) end = cutBack(text, start + MAX_QUOTE_LENGTH, start);
  // Grow by whole clauses, after then before, while the quote fits.
  for (let grown = true; grown; ) {
    grown = false;
    const next = nextBoundary(text, end);
    if (next - start <= MAX_QUOTE_LENGTH && next > end) {
      end = next;
      grown = true;
    }
    const previous = previousBoundary(text, start);
    if (end - previous <= MAX_QUOTE_LENGTH && previous < start) {
      start = previous;
      grown = true;
    }
  }
  return text.slice(start, end).replace(/^[\s,;:]+|[\s,;:]+$/gu, '');
}

function nextBoundary(text: string, from: number): number {
  const match = /[,;:](?=\s)|$/u.exec(text.slice(from + 1));
  return match ? from + 1 + match.index + (match[0] ? 1 : 0) : text.length;
}

function previousBoundary(text: string, before: number): number {
  const head = text.slice(0, Math.max(0, before - 1));
  const cut = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(': '));
  return cut < 0 ? 0 : cut + 2;
}

function cutBack(text: string, at: number, floor: number): number {
  const space = text.lastIndexOf(' ', at);
  return space > floor ? space : at;
}
