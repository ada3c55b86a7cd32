import { ApplicationCommandOptionType, ComponentType, InteractionType, type APIAttachment, type APIInteraction } from 'discord.js';
import type { DiscordDouble } from './server.ts';
import { slashCommand, type Actor, type OptionValue } from './payloads.ts';
import { snowflake } from './snowflake.ts';

/** A member as the interaction describes them: their permissions bitfield (a decimal string) and roles. */
export interface MemberActor extends Actor {
  permissions?: string;
  roles?: string[];
}

/** Manage Server, the permission /admin asks for. */
export const manageServer = String(1n << 5n);

function optionType(value: OptionValue): ApplicationCommandOptionType {
  if (typeof value === 'string') return ApplicationCommandOptionType.String;
  if (typeof value === 'boolean') return ApplicationCommandOptionType.Boolean;
  return ApplicationCommandOptionType.Integer;
}

function asMember<T extends APIInteraction>(payload: T, actor: MemberActor): T {
  const member = (payload as { member?: Record<string, unknown> }).member;
  if (member) Object.assign(member, { ...(actor.permissions !== undefined && { permissions: actor.permissions }), ...(actor.roles && { roles: actor.roles }) });
  return payload;
}

/**
 * A command with a subcommand (and its group), as Discord nests it; attachments are resolved
 * the way Discord resolves them, with the file at its URL.
 */
export function subcommandInteraction(
  applicationId: string,
  name: string,
  path: [group: string, subcommand: string] | [subcommand: string],
  options: Record<string, OptionValue | APIAttachment> = {},
  actor: MemberActor = {},
): APIInteraction {
  const attachments: Record<string, APIAttachment> = {};
  const leaves = Object.entries(options).map(([option, value]) => {
    if (typeof value !== 'object') return { name: option, type: optionType(value), value };
    attachments[value.id] = value;
    return { name: option, type: ApplicationCommandOptionType.Attachment, value: value.id };
  });
  const [first, second] = path;
  const subcommand = { name: second ?? first, type: ApplicationCommandOptionType.Subcommand, options: leaves };
  const nested = second ? [{ name: first, type: ApplicationCommandOptionType.SubcommandGroup, options: [subcommand] }] : [subcommand];
  const payload = slashCommand(applicationId, name, {}, actor) as APIInteraction & { data: Record<string, unknown> };
  payload.data.options = nested;
  if (Object.keys(attachments).length > 0) payload.data.resolved = { attachments };
  return asMember(payload, actor);
}

/** The user submitting a form of text inputs: its custom_id and what they typed in each input. */
export function modalSubmit(applicationId: string, customId: string, values: Record<string, string>, actor: MemberActor = {}): APIInteraction {
  const base = slashCommand(applicationId, 'unused', {}, actor) as unknown as Record<string, unknown>;
  const payload = {
    ...base,
    type: InteractionType.ModalSubmit,
    data: {
      custom_id: customId,
      components: Object.entries(values).map(([id, value]) => ({
        type: ComponentType.ActionRow,
        components: [{ type: ComponentType.TextInput, custom_id: id, value }],
      })),
    },
  } as unknown as APIInteraction;
  return asMember(payload, actor);
}

/** A file uploaded to Discord: the double serves its bytes at the attachment's URL. */
export function attachment(discord: DiscordDouble, filename: string, data: Uint8Array, contentType = 'text/plain; charset=utf-8'): APIAttachment {
  const id = snowflake();
  const path = `/attachments/${id}/${filename}`;
  discord.route('GET', new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`), () => ({ body: data }));
  const url = `${discord.apiUrl.replace(/\/api$/, '')}${path}`;
  return { id, filename, size: data.length, url, proxy_url: url, content_type: contentType };
}
