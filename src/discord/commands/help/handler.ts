import { ApplicationCommandOptionType } from 'discord.js';
import { strings, type Locale } from '../../i18n.ts';
import { colors, type Reply } from '../../reply.ts';
import { inLocale } from '../optionLabel.ts';
import type { CommandDefinition, CommandInvocation } from '../types.ts';

/** Help is written from the registered definitions, so it names commands as the user's client shows them. */
export function helpFor(definitions: () => readonly CommandDefinition[]) {
  return async ({ locale }: CommandInvocation): Promise<Reply> => helpReply(definitions(), locale);
}

/** The help text over these commands, in the reader's language. */
export function helpReply(definitions: readonly CommandDefinition[], locale: Locale): Reply {
  const t = strings(locale).help;
  const lines = definitions.map((definition) => usage(definition, locale));
  return { embeds: [{ title: t.title, description: [t.intro, '', ...lines].join('\n'), color: colors.answer }] };
}

function usage(definition: CommandDefinition, locale: Locale): string {
  const all = definition.options ?? [];
  const named = (option: (typeof all)[number]) => inLocale(option.name, option.name_localizations, locale);
  // A command with subcommands is used as one of them: `/quiz start|stop`.
  const subcommands = all.filter((option) => option.type === ApplicationCommandOptionType.Subcommand).map(named);
  const options = subcommands.length > 0 ? [subcommands.join('|')] : all.map((option) => (option.required ? named(option) : `[${named(option)}]`));
  const name = inLocale(definition.name, definition.name_localizations, locale);
  const description = inLocale(definition.description, definition.description_localizations, locale);
  return `/${[name, ...options].join(' ')}: ${description}`;
}
