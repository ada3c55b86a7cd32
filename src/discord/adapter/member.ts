import type { Interaction } from 'discord.js';
import type { Member } from '../commands/types.ts';

/** The member's permissions bitfield (as the interaction carries it) and roles; null outside servers. */
export function memberOf(interaction: Interaction): Member | null {
  if (!interaction.inGuild()) return null;
  const roles = interaction.member.roles;
  return {
    permissions: interaction.memberPermissions?.bitfield ?? 0n,
    roles: Array.isArray(roles) ? roles : [...roles.cache.keys()],
  };
}
