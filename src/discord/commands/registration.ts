import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';

/** Installed on servers; usable in their channels and in a direct message with the bot. */
export const everywhere = {
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
};

type NameAndDescription = [name: string, description: string];

/** A command's or option's name and description, in English and (for sv-SE clients) Swedish. */
export function localized([name, description]: NameAndDescription, [svName, svDescription]: NameAndDescription) {
  return {
    name,
    name_localizations: { 'sv-SE': svName },
    description,
    description_localizations: { 'sv-SE': svDescription },
  };
}
