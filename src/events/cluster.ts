import { partialDateRange } from '../dates/index.ts';
import type { Claim } from './claims.ts';

export type DateRelation = 'same' | 'compatible' | 'conflicting' | 'apart';

const DAY = 86_400_000;

/** How two partial dates relate: `2015-11` and `2015-11-24` are compatible; dates under a year apart conflict. */
export function dateRelation(a: string, b: string): DateRelation {
  if (a === b) return 'same';
  if (a.startsWith(`${b}-`) || b.startsWith(`${a}-`)) return 'compatible';
  const ra = span(a);
  const rb = span(b);
  const gap = Math.max(ra.start - rb.end, rb.start - ra.end);
  return gap <= 366 * DAY ? 'conflicting' : 'apart';
}

/** First and last day of a partial date, in epoch milliseconds; clustering asks for the same few dates over and over. */
const spans = new Map<string, { start: number; end: number }>();
const MAX_SPANS = 10_000;

function span(date: string): { start: number; end: number } {
  let found = spans.get(date);
  if (!found) {
    const range = partialDateRange(date);
    found = { start: Date.parse(range.start), end: Date.parse(range.end) };
    if (spans.size >= MAX_SPANS) spans.clear();
    spans.set(date, found);
  }
  return found;
}

/**
 * Similarity needed to merge claims whose dates agree. Claims whose dates
 * conflict are never merged by similarity alone: on these documents, pairs
 * that tell different events ("lifting sanctions" in June 2016 and in May
 * 2017) score as high as the one pair that tells the same (the S-400
 * contract); such a merge is a reviewed correction in `data/`, and answers
 * find disagreements about what the question asks (see answers/rivals.ts).
 */
export const MERGE_THRESHOLD = 0.2;

/**
 * Groups claims that report the same happening, from different documents:
 * greedy single-link merging, most similar pairs first, never two claims of
 * one document in a group and never dates that conflict.
 */
export function clusterClaims(claims: Claim[], similarity: (a: Claim, b: Claim) => number, threshold = MERGE_THRESHOLD): Claim[][] {
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  // Agreeing dates share their year, so only claims of one year are compared: the work grows with the busiest year, not the corpus.
  const byYear = new Map<string, number[]>();
  claims.forEach((claim, i) => byYear.set(claim.date.slice(0, 4), [...(byYear.get(claim.date.slice(0, 4)) ?? []), i]));
  for (const members of byYear.values()) {
    members.forEach((i, k) => {
      const a = claims[i] as Claim;
      for (const j of members.slice(k + 1)) {
        const b = claims[j] as Claim;
        if (a.citation.documentId === b.citation.documentId || !agree(a, b)) continue;
        const score = similarity(a, b);
        if (score >= threshold) pairs.push({ i, j, score });
      }
    });
  }
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);

  const group = claims.map((_, i) => i);
  const members = new Map(claims.map((_, i) => [i, [i]]));
  for (const { i, j } of pairs) {
    const gi = group[i] ?? i;
    const gj = group[j] ?? j;
    if (gi === gj) continue;
    const a = members.get(gi) ?? [];
    const b = members.get(gj) ?? [];
    if (!canJoin(a.map((k) => claims[k]), b.map((k) => claims[k]))) continue;
    for (const k of b) group[k] = gi;
    members.set(gi, [...a, ...b]);
    members.delete(gj);
  }
  return [...members.values()].map((ids) => ids.map((k) => claims[k]).filter((c): c is Claim => c !== undefined));
}

/** Two claims can tell one happening: both happenings (or both plans for the same date, or both background) whose dates agree. */
const agree = (a: Claim, b: Claim) => a.status === b.status && ['same', 'compatible'].includes(dateRelation(a.plannedFor ?? a.date, b.plannedFor ?? b.date));

function canJoin(a: Array<Claim | undefined>, b: Array<Claim | undefined>): boolean {
  return a.every((x) => b.every((y) => x && y && x.citation.documentId !== y.citation.documentId && agree(x, y)));
}
