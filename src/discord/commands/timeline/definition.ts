import { ApplicationCommandOptionType } from 'discord.js';
import { periodOptionDefinitions } from '../periodDefinition.ts';
import { everywhere, localized } from '../registration.ts';
import type { CommandDefinition } from '../types.ts';

/** The topic must fit in the paging buttons' custom_id. */
export const topicMaxLength = 50;

export const timelineDefinition = {
  ...localized(['timeline', 'The events of a period: a picture of the whole, then eight at a time'], ['tidslinje', 'En periods händelser: en bild av helheten, sedan åtta åt gången']),
  ...everywhere,
  options: [
    ...periodOptionDefinitions,
    {
      type: ApplicationCommandOptionType.String,
      ...localized(['topic', 'Only events about this, e.g. gas, Syria, sanctions'], ['ämne', 'Bara händelser om detta, t.ex. gas, Syrien, sanktioner']),
      max_length: topicMaxLength,
    },
  ],
} satisfies CommandDefinition;
