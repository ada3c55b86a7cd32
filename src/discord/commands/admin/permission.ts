import { PermissionFlagsBits } from 'discord.js';
import type { GuildSettings } from '../../../store/types.ts';
import type { Member } from '../types.ts';

/**
 * Discord hides /admin from members without Manage Server, but a server can change who sees a
 * command; so the handler decides again: Manage Server (Administrator implies it), or the
 * server's moderator role.
 */
export function mayModerate(member: Member | null | undefined, settings: GuildSettings): boolean {
  if (!member) return false;
  const { ManageGuild, Administrator } = PermissionFlagsBits;
  if ((member.permissions & (ManageGuild | Administrator)) !== 0n) return true;
  return settings.moderatorRoleId !== null && member.roles.includes(settings.moderatorRoleId);
}
