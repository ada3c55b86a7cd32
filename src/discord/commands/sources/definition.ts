import { everywhere, localized } from '../registration.ts';
import type { CommandDefinition } from '../types.ts';

export const sourcesDefinition = {
  ...localized(
    ['sources', 'The documents the bot quotes, with their publisher and date'],
    ['källor', 'Dokumenten som boten citerar, med utgivare och datum'],
  ),
  ...everywhere,
} satisfies CommandDefinition;
