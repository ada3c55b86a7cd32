import type { Reply } from '../../reply.ts';
import type { CommandInvocation } from '../types.ts';

// Placeholder until the /quiz stop subcommand is built.
export async function runStop(_invocation: CommandInvocation): Promise<Reply> {
  throw new Error('/quiz stop is not built yet');
}
