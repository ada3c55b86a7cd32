import type { Reply } from '../../reply.ts';
import type { CommandInvocation } from '../types.ts';

// Placeholder until the /quiz stats subcommand is built.
export async function runStats(_invocation: CommandInvocation): Promise<Reply> {
  throw new Error('/quiz stats is not built yet');
}
