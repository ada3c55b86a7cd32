import { randomBytes } from 'node:crypto';
import {
  ComponentType,
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { Logger } from '../../log.ts';
import { findButton, findCommand, findModal } from '../commands/index.ts';
import { UnreadableGuildData } from '../../knowledge/stored-data.ts';
import type { Invocation, Services, WorksWithoutServerKnowledge } from '../commands/types.ts';
import { UserError } from '../errors.ts';
import { localeOf, strings } from '../i18n.ts';
import { limits } from '../limits.ts';
import type { Reply } from '../reply.ts';
import { memberOf } from './member.ts';
import { modalPayload } from './modal.ts';
import { attachmentsOf, optionsOf, subcommandOf } from './options.ts';
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
        channelId: interaction.channelId,
        services: await servicesIn(services, interaction, logger),
        member: memberOf(interaction),
      };
      if (interaction.isChatInputCommand()) await runCommand(interaction, invocation, logger);
      else if (interaction.isAutocomplete()) await complete(interaction, invocation);
      else if (interaction.isButton()) await press(interaction, invocation);
      else if (interaction.isModalSubmit()) await submit(interaction, invocation, logger);
      else if (interaction.isRepliable()) throw new UserError(strings(invocation.locale).errors.unsupported);
    } catch (error) {
      await recover(interaction, error, logger);
    }
  };
}

/**
 * Each server sees its own knowledge: the bundled corpus and what its moderators added. When it
 * cannot be built (stored data that cannot be read, a database that does not answer), the
 * interaction goes on with the bundled corpus and says why where it needs more: a bad row must
 * never make every interaction of a server fail.
 */
async function servicesIn(services: Services, interaction: Interaction, logger: Logger): Promise<Services> {
  if (!services.moderation) return services;
  const { engines } = services.moderation;
  try {
    const ready = await engines.current(interaction.guildId);
    if (ready) return { ...services, engine: ready };
    // Never make the server's knowledge on the way to the acknowledgement: acknowledge, then wait.
    if (await acknowledgeFirst(interaction)) return { ...services, engine: await engines.engineFor(interaction.guildId) };
    // What cannot be acknowledged ahead answers now from what is ready: choices as the user types
    // from the bundled corpus, a form that needs nothing more, and anything else says to try again.
    if (interaction.isAutocomplete()) return { ...services, engine: engines.bundled };
    return { ...services, engine: engines.bundled, knowledgeFailure: new UserError(strings(localeOf(interaction.locale)).errors.stillLoading) };
  } catch (error) {
    const t = strings(localeOf(interaction.locale)).errors;
    let failure: UserError;
    if (error instanceof UnreadableGuildData) {
      logger.warn({ guild: interaction.guildId, rows: error.rows }, "the server's stored data cannot be read");
      failure = new UserError(t.serverData);
    } else {
      const errorId = randomBytes(4).toString('hex');
      logger.error({ errorId, interaction: describe(interaction), err: error }, "the server's knowledge could not be built");
      failure = new UserError(t.internal(errorId));
    }
    return { ...services, engine: services.moderation.engines.bundled, knowledgeFailure: failure };
  }
}

/**
 * Acknowledges, before the server's knowledge is waited for, what can be: a command as its
 * deferral says, a button press as an update of its message (the answer then edits it or follows
 * it), a submitted form privately, as forms answer. False for what cannot (autocomplete, a form
 * to open).
 */
async function acknowledgeFirst(interaction: Interaction): Promise<boolean> {
  if (interaction.isChatInputCommand()) {
    const deferral = findCommand(interaction.commandName)?.deferral?.(optionsOf(interaction), subcommandOf(interaction));
    if (deferral) await deferrer(interaction)(deferral.ephemeral);
    return deferral !== undefined;
  }
  if (interaction.isButton()) {
    await interaction.deferUpdate();
    return true;
  }
  if (interaction.isModalSubmit()) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    return true;
  }
  return false;
}

