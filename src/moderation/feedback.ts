import type { FeedbackRecord } from '../store/types.ts';
import type { Moderation } from './context.ts';

/** The 👎 votes of a server, newest first, with the question and what was cited. */
export async function downvotes(m: Moderation, guildId: string, limit = 20): Promise<FeedbackRecord[]> {
  return m.store.feedback(guildId, { vote: 'down', limit });
}
