import { REST, Routes } from 'discord.js';
import { commands } from './commands/index.ts';
import type { CommandDefinition } from './commands/types.ts';

/** The body of a bulk overwrite: the registration JSON of every command, in the listed order. */
export function registrationBody(): CommandDefinition[] {
  return commands.map((command) => command.definition);
}

export interface DeployTarget {
  token: string;
  applicationId: string;
  /** Registers to this server only (instantly visible, for testing); otherwise globally. */
  guildId?: string | undefined;
  apiUrl?: string | undefined;
}

/** Replaces the registered commands with ours; returns how many Discord now holds. */
export async function deployCommands({ token, applicationId, guildId, apiUrl }: DeployTarget): Promise<number> {
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body: registrationBody() })) as unknown[];
  return registered.length;
}
