/**
 * Absorbs the words that narrow a period — "the end of May", "late 2019", "early December",
 * "i slutet av maj" — into the mention as its qualifier. The value stays the period
 * (TimeML puts the narrowing in a separate attribute too), so "the end of May" is 2017-05.
 */
import type { Relation } from '../draft.ts';
import type { DateRefiner } from '../pipeline.ts';
import { LEXICONS } from '../lexicon.ts';

const QUALIFIABLE = new Set(['year', 'season', 'quarter', 'month', 'decade', 'century']);

/** The unit a draft will have once resolved, as far as qualifiers care. */
function unitOf(relation: Relation): string {
  switch (relation.kind) {
    case 'absolute':
      return relation.value.unit;
    case 'yearless':
      return relation.day !== undefined ? 'day' : relation.period.kind;
    case 'recurring':
      return relation.period.kind;
    case 'deictic':
      return relation.period ? (relation.day !== undefined ? 'day' : relation.period.kind) : relation.unit;
    case 'current-period':
      return relation.unit;
    default:
      return 'day';
  }
}

export const qualifierRefiner: DateRefiner = {
  name: 'qualifier',
  refine(drafts, { text, lang }) {
    return drafts.map((draft, i) => {
      if (draft.qualifier || !QUALIFIABLE.has(unitOf(draft.relation))) return draft;
      // Never reach back into the previous mention.
      const from = Math.max(drafts[i - 1]?.end ?? 0, draft.start - 40);
      const before = text.slice(from, draft.start);
      for (const [phrase, qualifier] of LEXICONS[lang].qualifiers) {
        const m = phrase.exec(before);
        if (!m) continue;
        const start = from + m.index;
        // "Chocolate May" is not "late May".
        if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) continue;
        return { ...draft, start, qualifier };
      }
      return draft;
    });
  },
};
