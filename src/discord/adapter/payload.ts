import {
  AttachmentBuilder,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIEmbed,
} from 'discord.js';
import { fitReply, limits } from '../limits.ts';
import type { Reply, ReplyButton, ReplyEmbed } from '../reply.ts';

/** A question quoting `@everyone` or a role pings no one: nothing the bot sends may mention. */
export const noMentions = { parse: [] };

const styles: Record<ReplyButton['style'], APIButtonComponentWithCustomId['style']> = {
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  success: ButtonStyle.Success,
  danger: ButtonStyle.Danger,
};

/** Corpus text and user text are shown as written: every Markdown character is escaped. */
const plain = (text: string) =>
  escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });

export interface MessageBody {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
  allowedMentions: typeof noMentions;
  /** Uploaded as multipart; on an edit they replace the message's earlier files. */
  files?: AttachmentBuilder[];
}

/** The message a reply becomes: escaped, then fitted to Discord's limits (escaping lengthens text). */
export function messageBody(reply: Reply): MessageBody {
  const fitted = fitReply({
    ...reply,
    ...(reply.content !== undefined && { content: plain(reply.content) }),
    ...(reply.embeds && { embeds: reply.embeds.map(escapeEmbed) }),
  });
  return {
    ...(fitted.content !== undefined && { content: fitted.content }),
    embeds: (fitted.embeds ?? []).map(toEmbed),
    components: rows(fitted.buttons ?? []),
    allowedMentions: noMentions,
    ...(reply.files && { files: reply.files.map(({ name, data, description }) => new AttachmentBuilder(data, { name, description })) }),
  };
}

/** A new message also says who may see it; an edit cannot change that, so it is set only here. */
export function newMessage(reply: Reply): MessageBody & { flags?: MessageFlags.Ephemeral } {
  return { ...messageBody(reply), ...(reply.ephemeral && { flags: MessageFlags.Ephemeral }) };
}

function escapeEmbed(embed: ReplyEmbed): ReplyEmbed {
  return {
    ...embed,
    ...(embed.title !== undefined && { title: plain(embed.title) }),
    ...(embed.description !== undefined && { description: plain(embed.description) }),
    ...(embed.footer !== undefined && { footer: plain(embed.footer) }),
    ...(embed.fields && {
      fields: embed.fields.map((field) => ({ ...field, name: plain(field.name), value: plain(field.value) })),
    }),
  };
}

function toEmbed({ title, description, fields, footer, color, image }: ReplyEmbed): APIEmbed {
  return {
    ...(image !== undefined && { image: { url: `attachment://${image}` } }),
    ...(title !== undefined && { title }),
    ...(description !== undefined && { description }),
    ...(fields && { fields: fields.map(({ name, value, inline }) => ({ name, value, ...(inline && { inline }) })) }),
    ...(footer !== undefined && { footer: { text: footer } }),
    ...(color !== undefined && { color }),
  };
}

function rows(buttons: ReplyButton[]): APIActionRowComponent<APIButtonComponentWithCustomId>[] {
  const result: APIActionRowComponent<APIButtonComponentWithCustomId>[] = [];
  for (let start = 0; start < buttons.length; start += limits.buttonsPerRow) {
    result.push({
      type: ComponentType.ActionRow,
      components: buttons.slice(start, start + limits.buttonsPerRow).map((button) => ({
        type: ComponentType.Button,
        custom_id: button.customId,
        style: styles[button.style],
        ...(button.label !== undefined && { label: button.label }),
        ...(button.emoji !== undefined && { emoji: { name: button.emoji } }),
        ...(button.disabled && { disabled: true }),
      })),
    });
  }
  return result;
}
