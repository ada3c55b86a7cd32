import {
  addEvent,
  approveDate,
  correctDate,
  editEvent,
  listEvents,
  mergeEvents,
  rejectEvent,
  removeEvent,
  reviewQueue,
} from '../../moderation/index.ts';
import { optionalString, requiredString, type CliCommand, type CommandOutput } from '../command.ts';
import { cliActor, guildOption, requiredGuild } from '../guild.ts';
import { renderEventLine } from '../render-moderation.ts';
import { dispatch, oneId, type Action } from '../subcommands.ts';
import type { TimelineEvent } from '../../events/types.ts';

const one = (event: TimelineEvent, verb: string): CommandOutput => ({ json: event, text: `${verb}: ${renderEventLine(event)}` });
const many = (events: TimelineEvent[], empty: string): CommandOutput => ({ json: events, text: events.length === 0 ? empty : events.map(renderEventLine).join('\n') });

const review: Record<string, Action> = {
  list: async ({ options, moderation }) => many(await reviewQueue(await moderation(), requiredGuild(options)), 'No dates wait for review.'),
  approve: async ({ options, moderation }, args) => one(await approveDate(await moderation(), cliActor(options), oneId(args, 'event')), 'Approved'),
  correct: async ({ options, moderation }, args) =>
    one(await correctDate(await moderation(), cliActor(options), oneId(args, 'event'), requiredString(options.date, 'date')), 'Corrected'),
  reject: async ({ options, moderation }, args) => one(await rejectEvent(await moderation(), cliActor(options), oneId(args, 'event')), 'Rejected'),
};

export const eventsCommand: CliCommand = {
  name: 'events',
  usage: 'events list|add|edit ID|remove ID|merge ID --with ID|review [list|approve ID|correct ID --date D|reject ID] --guild ID',
  summary: "a server's events: add (a dated quote), edit, remove, merge, review uncertain dates",
  options: {
    topic: { type: 'string' },
    passage: { type: 'string' },
    quote: { type: 'string' },
    date: { type: 'string' },
    summary: { type: 'string' },
    tone: { type: 'string' },
    with: { type: 'string' },
    ...guildOption,
  },
  run: dispatch('events', {
    list: async ({ options, moderation }) => many(await listEvents(await moderation(), requiredGuild(options), optionalString(options.topic)), 'No events.'),
    add: async ({ options, moderation }) =>
      one(
        await addEvent(await moderation(), cliActor(options), {
          passageId: requiredString(options.passage, 'passage'),
          quote: optionalString(options.quote),
          date: requiredString(options.date, 'date'),
          summary: requiredString(options.summary, 'summary'),
          tone: optionalString(options.tone),
        }),
        'Added',
      ),
    edit: async ({ options, moderation }, args) =>
      one(
        await editEvent(await moderation(), cliActor(options), oneId(args, 'event'), {
          date: optionalString(options.date),
          summary: optionalString(options.summary),
          tone: optionalString(options.tone),
        }),
        'Changed',
      ),
    remove: async ({ options, moderation }, args) => one(await removeEvent(await moderation(), cliActor(options), oneId(args, 'event')), 'Removed'),
    merge: async ({ options, moderation }, args) =>
      one(await mergeEvents(await moderation(), cliActor(options), oneId(args, 'event'), requiredString(options.with, 'with')), 'Merged'),
    review: (input, [action = 'list', ...args]) => dispatch('events review', review)({ ...input, positionals: [action, ...args] }),
  }),
};
