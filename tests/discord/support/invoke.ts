import { findButton, findCommand } from '../../../src/discord/commands/index.ts';
import type { Services } from '../../../src/discord/commands/types.ts';
import { InMemoryFeedbackSink } from '../../../src/discord/feedback.ts';
import type { Locale } from '../../../src/discord/i18n.ts';
import type { Options } from '../../../src/discord/input.ts';
import type { ButtonResult, Reply, ReplyButton } from '../../../src/discord/reply.ts';
import type { Engine } from '../../../src/engine.ts';

/** Runs the platform-neutral handlers directly, as both adapters do. */
export function handlers(engine: Engine, extra: Pick<Services, 'askLimiter'> = {}) {
  const services = { engine, feedback: new InMemoryFeedbackSink(), ...extra };
  const deferrals: boolean[] = [];
  const base = (locale: Locale) => ({ locale, userId: 'u1', guildId: 'g1', services });

  return {
    services,
    /** The `ephemeral` argument of each defer() call. */
    deferrals,
    run(name: string, options: Options = {}, locale: Locale = 'en'): Promise<Reply> {
      const command = findCommand(name);
      if (!command) throw new Error(`no command ${name}`);
      return command.run({ ...base(locale), options, defer: async (ephemeral) => void deferrals.push(ephemeral) });
    },
    complete(name: string, typed: string, locale: Locale = 'en') {
      const complete = findCommand(name)?.autocomplete;
      if (!complete) throw new Error(`no autocomplete on ${name}`);
      return complete({ ...base(locale), typed });
    },
    press(button: ReplyButton | undefined, on?: Reply, locale: Locale = 'en'): Promise<ButtonResult> {
      const found = button && findButton(button.customId);
      if (!found) throw new Error(`no handler for button ${button?.customId}`);
      const title = on?.embeds?.[0]?.title;
      return found.handler.run({ ...base(locale), fields: found.fields, message: { id: 'm1', title } });
    },
  };
}

export const fieldNames = (reply: Reply) => reply.embeds?.[0]?.fields?.map((field) => field.name) ?? [];
export const button = (reply: Reply, face: string) =>
  reply.buttons?.find((candidate) => candidate.label === face || candidate.emoji === face);
