/**
 * Drops drafts glued to a letter or digit. chrono's word boundary is ASCII-only, so its
 * Swedish weekday parser reads the "fr" of "frös" as Friday; this filter makes every
 * parser obey Unicode word boundaries.
 */
import type { DateRefiner } from '../pipeline.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

export const boundaryRefiner: DateRefiner = {
  name: 'unicode-boundary',
  refine(drafts, { text }) {
    return drafts.filter((d) => !WORD_CHAR.test(text[d.start - 1] ?? '') && !WORD_CHAR.test(text[d.end] ?? ''));
  },
};
