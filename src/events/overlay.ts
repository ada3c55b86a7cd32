import { z } from 'zod';
import type { TimelineEvent } from './types.ts';

const FIELD_VALUES: Partial<Record<string, RegExp>> = {
  tone: /^(?:cooperation|conflict|neutral)$/u,
  date: /^\d{4}(?:-\d{2}(?:-\d{2})?|-W\d{2}|-(?:SP|SU|FA|WI))?$/u,
  granularity: /^(?:year|season|month|week|day)$/u,
};

export const overlayFileSchema = z.object({
  corrections: z.array(
    z.object({
      event: z.string().min(1),
      /** `merge`: the event named by `value` reports the same happening (its dates may disagree). */
      field: z.enum(['summary', 'tone', 'date', 'dateText', 'granularity', 'merge']),
      value: z.string().min(1),
      reason: z.string().min(10),
    }).refine((c) => FIELD_VALUES[c.field]?.test(c.value) ?? true, { message: 'value does not fit its field' }),
  ),
});

export type Correction = z.infer<typeof overlayFileSchema>['corrections'][number];

function unknown(id: string): Error {
  return new Error(`relations-bot: event overlay names unknown event "${id}"`);
}

/** Joins the groups that reviewed `merge` corrections name; `idOf` gives the event id a group would get. */
export function applyMerges<T>(groups: T[][], corrections: Correction[], idOf: (group: T[]) => string): T[][] {
  let result = groups;
  for (const { event, value } of corrections.filter((c) => c.field === 'merge')) {
    const target = result.find((g) => idOf(g) === event);
    const source = result.find((g) => idOf(g) === value);
    if (!target) throw unknown(event);
    if (!source) throw unknown(value);
    result = [...result.filter((g) => g !== target && g !== source), [...target, ...source]];
  }
  return result;
}

/** Applies the reviewed field corrections; one naming an event that no longer exists is an error, so the overlay cannot rot silently. */
export function applyCorrections(events: TimelineEvent[], corrections: Correction[]): TimelineEvent[] {
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const correction of corrections.filter((c) => c.field !== 'merge')) {
    const event = byId.get(correction.event);
    if (!event) throw unknown(correction.event);
    Object.assign(event, { [correction.field]: correction.value });
  }
  return events;
}
