import { EVENT_STATUSES } from '../events/status.ts';
import type { TimelineEvent } from '../events/types.ts';
import { engineOf, type Actor, type Moderation } from './context.ts';
import { changeEvent, dateValues, findEvent, removeEvent } from './events.ts';
import * as fields from './fields.ts';
import { refuse } from './problems.ts';

/**
 * Events whose date is doubtful, each with its reasons (`doubts`): worked out from a guessed
 * publication date, garbled, composed from another event or relative expressions, or disagreeing
 * with another document; a date a moderator has reviewed leaves the queue.
 */
export async function reviewQueue(m: Moderation, guildId: string): Promise<TimelineEvent[]> {
  return (await engineOf(m, guildId)).timeline({ status: EVENT_STATUSES }).filter(inReview);
}

export function inReview(event: TimelineEvent): boolean {
  return event.certainty !== 'reviewed' && (event.certainty === 'uncertain' || (event.doubts ?? []).length > 0);
}

async function queued(m: Moderation, guildId: string, id: string): Promise<TimelineEvent> {
  const event = await findEvent(m, guildId, id);
  if (!inReview(event)) refuse({ code: 'not-in-review', id });
  return event;
}

/** The date is right as extracted. */
export async function approveDate(m: Moderation, actor: Actor, id: string): Promise<TimelineEvent> {
  const event = await queued(m, actor.guildId, id);
  await changeEvent(m, actor, 'review.approve', event, [['certainty', 'reviewed']]);
  return findEvent(m, actor.guildId, id);
}

/** The date is wrong: this is the right one. */
export async function correctDate(m: Moderation, actor: Actor, id: string, date: string): Promise<TimelineEvent> {
  const event = await queued(m, actor.guildId, id);
  const values = dateValues(event, fields.calendarDate(date, m.now())).filter(([field]) => field !== 'certainty');
  await changeEvent(m, actor, 'review.correct', event, [...values, ['certainty', 'reviewed']]);
  return findEvent(m, actor.guildId, id);
}

/** Not an event at all (a misread date): it goes from the timeline and answers. */
export async function rejectEvent(m: Moderation, actor: Actor, id: string): Promise<TimelineEvent> {
  await queued(m, actor.guildId, id);
  return removeEvent(m, actor, id, 'review.reject');
}
