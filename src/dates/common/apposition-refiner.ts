/**
 * "On 5 May 2019, two weeks after the vote, the board met": an offset from a named happening
 * set off by a comma right beside another date only places that date, and counting it from
 * the story's last date would invent a third one. It is dropped.
 */
import type { DateDraft } from '../draft.ts';
import type { DateRefiner } from '../pipeline.ts';

const COMMA_ONLY = /^\s*,\s*$/u;

const countsFromHappening = (draft: DateDraft): boolean => draft.relation.kind === 'anaphoric' && draft.relation.event === true;

export const appositionRefiner: DateRefiner = {
  name: 'apposition',
  refine(drafts, { text }) {
    return drafts.filter((draft, i) => {
      if (!countsFromHappening(draft)) return true;
      const before = drafts[i - 1];
      const after = drafts[i + 1];
      const besideBefore = before !== undefined && !countsFromHappening(before) && COMMA_ONLY.test(text.slice(before.end, draft.start));
      const besideAfter = after !== undefined && !countsFromHappening(after) && COMMA_ONLY.test(text.slice(draft.end, after.start));
      return !besideBefore && !besideAfter;
    });
  },
};
