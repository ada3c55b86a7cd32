import type { PassageIndex } from '../search/passage-index.ts';
import { support } from '../search/support.ts';
import { fold } from '../text/fold.ts';
import type { TimelineEvent } from './types.ts';

/** Share of what was typed a cited passage must support to be offered as a match found by search. */
const MIN_SUPPORT = 0.5;

/**
 * Autocomplete over events: those whose date, summary or quotes contain what
 * was typed (in either language), then events whose passages search finds
 * and which support most of it, so "moon landing" offers nothing.
 */
export function suggestEvents(events: TimelineEvent[], index: PassageIndex, typed: string, limit: number): Array<{ id: string; label: string }> {
  const needle = fold(typed.trim());
  const label = (e: TimelineEvent) => `${e.date} ${e.summary}`.slice(0, 100);
  if (needle === '') return events.slice(0, limit).map((e) => ({ id: e.id, label: label(e) }));
  const direct = events.filter((e) => fold(`${e.date} ${e.summary} ${e.citations.map((c) => c.quote).join(' ')}`).includes(needle));
  const query = index.analyse(typed);
  const ranked = new Map(
    index
      .search(query, { limit: 50 })
      .filter((hit) => support(index, query, index.termsOf(hit.passageId)) >= MIN_SUPPORT)
      .map((hit, rank) => [hit.passageId, rank]),
  );
  const bySearch = events
    .map((e) => ({ e, rank: Math.min(...e.citations.map((c) => ranked.get(c.passageId) ?? Infinity)) }))
    .filter((x) => Number.isFinite(x.rank))
    .sort((a, b) => a.rank - b.rank)
    .map((x) => x.e);
  return [...new Set([...direct, ...bySearch])].slice(0, limit).map((e) => ({ id: e.id, label: label(e) }));
}
