import { downvotes } from '../../moderation/index.ts';
import { positiveInt, type CliCommand } from '../command.ts';
import { guildOption, requiredGuild } from '../guild.ts';
import { renderFeedback } from '../render-moderation.ts';

export const feedbackCommand: CliCommand = {
  name: 'feedback',
  usage: 'feedback --guild ID [--limit N] [--json]',
  summary: "a server's 👎 answers with their question and citations",
  options: { limit: { type: 'string' }, ...guildOption },
  async run({ options, moderation }) {
    const votes = await downvotes(await moderation(), requiredGuild(options), positiveInt(options.limit, 'limit', 20));
    return { json: votes, text: renderFeedback(votes) };
  },
};
