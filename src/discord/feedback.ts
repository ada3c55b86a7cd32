import type { FeedbackRecord, Store, Vote } from '../store/types.ts';

export type { Vote };

/** A 👍 or 👎 on an answer, kept for moderators to review, as the store keeps it but for its time. */
export interface Feedback extends Omit<FeedbackRecord, 'at'> {
  at: Date;
}

export interface FeedbackSink {
  record(feedback: Feedback): Promise<void>;
}

/** Votes kept with the server's other moderation data, for `/admin feedback`. */
export class StoredFeedbackSink implements FeedbackSink {
  constructor(private readonly store: Pick<Store, 'recordFeedback'>) {}

  async record({ at, ...feedback }: Feedback): Promise<void> {
    await this.store.recordFeedback({ ...feedback, at: at.toISOString() });
  }
}

/** For tests and runs without a database: kept in memory, lost on restart. */
export class InMemoryFeedbackSink implements FeedbackSink {
  readonly entries: Feedback[] = [];

  async record(feedback: Feedback): Promise<void> {
    this.entries.push(feedback);
  }
}
