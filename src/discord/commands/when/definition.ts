import { ApplicationCommandOptionType } from 'discord.js';
import { everywhere, localized } from '../registration.ts';
import type { CommandDefinition } from '../types.ts';

/** An autocomplete choice's value is at most 100 characters, and so is what it stands for. */
export const eventMaxLength = 100;

export const whenDefinition = {
  ...localized(
    ['when', 'When did it happen? The date, its sources and any disagreement between them'],
    ['när', 'När hände det? Datumet, dess källor och eventuell oenighet mellan dem'],
  ),
  ...everywhere,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      ...localized(
        ['event', 'Start typing, in English or Swedish: Su-24, S-400, Astana…'],
        ['händelse', 'Börja skriva, på svenska eller engelska: Su-24, S-400, Astana…'],
      ),
      required: true,
      autocomplete: true,
      max_length: eventMaxLength,
    },
  ],
} satisfies CommandDefinition;
