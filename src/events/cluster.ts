import type { DateRanges } from '../dates/index.ts';
import type { Claim } from './claims.ts';

export type DateRelation = 'same' | 'compatible' | 'conflicting' | 'apart';

const DAY = 86_400_000;

/**
 * How two partial dates relate: one inside the other (`2015-11` and `2015-11-24`) is compatible; dates under a year apart conflict.
 * Clustering asks for the same few dates over and over: `ranges` knows their days.
 */
export function dateRelation(a: string, b: string, ranges: DateRanges): DateRelation {
  if (a === b) return 'same';
  const ra = ranges.of(a);
  const rb = ranges.of(b);
  // One date inside the other ("2015-11" and "2015-11-24", the week "2020-W09" and "2020-02-27").
  if ((ra.startMs <= rb.startMs && rb.endMs <= ra.endMs) || (rb.startMs <= ra.startMs && ra.endMs <= rb.endMs)) return 'compatible';
  const gap = Math.max(ra.startMs - rb.endMs, rb.startMs - ra.endMs);
  return gap <= 366 * DAY ? 'conflicting' : 'apart';
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
 * Similarity needed to join two reports whose dates disagree (a month or a year apart), and only
 * when each is the other's closest claim in its document: a document that tells two liftings of
 * sanctions has each one's own match in the other, and one that tells a happening once has only it.
 */
export const DISAGREEING_THRESHOLD = 0.3;

/** What tells two reports with disagreeing dates apart from two happenings: their kinds, and whether one's clause says nothing the other does not. */
export interface DisagreementTests {
  kindsOf: (claim: Claim) => ReadonlySet<string>;
  /** Whether everything `inner`'s own clause is about is something `outer` is about too. */
  within: (inner: Claim, outer: Claim) => boolean;
}

/** What else may join claims: one document telling a happening again as it unfolds (`follow-up.ts`). */
export interface ClusterTests extends DisagreementTests {
  followsUp: (a: Claim, b: Claim) => boolean;
}

const NO_TESTS: ClusterTests = { kindsOf: () => new Set(), within: () => false, followsUp: () => false };

/**
 * Groups claims that report the same happening: first the later reports of one document's
 * happening, then across documents by greedy single-link merging, most similar pairs first,
 * never two claims of one document in a group otherwise and never dates that conflict.
 */
export function clusterClaims(
  claims: Claim[],
  similarity: (a: Claim, b: Claim) => number,
  ranges: DateRanges,
  tests: ClusterTests = NO_TESTS,
  threshold = MERGE_THRESHOLD,
): Claim[][] {
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  const followUps: Array<{ i: number; j: number }> = [];
  // Agreeing dates share their year, so only claims of one year are compared: the work grows with the busiest year, not the corpus.
  const byYear = new Map<string, number[]>();
  claims.forEach((claim, i) => byYear.set(claim.date.slice(0, 4), [...(byYear.get(claim.date.slice(0, 4)) ?? []), i]));
  for (const members of byYear.values()) {
    members.forEach((i, k) => {
      const a = claims[i] as Claim;
      for (const j of members.slice(k + 1)) {
        const b = claims[j] as Claim;
        if (a.citation.documentId === b.citation.documentId) {
          if (tests.followsUp(a, b)) followUps.push({ i, j });
          continue;
        }
        if (!agree(a, b, ranges)) continue;
        const score = similarity(a, b);
        if (score >= threshold) pairs.push({ i, j, score });
      }
    });
  }
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const disagreeing = disagreeingPairs(claims, byYear, similarity, ranges, tests);

  const group = claims.map((_, i) => i);
  const members = new Map(claims.map((_, i) => [i, [i]]));
  const join = ({ i, j }: { i: number; j: number }, can: typeof canJoin) => {
    const gi = group[i] ?? i;
    const gj = group[j] ?? j;
    if (gi === gj) return;
    const a = members.get(gi) ?? [];
    const b = members.get(gj) ?? [];
    if (!can(a.map((k) => claims[k]), b.map((k) => claims[k]), ranges)) return;
    for (const k of b) group[k] = gi;
    members.set(gi, [...a, ...b]);
    members.delete(gj);
  };
  // A group of one document's reports of a happening then meets the other documents' reports as one claim would.
  for (const pair of followUps) join(pair, (a, b) => a.every((x) => b.every((y) => x && y && agree(x, y, ranges))));
  for (const pair of pairs) join(pair, canJoin);
  // Reports of one happening whose dates disagree join last, so that agreeing reports have found each other first.
  for (const pair of disagreeing) join(pair, canJoinDisagreeing);
  return [...members.values()].map((ids) => ids.map((k) => claims[k]).filter((c): c is Claim => c !== undefined));
}

/**
 * Pairs of happenings from two documents, a month or a year apart, that are each other's closest
 * claim in the other's document, alike enough, of one kind (both an agreement, both a delivery),
 * and one telling nothing the other does not ("a contract signed in December 2017" within "Erdogan
 * confirmed that Turkey had signed a contract for the S-400"; not a grain corridor and a wheat export
 * deal, both signed in Sochi): one happening the two documents date differently.
 */
function disagreeingPairs(
  claims: Claim[],
  byYear: Map<string, number[]>,
  similarity: (a: Claim, b: Claim) => number,
  ranges: DateRanges,
  { kindsOf, within }: DisagreementTests,
): Array<{ i: number; j: number; score: number }> {
  const sameKind = (a: Claim, b: Claim) => [...kindsOf(a)].some((kind) => kindsOf(b).has(kind)) && (within(a, b) || within(b, a));
  const best = new Map<string, { j: number; score: number }>();
  const key = (i: number, documentId: string) => `${i}|${documentId}`;
  const consider = (i: number, j: number, score: number) => {
    const k = key(i, (claims[j] as Claim).citation.documentId);
    if ((best.get(k)?.score ?? -1) < score) best.set(k, { j, score });
  };
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  for (const [year, members] of byYear) {
    const next = byYear.get(String(Number(year) + 1)) ?? [];
    members.forEach((i, k) => {
      const a = claims[i] as Claim;
      for (const j of [...members.slice(k + 1), ...next]) {
        const b = claims[j] as Claim;
        if (a.citation.documentId === b.citation.documentId || a.status !== b.status) continue;
        const score = similarity(a, b);
        consider(i, j, score);
        consider(j, i, score);
        if (a.status === 'happened' && dateRelation(a.date, b.date, ranges) === 'conflicting' && score >= DISAGREEING_THRESHOLD && sameKind(a, b)) candidates.push({ i, j, score });
      }
    });
  }
  const mutual = ({ i, j }: { i: number; j: number }) =>
    best.get(key(i, (claims[j] as Claim).citation.documentId))?.j === j && best.get(key(j, (claims[i] as Claim).citation.documentId))?.j === i;
  return candidates.filter(mutual).sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
}

/** Reports of one happening may disagree on the date by up to a year, never come from one document. */
function canJoinDisagreeing(a: Array<Claim | undefined>, b: Array<Claim | undefined>, ranges: DateRanges): boolean {
  return a.every((x) => b.every((y) => x && y && x.citation.documentId !== y.citation.documentId && x.status === y.status && dateRelation(x.date, y.date, ranges) !== 'apart'));
}

/** Two claims can tell one happening: both happenings (or both plans for the same date, or both background) whose dates agree. */
const agree = (a: Claim, b: Claim, ranges: DateRanges) => a.status === b.status && ['same', 'compatible'].includes(dateRelation(a.plannedFor ?? a.date, b.plannedFor ?? b.date, ranges));

function canJoin(a: Array<Claim | undefined>, b: Array<Claim | undefined>, ranges: DateRanges): boolean {
  return a.every((x) => b.every((y) => x && y && x.citation.documentId !== y.citation.documentId && agree(x, y, ranges)));
}
