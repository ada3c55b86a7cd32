import { commands } from '../discord/commands/index.ts';
import type { CommandDefinition } from '../discord/commands/types.ts';
import { helpReply } from '../discord/commands/help/handler.ts';
import type { Reply } from '../discord/reply.ts';

/** The commands the console runs with the same handlers as Discord, by their registered names. */
const SHARED = new Set(['ask', 'when', 'timeline', 'barometer', 'sources', 'help']);

/** Options Discord has that mean nothing here: every reply in the console is the reader's alone. */
const DISCORD_ONLY_OPTIONS = new Set(['private']);

function consoleDefinition(definition: CommandDefinition): CommandDefinition {
  return { ...definition, options: definition.options?.filter((option) => !DISCORD_ONLY_OPTIONS.has(option.name)) };
}

const consoleOwn = [
  '/search words: the passages that match',
  '/quiz [N] [when|first|order|what|who]: a round of N questions played here; /quiz practice: your own drill',
  '/press N: presses button N of the last reply; /quit ends the console',
  'A line without a slash is a question, or during a quiz round or under a practice question an answer (A–D; add 🚩 in a round to report the question).',
].join('\n');

const discordOnly =
  'On Discord only: /quiz start, stop, leaderboard and stats (quizzes in a channel, with scores), /ask’s private option, and /admin for moderators.';

/** /help in the console: what the console does, with Discord's wording for the commands both run, and what is Discord's alone. */
export function consoleHelp(): Reply {
  const shared = commands.map((command) => command.definition).filter((definition) => SHARED.has(definition.name)).map(consoleDefinition);
  const reply = helpReply(shared, 'en');
  const [embed] = reply.embeds ?? [];
  return { ...reply, embeds: embed ? [{ ...embed, description: [embed.description, consoleOwn, discordOnly].join('\n\n') }] : [] };
}
