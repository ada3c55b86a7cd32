import { auditLog, downvotes, setModeratorRole, settingsOf } from '../../../moderation/index.ts';
import type { Reply } from '../../reply.ts';
import type { CommandInvocation } from '../types.ts';
import type { AdminContext } from './context.ts';
import { adminReply } from './render.ts';

const ENTRIES = 10;
const brief = (value: unknown) => (value === null || value === undefined ? '–' : JSON.stringify(value).slice(0, 180));

/** The latest changes: who, when, what, and before and after (shortened; the CLI prints them whole). */
export async function auditCommand({ m, actor, t }: AdminContext): Promise<Reply> {
  const entries = await auditLog(m, actor.guildId, ENTRIES);
  if (entries.length === 0) return adminReply({ title: t.audit.title, description: t.audit.empty });
  return adminReply({
    title: t.audit.title,
    fields: entries.map((e) => ({
      name: `${e.at.slice(0, 19).replace('T', ' ')} · ${e.action} · ${e.target}`,
      value: `${e.actor}\n${t.audit.before}: ${brief(e.before)}\n${t.audit.after}: ${brief(e.after)}`,
    })),
  });
}

export async function feedbackCommand({ m, actor, t }: AdminContext): Promise<Reply> {
  const votes = await downvotes(m, actor.guildId, ENTRIES);
  if (votes.length === 0) return adminReply({ title: t.feedback.title, description: t.feedback.empty });
  return adminReply({
    title: t.feedback.title,
    fields: votes.map((v) => ({
      name: v.question || '–',
      value: [v.at.slice(0, 10), ...v.citations.map((c) => `[${c.passageId}] “${c.text}”`)].join('\n'),
    })),
  });
}

/** Shows the moderator role, or sets or clears it. */
export async function settingsCommand({ m, actor, t }: AdminContext, { options }: CommandInvocation): Promise<Reply> {
  const role = options['moderator-role'];
  const settings =
    typeof role === 'string' ? await setModeratorRole(m, actor, role)
    : options['clear-role'] === true ? await setModeratorRole(m, actor, null)
    : await settingsOf(m, actor.guildId);
  return adminReply({ title: t.settings.title, description: t.settings.role(settings.moderatorRoleId) });
}
