import type { APIEmbed, APIMessage } from 'discord.js';
import type { InteractionHandle } from '../double/index.ts';

/** The parts of a message body the tests read. */
export interface MessageData {
  content?: string;
  embeds?: APIEmbed[];
  components?: Array<{ type: number; components: Array<{ custom_id: string; label?: string; emoji?: { name: string }; disabled?: boolean }> }>;
  allowed_mentions?: unknown;
  flags?: number;
}

export const callbackOf = async (handle: InteractionHandle) =>
  (await handle.callback()).body as { type: number; data: MessageData };

export const editOf = async (handle: InteractionHandle) => (await handle.edit()).body as MessageData;

export const buttonsOf = (message: MessageData | APIMessage) =>
  ((message as MessageData).components ?? []).flatMap((row) => row.components);

/** The custom_id of the button showing `face` as its label or emoji. */
export function buttonId(message: MessageData | APIMessage, face: string): string {
  const found = buttonsOf(message).find((button) => button.label === face || button.emoji?.name === face);
  if (!found) throw new Error(`no button ${face}`);
  return found.custom_id;
}
