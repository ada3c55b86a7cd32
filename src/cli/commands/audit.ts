import { auditLog } from '../../moderation/index.ts';
import { positiveInt, type CliCommand } from '../command.ts';
import { guildOption, requiredGuild } from '../guild.ts';
import { renderAudit } from '../render-moderation.ts';

export const auditCommand: CliCommand = {
  name: 'audit',
  usage: 'audit --guild ID [--limit N] [--json]',
  summary: "a server's changes, newest first: who, when, what, before and after",
  options: { limit: { type: 'string' }, ...guildOption },
  async run({ options, moderation }) {
    const entries = await auditLog(await moderation(), requiredGuild(options), positiveInt(options.limit, 'limit', 20));
    return { json: entries, text: renderAudit(entries) };
  },
};
