import { randomBytes } from 'node:crypto';
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type RepliableInteraction,
} from 'discord.js';
import type { Logger } from '../../log.ts';
import { findButton, findCommand } from '../commands/index.ts';
import type { Invocation, Services } from '../commands/types.ts';
import { UserError } from '../errors.ts';
import { localeOf, strings } from '../i18n.ts';
import type { Options } from '../input.ts';
import { messageBody, newMessage } from './payload.ts';

/** An interaction token may edit its messages for 15 minutes; stop short of the edge. */
const tokenLifetimeMs = 15 * 60_000 - 30_000;

export interface InteractionDeps {
  services: Services;
  logger: Logger;
}

/**
 * The one error boundary: every interaction goes through here, and whatever happens the user
 * hears back (a clear message for their mistakes, an apology with an error id for ours).
 */
export function interactionHandler({ services, logger }: InteractionDeps) {
  return async function handle(interaction: Interaction): Promise<void> {
    try {
      const invocation: Invocation = {
        locale: localeOf(interaction.locale),
        userId: interaction.user.id,
        guildId: interaction.guildId,
        services,
      };
      if (interaction.isChatInputCommand()) await runCommand(interaction, invocation, logger);
      else if (interaction.isAutocomplete()) await complete(interaction, invocation);
      else if (interaction.isButton()) await press(interaction, invocation);
      else if (interaction.isRepliable()) throw new UserError(strings(invocation.locale).errors.unsupported);
    } catch (error) {
      await recover(interaction, error, logger);
    }
  };
}

async function runCommand(interaction: ChatInputCommandInteraction, invocation: Invocation, logger: Logger) {
  const command = findCommand(interaction.commandName);
  if (!command) throw new UserError(strings(invocation.locale).errors.unknownCommand);
  const reply = await command.run({
    ...invocation,
    options: optionsOf(interaction),
    defer: async (ephemeral) => {
      await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
  });
  if (!interaction.deferred) {
    await interaction.reply(newMessage(reply));
  } else if (tokenAlive(interaction)) {
    await interaction.editReply(messageBody(reply));
  } else {
    logger.warn({ interaction: describe(interaction) }, 'answer ready after the interaction token expired; dropped');
  }
}

async function complete(interaction: AutocompleteInteraction, invocation: Invocation) {
  const command = findCommand(interaction.commandName);
  const choices = command?.autocomplete?.({ ...invocation, typed: String(interaction.options.getFocused()) }) ?? [];
  await interaction.respond(choices);
}

async function press(interaction: ButtonInteraction, invocation: Invocation) {
  const button = findButton(interaction.customId);
  if (!button) throw new UserError(strings(invocation.locale).errors.staleButton);
  const { reply, updatesMessage } = await button.handler.run({
    ...invocation,
    fields: button.fields,
    message: { id: interaction.message.id, title: interaction.message.embeds[0]?.title ?? undefined },
  });
  if (updatesMessage) await interaction.update(messageBody(reply));
  else await interaction.reply(newMessage(reply));
}

function optionsOf(interaction: ChatInputCommandInteraction): Options {
  return Object.fromEntries(interaction.options.data.map(({ name, value }) => [name, value]));
}

function tokenAlive(interaction: Interaction): boolean {
  return Date.now() - interaction.createdTimestamp < tokenLifetimeMs;
}

async function recover(interaction: Interaction, error: unknown, logger: Logger): Promise<void> {
  const context = describe(interaction);
  if (interaction.isAutocomplete()) {
    logger.error({ interaction: context, err: error }, 'autocomplete failed');
    if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    return;
  }
  let message: string;
  if (error instanceof UserError) {
    logger.debug({ interaction: context, reason: error.message }, 'user mistake');
    message = error.message;
  } else {
    const errorId = randomBytes(4).toString('hex');
    logger.error({ errorId, interaction: context, err: error }, 'interaction failed');
    message = strings(localeOf(interaction.locale)).errors.internal(errorId);
  }
  if (!interaction.isRepliable()) return;
  try {
    await tell(interaction, message);
  } catch (sendError) {
    logger.warn({ interaction: context, err: sendError }, 'could not tell the user what went wrong');
  }
}

/** Privately where possible; an acknowledgement already sent decides who sees its edit. */
async function tell(interaction: RepliableInteraction, content: string): Promise<void> {
  const reply = { content, ephemeral: true };
  if (interaction.deferred && !interaction.replied) {
    if (tokenAlive(interaction)) await interaction.editReply(messageBody(reply));
  } else if (interaction.replied) {
    await interaction.followUp(newMessage(reply));
  } else {
    await interaction.reply(newMessage(reply));
  }
}

/** What a log line needs to find the interaction again; never its token. */
function describe(interaction: Interaction) {
  return {
    id: interaction.id,
    type: interaction.type,
    user: interaction.user.id,
    guild: interaction.guildId,
    locale: interaction.locale,
    ...(interaction.isCommand() || interaction.isAutocomplete() ? { command: interaction.commandName } : {}),
    ...(interaction.isChatInputCommand() && { options: optionsOf(interaction) }),
    ...(interaction.isMessageComponent() && { customId: interaction.customId }),
  };
}
