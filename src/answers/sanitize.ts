/** Longest question considered; the rest of a paste is ignored. */
export const MAX_QUESTION_LENGTH = 500;

/**
 * A question as the engine reads it: Discord mentions, markup, invisible and
 * control characters removed, white space collapsed. What is echoed back
 * can then never ping anyone, whatever the adapter does.
 */
export function sanitizeQuestion(raw: string): string {
  return raw
    .slice(0, MAX_QUESTION_LENGTH * 4)
    .replace(/<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:\d+(?::\w)?>/gu, ' ')
    .replace(/@(?:everyone|here)\b/giu, ' ')
    .replace(/<\/?[a-z][^>]*>/giu, ' ')
    .replace(/[*_~`|>#]+/gu, ' ')
    .replace(/@/gu, ' ')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]|\p{Cc}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, MAX_QUESTION_LENGTH);
}
