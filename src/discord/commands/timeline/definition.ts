import { ApplicationCommandOptionType } from 'discord.js';
import { everywhere, localized } from '../registration.ts';
import type { CommandDefinition } from '../types.ts';

/** Dates are at most YYYY-MM-DD; the topic must fit in the paging buttons' custom_id. */
export const dateMaxLength = 10;
export const topicMaxLength = 50;

export const timelineDefinition = {
  ...localized(['timeline', 'The events of a period, eight at a time'], ['tidslinje', 'En periods händelser, åtta åt gången']),
  ...everywhere,
  options: [
    {
      type: ApplicationCommandOptionType.String,
      ...localized(
        ['from', 'First date: a year (2016), a month (2016-06) or a day (2016-06-27)'],
        ['från', 'Första datum: ett år (2016), en månad (2016-06) eller en dag (2016-06-27)'],
      ),
      max_length: dateMaxLength,
    },
    {
      type: ApplicationCommandOptionType.String,
      ...localized(
        ['to', 'Last date: a year (2017), a month (2017-03) or a day (2017-03-10)'],
        ['till', 'Sista datum: ett år (2017), en månad (2017-03) eller en dag (2017-03-10)'],
      ),
      max_length: dateMaxLength,
    },
    {
      type: ApplicationCommandOptionType.String,
      ...localized(['topic', 'Only events about this, e.g. gas, Syria, sanctions'], ['ämne', 'Bara händelser om detta, t.ex. gas, Syrien, sanktioner']),
      max_length: topicMaxLength,
    },
  ],
} satisfies CommandDefinition;
