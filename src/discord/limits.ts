import type { Reply, ReplyEmbed } from './reply.ts';

/** Discord's limits on what a bot sends (content held to 2000 although the API takes 4000). */
export const limits = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  choices: 25,
  choiceName: 100,
  /**
   * What is read of a value being typed for autocomplete: every option that completes takes at
   * most 100 characters, and a forged longer one must not cost a search over a million.
   */
  typed: 100,
} as const;

/** Cut to at most `max` characters, marking the cut, never splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max - 1);
  if (/[\ud800-\udbff]/.test(text.charAt(end - 1))) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** A reply within Discord's limits: every piece to its own limit, then the embeds together to 6000. */
export function fitReply(reply: Reply): Reply {
  return {
    ...reply,
    ...(reply.content !== undefined && { content: truncate(reply.content, limits.content) }),
    ...(reply.embeds && { embeds: fitTotal(reply.embeds.slice(0, limits.embeds).map(fitEmbed)) }),
    ...(reply.buttons && {
      buttons: reply.buttons
        .slice(0, limits.buttonsPerRow * limits.rows)
        .map((button) => (button.label === undefined ? button : { ...button, label: truncate(button.label, limits.buttonLabel) })),
    }),
  };
}

function fitEmbed(embed: ReplyEmbed): ReplyEmbed {
  return {
    ...embed,
    ...(embed.title !== undefined && { title: truncate(embed.title, limits.title) }),
    ...(embed.description !== undefined && { description: truncate(embed.description, limits.description) }),
    ...(embed.footer !== undefined && { footer: truncate(embed.footer, limits.footer) }),
    ...(embed.fields && {
      fields: embed.fields.slice(0, limits.fields).map((field) => ({
        ...field,
        name: truncate(field.name, limits.fieldName),
        value: truncate(field.value, limits.fieldValue),
      })),
    }),
  };
}

function embedLength(embed: ReplyEmbed): number {
  const fields = embed.fields ?? [];
  return [embed.title, embed.description, embed.footer, ...fields.flatMap((f) => [f.name, f.value])]
    .reduce((sum, text) => sum + (text?.length ?? 0), 0);
}

/**
 * Over 6000 characters in all, the longest field values are cut to a common length first
 * (every citation keeps its source line), then the descriptions.
 */
function fitTotal(embeds: ReplyEmbed[]): ReplyEmbed[] {
  const over = () => embeds.reduce((sum, embed) => sum + embedLength(embed), 0) - limits.embedTotal;
  if (over() > 0) {
    const values = embeds.flatMap((embed) => (embed.fields ?? []).map((field) => field.value.length));
    const cap = levelFor(values, values.reduce((a, b) => a + b, 0) - over());
    embeds = embeds.map((embed) => ({
      ...embed,
      ...(embed.fields && { fields: embed.fields.map((field) => ({ ...field, value: truncate(field.value, cap) })) }),
    }));
  }
  if (over() > 0) {
    const descriptions = embeds.map((embed) => embed.description?.length ?? 0);
    const cap = levelFor(descriptions, descriptions.reduce((a, b) => a + b, 0) - over());
    embeds = embeds.map((embed) =>
      embed.description === undefined ? embed : { ...embed, description: truncate(embed.description, cap) },
    );
  }
  return embeds;
}

/** The largest cap (at least 1) with the lengths, each cut to it, adding up to no more than `total`. */
function levelFor(lengths: number[], total: number): number {
  let low = 1;
  let high = Math.max(1, ...lengths);
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (lengths.reduce((sum, length) => sum + Math.min(length, mid), 0) <= total) low = mid;
    else high = mid - 1;
  }
  return low;
}
