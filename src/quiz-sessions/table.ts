import type { Standing } from '../quiz/scoring.ts';
import type { SessionEnding } from '../quiz/session.ts';
import type { QuizAnswerRecord, QuizSessionRecord } from '../store/types.ts';

/** What a session shows in its channel; the platform adapter renders it. */
export type QuizView =
  | {
      kind: 'question';
      session: QuizSessionRecord;
      round: number;
      /** When answers close (ms since the epoch); null once the round is closed. */
      deadline: number | null;
    }
  | {
      kind: 'reveal';
      session: QuizSessionRecord;
      round: number;
      /** Every answer given in the round, as stored. */
      answers: QuizAnswerRecord[];
    }
  | {
      kind: 'scoreboard';
      session: QuizSessionRecord;
      standings: Standing[];
      ending: SessionEnding;
      /** Who stopped it, when it was stopped. */
      stoppedBy: string | null;
      /** Questions asked before it ended. */
      roundsAsked: number;
    };

/**
 * The channel a session plays in: posting returns the message's id, so the question can be
 * edited when its round closes. The Discord adapter implements it over REST.
 */
export interface QuizTable {
  post(channelId: string, view: QuizView): Promise<string>;
  edit(channelId: string, messageId: string, view: QuizView): Promise<void>;
}

/** The platform will not let the bot post in the channel (no access, or no permission to send). */
export class ChannelRefused extends Error {
  override name = 'ChannelRefused';

  constructor(readonly channelId: string, reason: string) {
    super(`quiz channel refused: ${channelId}: ${reason}`);
  }
}
