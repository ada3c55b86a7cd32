import type { Reply } from '../../reply.ts';
import type { CommandInvocation } from '../types.ts';

// Placeholder until the /quiz practice subcommand is built.
export async function runPractice(_invocation: CommandInvocation): Promise<Reply> {
  throw new Error('/quiz practice is not built yet');
}
