/**
 * Regular-expression building blocks. JavaScript's \b only knows ASCII letters, so
 * "frös" would look like "fr" + boundary; these lookarounds use Unicode classes instead.
 */

/** Not preceded by a letter or digit. */
export const LEFT = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const RIGHT = '(?![\\p{L}\\p{N}])';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/** An alternation of words, longest first so that "sept" is tried before "sep". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
}

/** Global, case-insensitive, Unicode, with match indices (for the named group `date`). */
export function pattern(source: string): RegExp {
  return new RegExp(source, 'giud');
}

export function isUpperCase(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
