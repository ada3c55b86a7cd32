import type { GuildSettings } from '../store/types.ts';
import { commitPlanned, type Actor, type Moderation } from './context.ts';

export async function settingsOf(m: Moderation, guildId: string): Promise<GuildSettings> {
  return (await m.store.guild(guildId)).settings;
}

/** Who besides members with Manage Server may moderate: members with this role (null: nobody else). */
export async function setModeratorRole(m: Moderation, actor: Actor, moderatorRoleId: string | null): Promise<GuildSettings> {
  const after = { moderatorRoleId };
  // The same role again changes nothing, and is not recorded as a change.
  await commitPlanned(m, actor, async (current) => {
    const before = (await current.guild()).settings;
    if (before.moderatorRoleId === moderatorRoleId) return null;
    return { changes: [{ kind: 'put-settings', settings: after }], entry: { action: 'settings', target: 'moderator role', before, after } };
  });
  return after;
}
