import type { Reply, ReplyButton, ReplyEmbed } from '../discord/reply.ts';

/** A reply as plain text for a terminal; buttons are numbered for /press. */
export function replyText(reply: Reply): string {
  const blocks: string[] = [];
  if (reply.content) blocks.push(reply.content);
  for (const embed of reply.embeds ?? []) blocks.push(embedText(embed));
  if (reply.buttons?.length) blocks.push(buttonsText(reply.buttons));
  return blocks.join('\n\n');
}

function embedText({ title, description, fields = [], footer }: ReplyEmbed): string {
  const blocks: string[] = [];
  if (title) blocks.push(`== ${title} ==`);
  if (description) blocks.push(description);
  for (const { name, value } of fields) blocks.push(`${name}\n${indent(value)}`);
  if (footer) blocks.push(`(${footer})`);
  return blocks.join('\n\n');
}

function buttonsText(buttons: readonly ReplyButton[]): string {
  const shown = buttons.map((button, index) => {
    const face = [button.emoji, button.label].filter(Boolean).join(' ');
    return `[${index + 1}] ${face}${button.disabled ? ' (off)' : ''}`;
  });
  return `${shown.join('  ')}    /press N`;
}

const indent = (text: string) => text.replace(/^/gm, '    ');
