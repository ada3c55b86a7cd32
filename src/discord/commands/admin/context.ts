import { describeRows, UnreadableGuildData } from '../../../knowledge/stored-data.ts';
import { describeProblem, ModerationError, recordRefusal, settingsOf, type Actor, type Moderation } from '../../../moderation/index.ts';
import { UserError } from '../../errors.ts';
import type { Locale } from '../../i18n.ts';
import type { Options } from '../../input.ts';
import type { Reply } from '../../reply.ts';
import type { CommandInvocation, Invocation } from '../types.ts';
import { mayModerate } from './permission.ts';
import { adminStrings, type AdminStrings } from './strings.ts';

/** What every /admin action works with, once the member is known to be a moderator. */
export interface AdminContext {
  m: Moderation;
  actor: Actor;
  t: AdminStrings;
  locale: Locale;
}

/** One subcommand of /admin. */
export type AdminAction = (ctx: AdminContext, invocation: CommandInvocation) => Promise<Reply>;

/**
 * Lets moderators through; anyone else gets a private refusal, which is audited with what they
 * tried. Checked on every command and every form submitted, whatever Discord showed them.
 */
export async function admit(invocation: Invocation, attempted: string): Promise<AdminContext> {
  const t = adminStrings(invocation.locale);
  const m = invocation.services.moderation;
  if (!m) throw new UserError(t.unavailable);
  if (invocation.guildId === null) throw new UserError(t.guildOnly);
  const actor = { guildId: invocation.guildId, who: `discord:${invocation.userId}` };
  if (!mayModerate(invocation.member, await settingsOf(m, actor.guildId))) {
    await recordRefusal(m, actor, attempted, 'not a moderator');
    throw new UserError(t.notModerator);
  }
  return { m, actor, t, locale: invocation.locale };
}

/**
 * A refusal of the moderation service, in the moderator's language; stored data that cannot be
 * read, with what is wrong and how to repair it.
 */
export async function explained<T>(locale: Locale, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ModerationError) throw new UserError(describeProblem(error.problem, locale));
    if (error instanceof UnreadableGuildData) {
      const detail = describeRows(error.rows);
      throw new UserError(adminStrings(locale).unreadable(`${detail.charAt(0).toUpperCase()}${detail.slice(1)}`));
    }
    throw error;
  }
}

/** A text option as given: the moderation service trims and checks it, and says what is wrong. */
export function textOption(options: Options, name: string): string | undefined {
  const value = options[name];
  return typeof value === 'string' ? value : undefined;
}
