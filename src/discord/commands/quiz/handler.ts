import { UserError } from '../../errors.ts';
import { strings } from '../../i18n.ts';
import type { Reply } from '../../reply.ts';
import type { CommandInvocation } from '../types.ts';
import { runLeaderboard } from './leaderboard.ts';
import { runPractice } from './practice.ts';
import { runStart } from './start.ts';
import { runStats } from './stats.ts';
import { runStop } from './stop.ts';

/** Each subcommand of /quiz, by its (English) name; a forged name (`constructor`) is not one. */
const subcommands = new Map<string, (invocation: CommandInvocation) => Promise<Reply>>([
  ['start', runStart],
  ['stop', runStop],
  ['leaderboard', runLeaderboard],
  ['stats', runStats],
  ['practice', runPractice],
]);

/** Whose eyes a subcommand's answer is for: the member's own (practice, stop) or the channel's. */
const privately = new Set(['practice', 'stop']);

export const quizDeferral = (_options: unknown, subcommand: readonly string[]) => ({ ephemeral: privately.has(subcommand.join(' ')) });

export async function runQuiz(invocation: CommandInvocation): Promise<Reply> {
  const run = subcommands.get((invocation.subcommand ?? []).join(' '));
  if (!run) throw new UserError(strings(invocation.locale).errors.unknownCommand);
  return run(invocation);
}
