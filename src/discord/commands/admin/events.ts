import {
  addEvent,
  approveDate,
  correctDate,
  editEvent,
  mergeEvents,
  rejectEvent,
  removeEvent,
  reviewQueue,
} from '../../../moderation/index.ts';
import type { Options } from '../../input.ts';
import { textOption, type AdminAction } from './context.ts';
import { eventLine, eventReply, listReply } from './render.ts';

const id = (options: Options) => textOption(options, 'event') ?? '';

export const eventActions: Array<[string, AdminAction]> = Object.entries({
  'events add': async ({ m, actor, t, locale }, { options }) => {
    const input = { passageId: textOption(options, 'passage') ?? '', quote: textOption(options, 'quote'), date: textOption(options, 'date') ?? '', summary: textOption(options, 'summary') ?? '', tone: textOption(options, 'tone') };
    return eventReply(t.events.added, await addEvent(m, actor, input), locale);
  },
  'events edit': async ({ m, actor, t, locale }, { options }) => {
    const edit = { date: textOption(options, 'date'), summary: textOption(options, 'summary'), tone: textOption(options, 'tone') };
    return eventReply(t.events.changed, await editEvent(m, actor, id(options), edit), locale);
  },
  'events remove': async ({ m, actor, t, locale }, { options }) => eventReply(t.events.removed, await removeEvent(m, actor, id(options)), locale),
  'events merge': async ({ m, actor, t, locale }, { options }) =>
    eventReply(t.events.merged, await mergeEvents(m, actor, id(options), textOption(options, 'with') ?? ''), locale),
  'review list': async ({ m, actor, t }) => listReply(t.events.queue, (await reviewQueue(m, actor.guildId)).map(eventLine), t, t.events.queueEmpty),
  'review approve': async ({ m, actor, t, locale }, { options }) => eventReply(t.events.approved, await approveDate(m, actor, id(options)), locale),
  'review correct': async ({ m, actor, t, locale }, { options }) =>
    eventReply(t.events.corrected, await correctDate(m, actor, id(options), textOption(options, 'date') ?? ''), locale),
  'review reject': async ({ m, actor, t, locale }, { options }) => eventReply(t.events.rejected, await rejectEvent(m, actor, id(options)), locale),
} satisfies Record<string, AdminAction>);
