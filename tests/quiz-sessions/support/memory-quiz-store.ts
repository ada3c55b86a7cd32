import { setImmediate as turn } from 'node:timers/promises';
import type { SessionStore } from '../../../src/quiz-sessions/service.ts';
import { StoreConflict, type NewQuizSession, type QuizAnswerRecord, type QuizSessionRecord, type QuizSessionUpdate } from '../../../src/store/types.ts';

/**
 * The session part of the QuizStore contract in memory, as the database keeps it: one running
 * session per channel, one answer per member and round, ended sessions unchangeable. Every call
 * yields to the event loop first, so concurrent calls interleave as they do against a database.
 */
export class MemoryQuizStore implements SessionStore {
  readonly sessions = new Map<string, QuizSessionRecord>();
  readonly answers: QuizAnswerRecord[] = [];

  async startQuizSession(session: NewQuizSession): Promise<QuizSessionRecord> {
    await turn();
    if ([...this.sessions.values()].some((s) => s.channelId === session.channelId && s.status === 'running')) {
      throw new StoreConflict(`a quiz is already running in channel ${session.channelId}`);
    }
    const record: QuizSessionRecord = { ...session, status: 'running', round: 0, roundStartedAt: null, messageId: null, endedAt: null };
    this.sessions.set(record.id, record);
    return structuredClone(record);
  }

  async quizSession(id: string): Promise<QuizSessionRecord | null> {
    await turn();
    const record = this.sessions.get(id);
    return record ? structuredClone(record) : null;
  }

  async runningQuizSession(channelId: string): Promise<QuizSessionRecord | null> {
    return (await this.runningQuizSessions()).find((s) => s.channelId === channelId) ?? null;
  }

  async runningQuizSessions(): Promise<QuizSessionRecord[]> {
    await turn();
    return [...this.sessions.values()].filter((s) => s.status === 'running').map((s) => structuredClone(s));
  }

  async updateQuizSession(id: string, update: QuizSessionUpdate): Promise<boolean> {
    await turn();
    const record = this.sessions.get(id);
    if (record?.status !== 'running') return false;
    Object.assign(record, update);
    return true;
  }

  async recordQuizAnswer(answer: QuizAnswerRecord): Promise<boolean> {
    await turn();
    if (this.answers.some((a) => a.sessionId === answer.sessionId && a.round === answer.round && a.userId === answer.userId)) return false;
    this.answers.push({ ...answer });
    return true;
  }

  async quizAnswers(sessionId: string): Promise<QuizAnswerRecord[]> {
    await turn();
    return this.answers.filter((a) => a.sessionId === sessionId).map((a) => ({ ...a }));
  }
}