/** What needs the server's own knowledge refuses when it could not be built. */
function needsKnowledge(handler: WorksWithoutServerKnowledge, services: Services): void {
  if (services.knowledgeFailure && !handler.withoutServerKnowledge) throw services.knowledgeFailure;
}

async function runCommand(interaction: ChatInputCommandInteraction, invocation: Invocation, logger: Logger) {
  const command = findCommand(interaction.commandName);
  if (!command) throw new UserError(strings(invocation.locale).errors.unknownCommand);
  needsKnowledge(command, invocation.services);
  const reply = await command.run({
    ...invocation,
    options: optionsOf(interaction),
    subcommand: subcommandOf(interaction),
    attachments: attachmentsOf(interaction),
    defer: deferrer(interaction),
  });
  if (reply.modal) await interaction.showModal(modalPayload(reply.modal));
  else await send(interaction, reply, logger);
}

function deferrer(interaction: RepliableInteraction) {
  return async (ephemeral: boolean) => {
    // Acknowledged already while the server's knowledge was being made.
    if (interaction.deferred || interaction.replied) return;
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  };
}

async function send(interaction: RepliableInteraction, reply: Reply, logger: Logger) {
  if (!interaction.deferred) {
    await interaction.reply(newMessage(reply));
  } else if (tokenAlive(interaction)) {
    await interaction.editReply(messageBody(reply));
  } else {
    logger.warn({ interaction: describe(interaction) }, 'answer ready after the interaction token expired; dropped');
  }
}

async function complete(interaction: AutocompleteInteraction, invocation: Invocation) {
  // Nothing to offer from a server's knowledge that could not be built; the command will say why.
  if (invocation.services.knowledgeFailure) return interaction.respond([]);
  const command = findCommand(interaction.commandName);
  const focused = interaction.options.getFocused(true);
  const subcommand = [interaction.options.getSubcommandGroup(false), interaction.options.getSubcommand(false)].filter((name): name is string => name !== null);
  // Capped before any work: the registered options are at most 100 characters, a forged value may be anything.
  const typed = String(focused.value).slice(0, limits.typed);
  const choices = (await command?.autocomplete?.({ ...invocation, typed, focused: focused.name, subcommand })) ?? [];
  await interaction.respond(choices);
}

async function submit(interaction: ModalSubmitInteraction, invocation: Invocation, logger: Logger) {
  const modal = findModal(interaction.customId);
  if (!modal) throw new UserError(strings(invocation.locale).errors.staleButton);
  needsKnowledge(modal.handler, invocation.services);
  const values = Object.fromEntries(
    [...interaction.fields.fields.values()].flatMap((field) => (field.type === ComponentType.TextInput ? [[field.customId, field.value]] : [])),
  );
  const reply = await modal.handler.run({ ...invocation, fields: modal.fields, values, defer: deferrer(interaction) });
  await send(interaction, reply, logger);
}

async function press(interaction: ButtonInteraction, invocation: Invocation) {
  const button = findButton(interaction.customId);
  if (!button) throw new UserError(strings(invocation.locale).errors.staleButton);
  needsKnowledge(button.handler, invocation.services);
  const { reply, updatesMessage } = await button.handler.run({
    ...invocation,
    fields: button.fields,
    message: { id: interaction.message.id, title: interaction.message.embeds[0]?.title ?? undefined },
  });
  // Acknowledged already, as an update, while the server's knowledge was being made.
  if (interaction.deferred) await (updatesMessage ? interaction.editReply(messageBody(reply)) : interaction.followUp(newMessage(reply)));
  else if (updatesMessage) await interaction.update(messageBody(reply));
  else await interaction.reply(newMessage(reply));
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

/**
 * Privately where possible; an acknowledgement already sent decides who sees its edit. A press
 * acknowledged as an update keeps its message: what went wrong follows it.
 */
async function tell(interaction: RepliableInteraction, content: string): Promise<void> {
  const reply = { content, ephemeral: true };
  if (interaction.isMessageComponent() && interaction.deferred) {
    await interaction.followUp(newMessage(reply));
  } else if (interaction.deferred && !interaction.replied) {
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
