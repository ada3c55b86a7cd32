import type { DateRanges } from '../dates/index.ts';
import { dateRelation } from '../events/cluster.ts';
import type { TimelineEvent } from '../events/types.ts';
import { fold } from '../text/fold.ts';

const COMMON = new Set(['about', 'after', 'against', 'their', 'there', 'these', 'which', 'while', 'with', 'would', 'from', 'that', 'this', 'have', 'were', 'been', 'between', 'russia', 'russian', 'turkey', 'turkish', 'putin', 'erdogan', 'ankara', 'moscow', 'countries']);

const known = new WeakMap<TimelineEvent, Set<string>>();

function words(event: TimelineEvent): Set<string> {
  let found = known.get(event);
  if (!found) {
    found = new Set((fold(event.summary).match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMON.has(w)).map((w) => w.slice(0, 6)));
    known.set(event, found);
  }
  return found;
}

/** Whether two events tell alike ("lifting sanctions" in 2016 and in 2017): a date right for one may be right for the other. */
export function related(a: TimelineEvent, b: TimelineEvent): boolean {
  if (a.id === b.id) return true;
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, Math.min(wa.size, wb.size)) >= 0.34;
}

/** Whether a date could be the answer for an event: its own, or compatible with it. */
export function fits(date: string, event: TimelineEvent, ranges: DateRanges): boolean {
  const relation = dateRelation(date, event.date, ranges);
  return relation === 'same' || relation === 'compatible';
}
