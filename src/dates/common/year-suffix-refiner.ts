/**
 * Joins a yearless date to the relative year right after it: "den 27 juni förra året",
 * "I februari i år", "in July last year". Together they state a full date relative to
 * publication, which is certain; apart, "27 juni" would borrow the narrative's year.
 */
import { mergeAdjacentRefiner } from './merge-adjacent.ts';

export const yearSuffixRefiner = mergeAdjacentRefiner('year-suffix', /^[\s,]*$/u, (previous, draft) => {
  const p = previous.relation;
  const r = draft.relation;
  if (p.kind !== 'yearless' || r.kind !== 'deictic' || r.unit !== 'year' || r.period !== undefined) return null;
  return {
    ...previous,
    end: draft.end,
    relation: { kind: 'deictic', unit: 'year', offset: r.offset, period: p.period, ...(p.day !== undefined ? { day: p.day } : {}) },
  };
});
