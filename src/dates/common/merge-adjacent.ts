/** A refiner that joins a draft to the one right before it when only `gap` separates them. */
import type { DateDraft } from '../draft.ts';
import type { DateRefiner } from '../pipeline.ts';

type Merge = (previous: DateDraft, draft: DateDraft) => DateDraft | null;

export function mergeAdjacentRefiner(name: string, gap: RegExp, merge: Merge): DateRefiner {
  return {
    name,
    refine(drafts, { text }) {
      const out: DateDraft[] = [];
      for (const draft of drafts) {
        const previous = out[out.length - 1];
        const merged = previous && gap.test(text.slice(previous.end, draft.start)) ? merge(previous, draft) : null;
        if (merged) out[out.length - 1] = merged;
        else out.push(draft);
      }
      return out;
    },
  };
}
