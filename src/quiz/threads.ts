import type { TimelineEvent } from '../events/types.ts';
import type { Analyzer } from '../text/analyzer.ts';
import { storyTerms } from './asides.ts';
import { cosine, weigh } from './sense-vectors.ts';

/**
 * The stories the events belong to (the crisis, Syria, energy, the S-400 …), found from the
 * corpus rather than listed: events are grouped by what their summary and quotes are about
 * (language-independent senses, rarer ones weigh more; words most events share, like the two
 * countries, weigh nothing; dates tell when, not what about: "January" joins no two stories; a
 * clause that tells another happening is an aside, asides.ts), merging the closest groups while
 * they stay alike (average link).
 * A thread is named by its most telling sense.
 */

/** Groups are merged while their average similarity is at least this. */
const MERGE_AT = 0.08;
/** Events move to the story they are most alike until none moves, or this many rounds. */
const MAX_PASSES = 10;

export interface Threads {
  /** The thread of each event, by event id. */
  of: ReadonlyMap<string, string>;
  /** Each thread's events, largest first. */
  members: ReadonlyMap<string, readonly string[]>;
  /** How alike two events are themselves (0 to 1), not through the others of their thread. */
  alike(a: string, b: string): number;
  /** Whether two events are alike enough themselves to make a thread of their own, not only through the others of theirs. */
  paired(a: string, b: string): boolean;
}

export function findThreads(events: readonly TimelineEvent[], analyzer: Analyzer, speakerOf: (passageId: string) => string | undefined = () => undefined): Threads {
  const words = new Map<string, string>();
  const { idf, vectors } = weigh(storyTerms(events, analyzer, words, MERGE_AT, speakerOf));
  const similarity = vectors.map((a) => vectors.map((b) => cosine(a, b)));
  let groups = events.map((_, i) => [i]);
  const link = (a: number[], b: number[]) => a.reduce((s, i) => s + b.reduce((t, j) => t + (similarity[i]?.[j] ?? 0), 0), 0) / (a.length * b.length);
  for (;;) {
    let best: { a: number; b: number; score: number } | undefined;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        const score = link(groups[a] as number[], groups[b] as number[]);
        if (score >= MERGE_AT && (!best || score > best.score)) best = { a, b, score };
      }
    }
    if (!best) break;
    const merged = [...(groups[best.a] as number[]), ...(groups[best.b] as number[])];
    groups = [...groups.filter((_, i) => i !== best.a && i !== best.b), merged];
  }
  // A happened event alike to no other happened event of its group came in only through a plan, a
  // standing fact ("a member of NATO since 1952") or a report of uncertain date: what it tells is a
  // story of its own. Those link stories; the happenings of known date are what a story is.
  const happened = (i: number) => events[i]?.status === 'happened' && events[i]?.certainty !== 'uncertain';
  const lone = (i: number, group: number[]) => happened(i) && !group.some((j) => j !== i && happened(j) && (similarity[i]?.[j] ?? 0) >= MERGE_AT);
  groups = groups.flatMap((group) => {
    const loners = group.filter((i) => lone(i, group));
    return [group.filter((i) => !loners.includes(i)), ...loners.map((i) => [i])].filter((g) => g.length > 0);
  });
  // Merging goes by groups: an event may have come in through one member it is close to. A happening
  // its story holds only weakly (alike to its happenings on average less than merging asks) goes to the
  // story whose happenings (two at least) it is most alike on average, if that one holds it.
  const mean = (i: number, group: number[]) => {
    const others = group.filter((j) => j !== i && happened(j));
    return others.length < 2 && !group.includes(i) ? 0 : others.reduce((sum, j) => sum + (similarity[i]?.[j] ?? 0), 0) / Math.max(1, others.length);
  };
  for (let pass = 0, moved = true; moved && pass < MAX_PASSES; pass++) {
    moved = false;
    for (const i of events.map((_, k) => k).filter(happened)) {
      const g = groups.findIndex((group) => group.includes(i));
      const best = groups.reduce((b, other, h) => (mean(i, other) > mean(i, groups[b] as number[]) ? h : b), g);
      if (best === g || mean(i, groups[g] as number[]) >= MERGE_AT || mean(i, groups[best] as number[]) < MERGE_AT) continue;
      groups = groups.map((x, k) => (k === g ? x.filter((j) => j !== i) : k === best ? [...x, i] : x));
      moved = true;
    }
  }
  groups = groups.filter((g) => g.length > 0);
  const of = new Map<string, string>();
  const members = new Map<string, string[]>();
  const taken = new Set<string>();
  for (const group of groups.sort((a, b) => b.length - a.length || a[0]! - b[0]!)) {
    // Named by the sense most of its events have and few others do.
    const weight = new Map<string, number>();
    for (const i of group) for (const [t] of vectors[i] ?? []) weight.set(t, (weight.get(t) ?? 0) + idf(t) / group.length);
    const ranked = [...weight].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => words.get(t) ?? t);
    const name = ranked.find((t) => !taken.has(t)) ?? `thread-${members.size + 1}`;
    taken.add(name);
    const ids = group.map((i) => (events[i] as TimelineEvent).id);
    members.set(name, ids);
    for (const id of ids) of.set(id, name);
  }
  const index = new Map(events.map((e, i) => [e.id, i]));
  const alike = (a: string, b: string) => similarity[index.get(a) ?? -1]?.[index.get(b) ?? -1] ?? 0;
  return { of, members, alike, paired: (a, b) => alike(a, b) >= MERGE_AT };
}
