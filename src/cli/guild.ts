import type { Actor } from '../moderation/index.ts';
import { UsageError, type CommandInput, type OptionSpec } from './command.ts';

const SERVER_ID = /^\d{17,20}$/u;

export const guildOption: OptionSpec = { guild: { type: 'string' } };

/** `--guild ID`: the Discord server whose knowledge to see; absent, the bundled corpus alone. */
export function optionalGuild(options: CommandInput['options']): string | undefined {
  const value = options.guild;
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !SERVER_ID.test(value.trim())) throw new UsageError('--guild takes a Discord server id (17 to 20 digits)');
  return value.trim();
}

/** Moderators' changes always belong to one server: the CLI has no default one. */
export function requiredGuild(options: CommandInput['options']): string {
  const guildId = optionalGuild(options);
  if (guildId === undefined) throw new UsageError('--guild ID is required: the Discord server the change belongs to');
  return guildId;
}

/** The CLI acts as `cli` in the audit. */
export function cliActor(options: CommandInput['options']): Actor {
  return { guildId: requiredGuild(options), who: 'cli' };
}
