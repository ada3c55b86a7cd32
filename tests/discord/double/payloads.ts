import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  MessageType,
  type APIInteraction,
  type APIMessage,
  type APIUser,
} from 'discord.js';
import { snowflake } from './snowflake.ts';

export type OptionValue = string | number | boolean;

export interface Actor {
  user?: Partial<APIUser> & { id?: string };
  /** null: a direct message with the bot. */
  guildId?: string | null;
  channelId?: string;
  /** The user's client language, e.g. 'sv-SE'. */
  locale?: string;
  /** Backdate the interaction (its id carries its creation time). */
  createdAt?: number;
}

export const defaultGuildId = '900000000000000001';
export const defaultChannelId = '900000000000000002';

export function user(overrides: Actor['user'] = {}): APIUser {
  return {
    id: overrides.id ?? '800000000000000001',
    username: 'student',
    discriminator: '0',
    global_name: 'Student',
    avatar: null,
    ...overrides,
  } as APIUser;
}

/** The fields every interaction carries, for a guild channel or a DM. */
function base(applicationId: string, actor: Actor) {
  const guildId = actor.guildId === undefined ? defaultGuildId : actor.guildId;
  const who = user(actor.user);
  const channelId = actor.channelId ?? defaultChannelId;
  const where = guildId
    ? {
        guild_id: guildId,
        channel: { id: channelId, type: ChannelType.GuildText, guild_id: guildId, name: 'study-group' },
        member: {
          user: who,
          roles: [],
          permissions: '2248473465835073',
          joined_at: new Date(0).toISOString(),
          deaf: false,
          mute: false,
          flags: 0,
        },
        guild_locale: 'en-US',
        context: InteractionContextType.Guild,
        authorizing_integration_owners: { '0': guildId },
      }
    : {
        channel: { id: channelId, type: ChannelType.DM, recipients: [who] },
        user: who,
        context: InteractionContextType.BotDM,
        authorizing_integration_owners: { '0': who.id },
      };
  return {
    id: snowflake(actor.createdAt),
    application_id: applicationId,
    token: `itok_${randomBytes(24).toString('base64url')}`,
    version: 1,
    channel_id: channelId,
    locale: actor.locale ?? 'en-US',
    app_permissions: '2248473465835073',
    entitlements: [],
    attachment_size_limit: 8_388_608,
    ...where,
  };
}

function optionType(value: OptionValue): ApplicationCommandOptionType {
  if (typeof value === 'string') return ApplicationCommandOptionType.String;
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  return Number.isInteger(value) ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
}

function commandOptions(options: Record<string, OptionValue>, focused?: string) {
  return Object.entries(options).map(([name, value]) => ({
    name,
    type: optionType(value),
    value,
    ...(name === focused && { focused: true }),
  }));
}

/** A slash command as a user sends it; option types follow the values' JavaScript types. */
export function slashCommand(
  applicationId: string,
  name: string,
  options: Record<string, OptionValue> = {},
  actor: Actor = {},
): APIInteraction {
  const common = base(applicationId, actor);
  return {
    ...common,
    type: InteractionType.ApplicationCommand,
    data: {
      id: snowflake(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: commandOptions(options),
      ...(common.guild_id && { guild_id: common.guild_id }),
    },
  } as unknown as APIInteraction;
}

/** The user typing in `focused`: Discord asks for choices with what is typed so far. */
export function autocomplete(
  applicationId: string,
  name: string,
  options: Record<string, OptionValue>,
  focused: string,
  actor: Actor = {},
): APIInteraction {
  return {
    ...slashCommand(applicationId, name, {}, actor),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: { id: snowflake(), name, type: ApplicationCommandType.ChatInput, options: commandOptions(options, focused) },
  } as unknown as APIInteraction;
}

/** A click on a button of `message`. */
export function buttonClick(applicationId: string, message: APIMessage, customId: string, actor: Actor = {}): APIInteraction {
  return {
    ...base(applicationId, { channelId: message.channel_id, ...actor }),
    type: InteractionType.MessageComponent,
    message,
    data: { custom_id: customId, component_type: ComponentType.Button },
  } as unknown as APIInteraction;
}

/** The message Discord makes of a bot's response, as it hands it back in later interactions. */
export function botMessage(bot: APIUser, channelId: string, body: Record<string, unknown>, applicationId: string): APIMessage {
  return {
    id: snowflake(),
    channel_id: channelId,
    author: bot,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: MessageType.ChatInputCommand,
    flags: 0,
    webhook_id: applicationId,
    application_id: applicationId,
    ...messageFields(body),
  } as APIMessage;
}

/** The parts of a request body that become parts of the message. */
export function messageFields(body: Record<string, unknown>): Partial<APIMessage> {
  const fields: Record<string, unknown> = {};
  for (const key of ['content', 'embeds', 'components', 'flags', 'attachments', 'poll'] as const) {
    if (body[key] !== undefined && body[key] !== null) fields[key] = body[key];
  }
  return fields as Partial<APIMessage>;
}
