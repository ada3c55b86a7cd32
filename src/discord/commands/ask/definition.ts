import { ApplicationCommandOptionType } from 'discord.js';
import { everywhere, localized } from '../registration.ts';
import type { CommandDefinition } from '../types.ts';

/** Long enough for any real question, short enough to stand as an embed title (256). */
export const questionMaxLength = 200;

export const askDefinition = {
  ...localized(
    ['ask', 'Ask about Russia–Turkey relations; the answer quotes the documents'],
    ['fråga', 'Fråga om relationerna mellan Ryssland och Turkiet; svaret citerar dokumenten'],
  ),
  ...everywhere,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      ...localized(
        ['question', 'Your question, e.g. When did Turkey shoot down the Russian Su-24?'],
        ['fråga', 'Din fråga, t.ex. När sköt Turkiet ner det ryska Su-24-planet?'],
      ),
      required: true,
      max_length: questionMaxLength,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      ...localized(['private', 'Only you see the answer'], ['privat', 'Bara du ser svaret']),
    },
  ],
} satisfies CommandDefinition;
