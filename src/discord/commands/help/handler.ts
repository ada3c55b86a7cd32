import { strings, type Locale } from '../../i18n.ts';
import { colors, type Reply } from '../../reply.ts';
import { inLocale } from '../optionLabel.ts';
import type { CommandDefinition, CommandInvocation } from '../types.ts';

/** Help is written from the registered definitions, so it names commands as the user's client shows them. */
export function helpFor(definitions: () => readonly CommandDefinition[]) {
  return async ({ locale }: CommandInvocation): Promise<Reply> => {
    const t = strings(locale).help;
    const lines = definitions().map((definition) => usage(definition, locale));
    return { embeds: [{ title: t.title, description: [t.intro, '', ...lines].join('\n'), color: colors.answer }] };
  };
}

function usage(definition: CommandDefinition, locale: Locale): string {
  const options = (definition.options ?? []).map((option) => {
    const name = inLocale(option.name, option.name_localizations, locale);
    return option.required ? name : `[${name}]`;
  });
  const name = inLocale(definition.name, definition.name_localizations, locale);
  const description = inLocale(definition.description, definition.description_localizations, locale);
  return `/${[name, ...options].join(' ')}: ${description}`;
}
