/**
 * Just enough sentence structure for the refiners: where the sentence around a mention
 * starts, and the words right before it. A full sentence splitter is not needed — a
 * wrong split only costs a frame or a tense cue, never a value.
 */

/** Abbreviations whose full stop does not end a sentence ("Feb. 28", "Mr. Lowe", "U.S. officials"). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'col', 'lt', 'sgt', 'sen', 'rep', 'gov', 'prof', 'no', 'vs', 'etc', 'inc', 'corp', 'co', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'bl', 'ca', 'jfr', 'dvs', 'resp', 't', 'ex',
]);

function endsSentenceAt(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '\n' || ch === '!' || ch === '?' || ch === '…') return true;
  if (ch !== '.') return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials and dotted acronyms: "U.S.", "J. Smith".
  if (/^(?:\p{L}\.)*\p{L}$/u.test(word) && word.length <= 5 && word.replace(/\./g, '').length <= 3) return false;
  return true;
}

/** Index where the sentence containing `index` starts (after its leading whitespace and quotes). */
export function sentenceStart(text: string, index: number): number {
  for (let i = index - 1; i >= 0; i--) {
    if (endsSentenceAt(text, i) && (i + 1 >= text.length || /[\s"”’)]/u.test(text[i + 1] ?? ''))) {
      let start = i + 1;
      while (start < index && /[\s"“”'‘’(|\-–—]/u.test(text[start] ?? '')) start++;
      return start;
    }
  }
  let start = 0;
  while (start < index && /[\s"“”'‘’(|\-–—]/u.test(text[start] ?? '')) start++;
  return start;
}

/** The text of the current sentence before `index`. */
export function clauseBefore(text: string, index: number): string {
  return text.slice(sentenceStart(text, index), index);
}

/** The last `count` words before `index` within the sentence, lower-cased. */
export function wordsBefore(text: string, index: number, count: number): string[] {
  const words = clauseBefore(text, index).toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  return words.slice(-count);
}

/** The first `count` words after `index` up to the end of its sentence, lower-cased. */
export function wordsAfter(text: string, index: number, count: number): string[] {
  let end = index;
  while (end < text.length && !endsSentenceAt(text, end)) end++;
  return (text.slice(index, end).toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []).slice(0, count);
}
