import { periodOptionDefinitions } from '../periodDefinition.ts';
import { everywhere, localized } from '../registration.ts';
import type { CommandDefinition } from '../types.ts';

export const barometerDefinition = {
  ...localized(
    ['barometer', 'Cooperation against conflict per quarter, as a chart with the events behind it'],
    ['barometer', 'Samarbete mot konflikt per kvartal, som diagram med händelserna bakom'],
  ),
  ...everywhere,
  options: [...periodOptionDefinitions],
} satisfies CommandDefinition;
