import { everywhere, localized } from '../registration.ts';
import type { CommandDefinition } from '../types.ts';

export const helpDefinition = {
  ...localized(
    ['help', 'What the bot can do and how it cites its sources'],
    ['hjälp', 'Vad boten kan göra och hur den anger sina källor'],
  ),
  ...everywhere,
} satisfies CommandDefinition;
