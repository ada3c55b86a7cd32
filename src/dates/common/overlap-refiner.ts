/**
 * Resolves competing readings of the same words, like chrono's OverlapRemovalRefiner:
 * the longest reading wins ("late last July" over "July", "December 2017" over "2017");
 * on equal length the parser listed first wins.
 */
import type { DateDraft } from '../draft.ts';
import type { DateRefiner } from '../pipeline.ts';

export const overlapRefiner: DateRefiner = {
  name: 'overlap',
  refine(drafts) {
    const byStrength = [...drafts].sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
    const kept: DateDraft[] = [];
    for (const draft of byStrength) {
      if (kept.every((k) => draft.end <= k.start || draft.start >= k.end)) kept.push(draft);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
