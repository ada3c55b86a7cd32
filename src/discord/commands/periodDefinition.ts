import { ApplicationCommandOptionType } from 'discord.js';
import { localized } from './registration.ts';

/** Dates are at most YYYY-MM-DD. */
const dateMaxLength = 10;

/** The `from` and `to` options of the commands about a period (/timeline, /barometer). */
export const periodOptionDefinitions = [
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
] as const;
