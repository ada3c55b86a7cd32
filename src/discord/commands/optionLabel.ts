import type { LocalizationMap } from 'discord.js';
import type { Locale } from '../i18n.ts';
import type { CommandDefinition } from './types.ts';

/** A registered name or description as the user's client shows it. */
export function inLocale(base: string, localizations: LocalizationMap | null | undefined, locale: Locale): string {
  return (locale === 'sv' ? localizations?.['sv-SE'] : undefined) ?? base;
}

/** An option's name as the user sees it, for messages about it. */
export function optionLabel(definition: CommandDefinition, option: string, locale: Locale): string {
  const found = definition.options?.find((candidate) => candidate.name === option);
  return inLocale(option, found?.name_localizations, locale);
}
