import { partialDateRange } from '../../src/dates/index.ts';
import type { Engine } from '../../src/engine.ts';
import type { TimelineEvent } from '../../src/events/types.ts';
import type { GoldEvent, Split } from './cases.ts';
import { holds, share } from './fragments.ts';
import { headlineProblems } from './headline.ts';
import type { EvalSetup } from './setup.ts';

export interface EventHalfReport {
  /** The bot's events counted: those with status `happened`, or all while events have no status. */
  events: number;
  /** Share of them that match a gold event with a compatible date. */
  precision: number;
  /** Share of the required gold events that some event matches. */
  recall: number;
  gold: number;
  found: number;
  /** Optional gold events found (neither counted as misses nor as errors). */
  optionalFound: number;
  duplicates: Array<{ gold: string[]; event: string }>;
  afterPublication: Array<{ event: string; date: string; published: string }>;
  /** Summaries that fail the headline rules, with the rules they fail. */
  badSummaries: Array<{ event: string; summary: string; problems: string[] }>;
  unmatched: Array<{ event: string; date: string; summary: string }>;
  missed: Array<{ gold: string; date: string; summary: string }>;
}

export type EventReport = Record<Split | 'all', EventHalfReport>;

/** Whether one date lies within the other (`2015-11` and `2015-11-24` agree; `2016` and `2017` do not). */
export function compatibleDates(a: string, b: string): boolean {
  try {
    const ra = partialDateRange(a);
    const rb = partialDateRange(b);
    return (ra.start >= rb.start && ra.end <= rb.end) || (rb.start >= ra.start && rb.end <= ra.end);
  } catch {
    return false;
  }
}

const statusOf = (event: TimelineEvent): string | undefined => (event as TimelineEvent & { status?: string }).status;

/** A stable half for an event that is near no gold event, so that noise is split too. */
function hashedSplit(key: string): Split {
  let h = 2166136261;
  for (const ch of key) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return (h >>> 0) % 2 === 0 ? 'dev' : 'test';
}

/**
 * Event precision, recall, duplicates, dates after publication and headline rules of one engine's
 * timeline against a gold list (`data/eval/events-rubric.md`). `scope` picks the events that belong
 * to the documents the gold list covers.
 */
export function evaluateEvents(setup: EvalSetup, engine: Engine, gold: GoldEvent[], scope: (event: TimelineEvent) => boolean): EventReport {
  for (const g of gold) {
    for (const ref of g.where) {
      const id = setup.document(ref.doc)?.id;
      if (!engine.corpus.passages.some((p) => p.documentId === id && holds(p.text, ref.text))) {
        throw new Error(`relations-bot: gold event ${g.id}: no passage of ${ref.doc} holds "${ref.text}"`);
      }
    }
  }
  const all = engine.timeline().filter(scope);
  const counted = all.some((e) => statusOf(e) !== undefined) ? all.filter((e) => statusOf(e) === 'happened') : all;
  const passageText = (passageId: string, quote: string) => engine.passage(passageId)?.text ?? quote;
  const tells = (event: TimelineEvent, g: GoldEvent) =>
    g.where.some((ref) => {
      const id = setup.document(ref.doc)?.id;
      return event.citations.some((c) => c.documentId === id && holds(passageText(c.passageId, c.quote), ref.text));
    });
  const candidates = new Map(counted.map((e) => [e.id, gold.filter((g) => tells(e, g) && [g.date, ...(g.dates ?? [])].some((d) => compatibleDates(e.date, d)))]));
  const matching = maximumMatching(counted, gold, (e) => candidates.get(e.id) ?? []);
  const published = new Map(setup.documents.map((d) => [d.id, d.published]));
  const splitOf = (event: TimelineEvent): Split =>
    matching.byEvent.get(event.id)?.split ?? candidates.get(event.id)?.[0]?.split ?? gold.find((g) => tells(event, g))?.split ?? hashedSplit(event.citations[0]?.passageId ?? event.id);

  const report = (split: Split | 'all'): EventHalfReport => {
    const inHalf = <T extends { split: Split }>(g: T) => split === 'all' || g.split === split;
    const events = counted.filter((e) => split === 'all' || splitOf(e) === split);
    const required = gold.filter((g) => !g.optional && inHalf(g));
    const found = required.filter((g) => matching.byGold.has(g.id));
    const precise = events.filter((e) => (candidates.get(e.id) ?? []).length > 0);
    return {
      events: events.length,
      precision: share(precise.length, events.length),
      recall: share(found.length, required.length),
      gold: required.length,
      found: found.length,
      optionalFound: gold.filter((g) => g.optional && inHalf(g) && matching.byGold.has(g.id)).length,
      duplicates: precise.filter((e) => !matching.byEvent.has(e.id)).map((e) => ({ event: `${e.date} ${e.summary.slice(0, 80)}`, gold: (candidates.get(e.id) ?? []).map((g) => g.id) })),
      afterPublication: events.flatMap((e) => {
        const late = e.citations.map((c) => published.get(c.documentId)).find((p) => p !== undefined && afterDay(e.date, p));
        return late ? [{ event: e.summary.slice(0, 80), date: e.date, published: late }] : [];
      }),
      badSummaries: events.map((e) => ({ event: e.date, summary: e.summary, problems: headlineProblems(e.summary) })).filter((b) => b.problems.length > 0),
      unmatched: events.filter((e) => (candidates.get(e.id) ?? []).length === 0).map((e) => ({ event: e.id, date: e.date, summary: e.summary.slice(0, 100) })),
      missed: gold.filter((g) => !g.optional && inHalf(g) && !matching.byGold.has(g.id)).map((g) => ({ gold: g.id, date: g.date, summary: g.summary })),
    };
  };
  return { dev: report('dev'), test: report('test'), all: report('all') };
}

/** Whether a date begins after the last day of a publication date. */
function afterDay(date: string, published: string): boolean {
  try {
    return partialDateRange(date).start > partialDateRange(published).end;
  } catch {
    return false;
  }
}

/**
 * One event per gold event and one gold event per event, as many pairs as possible (augmenting
 * paths), required gold events first, so that an event that tells two happenings counts once.
 */
function maximumMatching(events: TimelineEvent[], gold: GoldEvent[], candidatesOf: (e: TimelineEvent) => GoldEvent[]) {
  const eventsOf = new Map<string, TimelineEvent[]>(gold.map((g) => [g.id, []]));
  for (const e of events) for (const g of candidatesOf(e)) eventsOf.get(g.id)?.push(e);
  const eventOfGold = new Map<string, TimelineEvent>();
  const goldOfEvent = new Map<string, GoldEvent>();
  const augment = (g: GoldEvent, seen: Set<string>): boolean => {
    for (const e of eventsOf.get(g.id) ?? []) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      const holder = goldOfEvent.get(e.id);
      if (!holder || augment(holder, seen)) {
        eventOfGold.set(g.id, e);
        goldOfEvent.set(e.id, g);
        return true;
      }
    }
    return false;
  };
  for (const g of [...gold.filter((x) => !x.optional), ...gold.filter((x) => x.optional)]) augment(g, new Set());
  return { byGold: eventOfGold, byEvent: goldOfEvent };
}
