import type { Reply } from '../../reply.ts';
import type { CommandInvocation } from '../types.ts';

// Placeholder until the /quiz leaderboard subcommand is built.
export async function runLeaderboard(_invocation: CommandInvocation): Promise<Reply> {
  throw new Error('/quiz leaderboard is not built yet');
}
