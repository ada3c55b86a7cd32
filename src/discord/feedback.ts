export type Vote = 'up' | 'down';

/** A 👍 or 👎 on an answer, kept for moderators to review. */
export interface Feedback {
  vote: Vote;
  question: string;
  citations: Array<{ passageId: string; documentId: string; text: string }>;
  userId: string;
  guildId: string | null;
  /** The message the vote was cast on, when the platform has one. */
  messageId: string | null;
  at: Date;
}

export interface FeedbackSink {
  record(feedback: Feedback): Promise<void>;
}

/** Until feedback has a database: kept in memory, lost on restart. */
export class InMemoryFeedbackSink implements FeedbackSink {
  readonly entries: Feedback[] = [];

  async record(feedback: Feedback): Promise<void> {
    this.entries.push(feedback);
  }
}
