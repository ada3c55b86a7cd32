import type { Reply } from '../../reply.ts';
import type { CommandInvocation } from '../types.ts';

// Placeholder until the /quiz start subcommand is built.
export async function runStart(_invocation: CommandInvocation): Promise<Reply> {
  throw new Error('/quiz start is not built yet');
}
