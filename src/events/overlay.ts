import { z } from 'zod';
import { isPartialDate } from '../dates/index.ts';
import type { TimelineEvent } from './types.ts';

const pattern = (re: RegExp) => (value: string) => re.test(value);
const DATE_FORMS = /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-(?:SP|SU|FA|WI))?$/u;

/** What each field's value must be: a date by its meaning (a real month and day), not its shape alone. */
const FIELD_VALUES: Partial<Record<string, (value: string) => boolean>> = {
  tone: pattern(/^(?:cooperation|conflict|neutral)$/u),
  date: (value) => DATE_FORMS.test(value) && isPartialDate(value),
  granularity: pattern(/^(?:year|season|month|week|day)$/u),
  certainty: pattern(/^(?:stated|inferred|uncertain|reviewed)$/u),
  hidden: pattern(/^true$/u),
};

/** One reviewed correction: which event, which field, the new value and why. */
export const correctionSchema = z
  .object({
    event: z.string().min(1),
    /**
     * `merge`: the event named by `value` reports the same happening (its dates may disagree);
     * `hidden`: the event is wrong and goes, with its claims; `certainty`: a reviewed date.
     */
    field: z.enum(['summary', 'tone', 'date', 'dateText', 'granularity', 'certainty', 'hidden', 'merge']),
    value: z.string().min(1),
    reason: z.string().min(10),
  })
  .refine((c) => FIELD_VALUES[c.field]?.(c.value) ?? true, { message: 'value does not fit its field' });

export const overlayFileSchema = z.object({ corrections: z.array(correctionSchema) });

export type Correction = z.infer<typeof overlayFileSchema>['corrections'][number];

function unknown(id: string): Error {
  return new Error(`relations-bot: event overlay names unknown event "${id}"`);
}

/** What to do with a correction naming an event that is not there: the bundled overlay refuses it. */
export type OnUnknown = (correction: Correction) => void;

const refuse: OnUnknown = (correction) => {
  throw unknown(correction.event);
};

/**
 * Joins the groups that `merge` corrections name. A group answers to the name of any of its
 * items (`nameOf`), so a correction still finds its event when another claim has become the
 * event's primary one (a server's own document may state the date better).
 */
export function applyMerges<T>(groups: T[][], corrections: Correction[], nameOf: (item: T) => string, onUnknown: OnUnknown = refuse): T[][] {
  let result = groups;
  const named = (id: string) => result.find((g) => g.some((item) => nameOf(item) === id));
  for (const correction of corrections.filter((c) => c.field === 'merge')) {
    const target = named(correction.event);
    const source = named(correction.value);
    if (!target || !source) {
      onUnknown(target ? { ...correction, event: correction.value } : correction);
      continue;
    }
    if (target === source) continue;
    result = [...result.filter((g) => g !== target && g !== source), [...target, ...source]];
  }
  return result;
}

/**
 * Applies the reviewed field corrections and drops the events marked `hidden`; one naming an
 * event that no longer exists goes to `onUnknown`, which by default refuses it, so the overlay
 * cannot rot silently. `find` resolves an event name (by default, the event's id).
 */
export function applyCorrections(
  events: TimelineEvent[],
  corrections: Correction[],
  find: (id: string) => TimelineEvent | undefined = byIdIn(events),
  onUnknown: OnUnknown = refuse,
): TimelineEvent[] {
  const hidden = new Set<TimelineEvent>();
  for (const correction of corrections.filter((c) => c.field !== 'merge')) {
    const event = find(correction.event);
    if (!event) onUnknown(correction);
    else if (correction.field === 'hidden') hidden.add(event);
    else Object.assign(event, { [correction.field]: correction.value });
  }
  return events.filter((event) => !hidden.has(event));
}

function byIdIn(events: TimelineEvent[]): (id: string) => TimelineEvent | undefined {
  const byId = new Map(events.map((e) => [e.id, e]));
  return (id) => byId.get(id);
}
