import type { GuildSettings } from '../store/types.ts';
import { commit, type Actor, type Moderation } from './context.ts';

export async function settingsOf(m: Moderation, guildId: string): Promise<GuildSettings> {
  return (await m.store.guild(guildId)).settings;
}

/** Who besides members with Manage Server may moderate: members with this role (null: nobody else). */
export async function setModeratorRole(m: Moderation, actor: Actor, moderatorRoleId: string | null): Promise<GuildSettings> {
  const before = await settingsOf(m, actor.guildId);
  const after = { moderatorRoleId };
  await commit(m, actor, [{ kind: 'put-settings', settings: after }], { action: 'settings', target: 'moderator role', before, after });
  return after;
}
