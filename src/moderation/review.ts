import { EVENT_STATUSES } from '../events/status.ts';
import type { TimelineEvent } from '../events/types.ts';
import { engineOf, type Actor, type Moderation } from './context.ts';
import { changeEvent, dateValues, findEvent, removeEvent } from './events.ts';
import * as fields from './fields.ts';
import { refuse } from './problems.ts';

/** Events whose date was worked out with a guess (an undated article's "on Friday", a garbled date). */
export async function reviewQueue(m: Moderation, guildId: string): Promise<TimelineEvent[]> {
  return (await engineOf(m, guildId)).timeline({ status: EVENT_STATUSES }).filter((e) => e.certainty === 'uncertain');
}

async function queued(m: Moderation, guildId: string, id: string): Promise<TimelineEvent> {
  const event = await findEvent(m, guildId, id);
  if (event.certainty !== 'uncertain') refuse({ code: 'not-in-review', id });
  return event;
}

/** The date is right as extracted. */
export async function approveDate(m: Moderation, actor: Actor, id: string): Promise<TimelineEvent> {
  const event = await queued(m, actor.guildId, id);
  await changeEvent(m, actor, 'review.approve', event, [['certainty', 'inferred']]);
  return findEvent(m, actor.guildId, id);
}

/** The date is wrong: this is the right one. */
export async function correctDate(m: Moderation, actor: Actor, id: string, date: string): Promise<TimelineEvent> {
  const event = await queued(m, actor.guildId, id);
  await changeEvent(m, actor, 'review.correct', event, dateValues(event, fields.calendarDate(date, m.now())));
  return findEvent(m, actor.guildId, id);
}

/** Not an event at all (a misread date): it goes from the timeline and answers. */
export async function rejectEvent(m: Moderation, actor: Actor, id: string): Promise<TimelineEvent> {
  await queued(m, actor.guildId, id);
  return removeEvent(m, actor, id, 'review.reject');
}
