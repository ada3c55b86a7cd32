import { ComponentType, TextInputStyle, type APIModalInteractionResponseCallbackData } from 'discord.js';
import { truncate } from '../limits.ts';
import type { ReplyModal } from '../reply.ts';

/** Discord's limits for a form: a 45-character title and labels, 100-character placeholders. */
const LABEL = 45;

export function modalPayload(modal: ReplyModal): APIModalInteractionResponseCallbackData {
  return {
    custom_id: modal.customId,
    title: truncate(modal.title, LABEL),
    components: modal.inputs.map((input) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: input.id,
          label: truncate(input.label, LABEL),
          style: input.style === 'paragraph' ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: input.required,
          max_length: input.maxLength,
          ...(input.value !== undefined && { value: input.value.slice(0, input.maxLength) }),
          ...(input.placeholder !== undefined && { placeholder: truncate(input.placeholder, 100) }),
        },
      ],
    })),
  };
}
