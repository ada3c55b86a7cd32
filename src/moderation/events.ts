import { addedEventId, granularityOf, quoteOffset } from '../events/added.ts';
import type { TimelineEvent, Tone } from '../events/types.ts';
import { EVENT_STATUSES } from '../events/status.ts';
import { StoreConflict, type Change, type EventChange, type EventField } from '../store/types.ts';
import { commit, commitPlanned, engineOf, type Actor, type Moderation } from './context.ts';
import * as fields from './fields.ts';
import { refuse } from './problems.ts';

export interface NewEvent {
  passageId: string;
  /** Verbatim text of the passage; the whole passage when absent. */
  quote?: string | undefined;
  date: string;
  summary: string;
  tone?: string | undefined;
}

export interface EventEdit {
  date?: string | undefined;
  summary?: string | undefined;
  tone?: string | undefined;
}

/** What the audit keeps of an event: enough to tell what it was and to put it back. */
export function eventSnapshot(e: TimelineEvent) {
  return { id: e.id, date: e.date, certainty: e.certainty, summary: e.summary, tone: e.tone, citations: e.citations.map((c) => c.passageId) };
}

export async function findEvent(m: Moderation, guildId: string, id: string): Promise<TimelineEvent> {
  return (await engineOf(m, guildId)).event(id) ?? refuse({ code: 'no-event', id });
}

export async function listEvents(m: Moderation, guildId: string, topic?: string): Promise<TimelineEvent[]> {
  return (await engineOf(m, guildId)).timeline({ status: EVENT_STATUSES, ...(topic ? { topic } : {}) });
}

/**
 * Adds an event that invents nothing: a date and summary for a verbatim quote of a passage of
 * the bundled corpus or of the server's documents.
 */
export async function addEvent(m: Moderation, actor: Actor, input: NewEvent): Promise<TimelineEvent> {
  const engine = await engineOf(m, actor.guildId);
  const passage = engine.passage(input.passageId.trim()) ?? refuse({ code: 'no-passage', id: input.passageId });
  const given = fields.wellFormed(input.quote, 'quote')?.trim();
  const quote = given ? given : passage.text;
  const offset = quoteOffset(passage, quote);
  if (offset < 0) refuse({ code: 'quote-not-verbatim', passageId: passage.id });
  const id = addedEventId(passage.id, offset);
  if (engine.event(id)) refuse({ code: 'event-exists', id });
  const date = fields.calendarDate(input.date, m.now());
  const summary = fields.summary(input.summary);
  const tone: Tone = input.tone ? fields.tone(input.tone) : 'neutral';
  const own = (await m.store.guild(actor.guildId)).documents.some((d) => d.id === passage.documentId);
  const event = { id, passageId: passage.id, documentId: own ? passage.documentId : null, quote, date, summary, tone, addedBy: actor.who, addedAt: m.now().toISOString() };
  try {
    await commit(m, actor, [{ kind: 'put-added-event', event }], { action: 'events.add', target: id, before: null, after: event });
  } catch (error) {
    // Another moderator dated the same quote a moment ago: the database's key decided.
    if (error instanceof StoreConflict) refuse({ code: 'event-exists', id });
    throw error;
  }
  return findEvent(m, actor.guildId, id);
}

/** Changes an event's date, summary or tone; the extracted event stays as evidence underneath. */
export async function editEvent(m: Moderation, actor: Actor, id: string, edit: EventEdit): Promise<TimelineEvent> {
  const event = await findEvent(m, actor.guildId, id);
  const values: Array<[EventField, string]> = [];
  if (edit.date !== undefined && edit.date.trim() !== '') values.push(...dateValues(event, fields.calendarDate(edit.date, m.now())));
  if (edit.summary !== undefined && edit.summary.trim() !== '') values.push(['summary', fields.summary(edit.summary)]);
  if (edit.tone !== undefined && edit.tone.trim() !== '') values.push(['tone', fields.tone(edit.tone)]);
  if (values.length === 0) refuse({ code: 'nothing-to-change' });
  await changeEvent(m, actor, 'events.edit', event, values);
  return findEvent(m, actor.guildId, id);
}

/** Removes an event: a moderator's own goes; an extracted one is hidden (its passages stay quotable). */
export async function removeEvent(m: Moderation, actor: Actor, id: string, action = 'events.remove'): Promise<TimelineEvent> {
  const event = await findEvent(m, actor.guildId, id);
  const added = (await m.store.guild(actor.guildId)).addedEvents.find((e) => e.id === id);
  const changes: Change[] = added
    ? [{ kind: 'delete-event-changes', events: [id] }, { kind: 'delete-added-event', id }]
    : [{ kind: 'put-event-change', change: eventChange(actor, m, id, 'hidden', 'true') }];
  await commit(m, actor, changes, { action, target: id, before: eventSnapshot(event), after: null });
  return event;
}

/** Joins two events that report the same happening: their claims and citations, and any disagreement on the date. */
export async function mergeEvents(m: Moderation, actor: Actor, id: string, otherId: string): Promise<TimelineEvent> {
  if (id === otherId) refuse({ code: 'merge-self', id });
  const [event, other] = [await findEvent(m, actor.guildId, id), await findEvent(m, actor.guildId, otherId)];
  await commit(m, actor, [{ kind: 'put-event-change', change: eventChange(actor, m, id, 'merge', otherId) }], {
    action: 'events.merge',
    target: `${id} + ${otherId}`,
    before: [eventSnapshot(event), eventSnapshot(other)],
    after: { merged: [id, otherId] },
  });
  // The merged event is named by the better of the two primary claims.
  const timeline = await listEvents(m, actor.guildId);
  return timeline.find((e) => e.id === id) ?? timeline.find((e) => e.id === otherId) ?? refuse({ code: 'no-event', id });
}

/** A new date, with its granularity; a date a moderator set is no longer uncertain. */
export function dateValues(event: TimelineEvent, date: string): Array<[EventField, string]> {
  const values: Array<[EventField, string]> = [['date', date], ['granularity', granularityOf(date)]];
  if (event.certainty === 'uncertain') values.push(['certainty', 'inferred']);
  return values;
}

/**
 * Sets fields of an event, each compared with its value as the transaction reads it (the server's
 * latest change of the field, else the event's own): only what differs is changed and audited with
 * what it replaced; when nothing differs, nothing is recorded and the request is refused.
 */
export async function changeEvent(m: Moderation, actor: Actor, action: string, event: TimelineEvent, values: Array<[EventField, string]>): Promise<void> {
  const committed = await commitPlanned(m, actor, async (current) => {
    const stored = await current.eventChanges(event.id);
    const valueOf = (field: EventField) => stored.findLast((c) => c.field === field)?.value ?? String((event as unknown as Record<string, unknown>)[field]);
    const changing = values.filter(([field, value]) => valueOf(field) !== value);
    if (changing.length === 0) return null;
    return {
      changes: changing.map(([field, value]): Change => ({ kind: 'put-event-change', change: eventChange(actor, m, event.id, field, value) })),
      entry: { action, target: event.id, before: Object.fromEntries(changing.map(([field]) => [field, valueOf(field)])), after: Object.fromEntries(changing) },
    };
  });
  if (!committed) refuse({ code: 'unchanged', id: event.id });
}

function eventChange(actor: Actor, m: Moderation, event: string, field: EventField, value: string): EventChange {
  return { event, field, value, changedBy: actor.who, changedAt: m.now().toISOString() };
}
