import type { TimelineEvent } from '../events/types.ts';
import type { Analyzer } from '../text/analyzer.ts';
import { datesIn } from './headline.ts';
import { isOfficeTitle } from './people.ts';

/**
 * The stories the events belong to (the crisis, Syria, energy, the S-400 …), found from the
 * corpus rather than listed: events are grouped by what their summary and quotes are about
 * (language-independent senses, rarer ones weigh more; words most events share, like the two
 * countries, weigh nothing; dates tell when, not what about: "January" joins no two stories), merging the closest groups while they stay alike (average link).
 * A thread is named by its most telling sense.
 */

/** A sense in more than this share of the events tells no story apart. */
const COMMON_SHARE = 0.3;
/** Groups are merged while their average similarity is at least this. */
const MERGE_AT = 0.08;

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

type Vector = Map<string, number>;

/** The senses of an event's summary and quotes, and its places; `words` keeps a word each sense was written as. */
function senses(event: TimelineEvent, analyzer: Analyzer, words: Map<string, string>): string[] {
  const texts = [{ text: event.summary, language: 'en' as const }, ...event.citations.map((c) => ({ text: c.quote, language: c.language }))];
  const found = texts.flatMap(({ text, language }) => {
    const dates = datesIn(text, language);
    return analyzer
      .analyze(text, language)
      .filter(({ start, end }) => !dates.some((d) => start < d.end && d.start < end) && !isOfficeTitle(text.slice(start, end), language))
      .map(({ term, start, end }) => {
        const sense = analyzer.sense(term, language);
        if (!words.has(sense) && language === 'en') words.set(sense, text.slice(start, end).toLowerCase());
        return sense;
      });
  });
  for (const place of event.places) words.set(`place:${place}`, place.toLowerCase());
  return [...new Set([...found, ...event.places.map((p) => `place:${p}`)])];
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  return dot;
}

function normalised(vector: Vector): Vector {
  const norm = Math.sqrt([...vector.values()].reduce((s, w) => s + w * w, 0)) || 1;
  return new Map([...vector].map(([t, w]) => [t, w / norm]));
}

export function findThreads(events: readonly TimelineEvent[], analyzer: Analyzer): Threads {
  const words = new Map<string, string>();
  const terms = events.map((e) => senses(e, analyzer, words));
  const df = new Map<string, number>();
  for (const list of terms) for (const term of list) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = (term: string) => {
    const n = df.get(term) ?? 0;
    return n > COMMON_SHARE * events.length || n < 2 ? 0 : Math.log(events.length / n);
  };
  const vectors = terms.map((list) => normalised(new Map(list.map((t) => [t, idf(t)] as [string, number]).filter(([, w]) => w > 0))));
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
  // A happened event alike to no other happened event of its group came in only through a plan or a
  // standing fact ("a member of NATO since 1952"): what it tells is a story of its own.
  const happened = (i: number) => events[i]?.status === 'happened';
  const lone = (i: number, group: number[]) => happened(i) && !group.some((j) => j !== i && happened(j) && (similarity[i]?.[j] ?? 0) >= MERGE_AT);
  groups = groups.flatMap((group) => {
    const loners = group.filter((i) => lone(i, group));
    return [group.filter((i) => !loners.includes(i)), ...loners.map((i) => [i])].filter((g) => g.length > 0);
  });
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
