import { createHash } from 'node:crypto';
import type { QuizQuestion } from '../../quiz/types.ts';
import type {
  NewQuizSession,
  PracticeCardRecord,
  QuizAnswerRecord,
  QuizMemberStats,
  QuizReportRecord,
  QuizSessionRecord,
  QuizSessionUpdate,
  QuizStanding,
  QuizStore,
} from '../types.ts';
import type { SqlDriver, SqlValue } from './driver.ts';
import { guildKey, practiceCardOf, quizAnswerOf, quizMemberStatsOf, quizReportOf, quizSessionOf, quizStandingOf } from './rows.ts';

/** The columns `updateQuizSession` may change, by field. */
const SESSION_UPDATE_COLUMNS: Record<keyof QuizSessionUpdate, string> = {
  status: 'status',
  round: 'round',
  roundStartedAt: 'round_started_at',
  messageId: 'message_id',
  endedAt: 'ended_at',
};

/** An answer's tallies, summed per member. */
const TALLIES = "SUM(a.points) AS points, SUM(CASE WHEN a.correct THEN 1 ELSE 0 END) AS correct, COUNT(*) AS answered";

/**
 * The quiz part of the SQL store. Whatever must hold under concurrent clicks and across processes
 * is decided by the database in one statement (a unique index and ON CONFLICT DO NOTHING, an
 * UPDATE that names the state it expects), never by reading first and writing after.
 */
export class SqlQuizStore implements QuizStore {
  constructor(protected readonly db: SqlDriver) {}

  async startQuizSession(session: NewQuizSession): Promise<QuizSessionRecord> {
    const record: QuizSessionRecord = { ...session, status: 'running', round: 0, roundStartedAt: null, messageId: null, endedAt: null };
    // A second running session in the channel breaks the partial unique index: StoreConflict.
    await this.db.query(
      `INSERT INTO quiz_sessions (id, guild_id, channel_id, started_by, locale, questions_json, seconds_per_question, started_at, status, round)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'running', 0)`,
      [session.id, session.guildId, session.channelId, session.startedBy, session.locale, JSON.stringify(session.questions), session.secondsPerQuestion, session.startedAt],
    );
    return record;
  }

  async quizSession(id: string): Promise<QuizSessionRecord | null> {
    const [row] = await this.db.query('SELECT * FROM quiz_sessions WHERE id = $1', [id]);
    return row ? quizSessionOf(row) : null;
  }

  async runningQuizSession(channelId: string): Promise<QuizSessionRecord | null> {
    const [row] = await this.db.query("SELECT * FROM quiz_sessions WHERE channel_id = $1 AND status = 'running'", [channelId]);
    return row ? quizSessionOf(row) : null;
  }

  async runningQuizSessions(): Promise<QuizSessionRecord[]> {
    const rows = await this.db.query("SELECT * FROM quiz_sessions WHERE status = 'running' ORDER BY started_at, id");
    return rows.map(quizSessionOf);
  }

  async updateQuizSession(id: string, update: QuizSessionUpdate): Promise<boolean> {
    const fields = (Object.keys(SESSION_UPDATE_COLUMNS) as (keyof QuizSessionUpdate)[]).filter((field) => update[field] !== undefined);
    const params: SqlValue[] = [id, ...fields.map((field) => update[field] ?? null)];
    const assignments = fields.map((field, i) => `${SESSION_UPDATE_COLUMNS[field]} = $${i + 2}`);
    // With nothing to change, the answer is still whether the session runs.
    const rows = assignments.length > 0
      ? await this.db.query(`UPDATE quiz_sessions SET ${assignments.join(', ')} WHERE id = $1 AND status = 'running' RETURNING id`, params)
      : await this.db.query("SELECT id FROM quiz_sessions WHERE id = $1 AND status = 'running'", params);
    return rows.length > 0;
  }

  async recordQuizAnswer(answer: QuizAnswerRecord): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO quiz_answers (session_id, guild_id, round, user_id, option_index, correct, points, streak, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (session_id, round, user_id) DO NOTHING RETURNING seq`,
      [answer.sessionId, answer.guildId, answer.round, answer.userId, answer.option, answer.correct, answer.points, answer.streak, answer.at],
    );
    return rows.length > 0;
  }

  async quizAnswers(sessionId: string): Promise<QuizAnswerRecord[]> {
    const rows = await this.db.query('SELECT * FROM quiz_answers WHERE session_id = $1 ORDER BY seq', [sessionId]);
    return rows.map(quizAnswerOf);
  }

  async quizLeaderboard(guildId: string, { since, limit }: { since: string | null; limit: number }): Promise<QuizStanding[]> {
    // Every ISO time sorts after '', so all time needs no statement of its own.
    const rows = await this.db.query(
      `SELECT a.user_id, ${TALLIES} FROM quiz_answers a JOIN quiz_sessions s ON s.id = a.session_id
       WHERE s.guild_id = $1 AND s.started_at >= $2
       GROUP BY a.user_id ORDER BY points DESC, correct DESC, a.user_id LIMIT $3`,
      [guildId, since ?? '', limit],
    );
    return rows.map(quizStandingOf);
  }

  async quizStats(guildId: string, userId: string): Promise<QuizMemberStats> {
    const [row] = await this.db.query(
      `SELECT ${TALLIES}, COUNT(DISTINCT a.session_id) AS sessions, MAX(a.streak) AS best_streak
       FROM quiz_answers a WHERE a.guild_id = $1 AND a.user_id = $2`,
      [guildId, userId],
    );
    return quizMemberStatsOf({ ...row, user_id: userId });
  }

  async practiceCards(guildId: string | null, userId: string): Promise<PracticeCardRecord[]> {
    const rows = await this.db.query('SELECT * FROM practice_cards WHERE guild_id = $1 AND user_id = $2 ORDER BY due, card_id', [guildKey(guildId), userId]);
    return rows.map(practiceCardOf);
  }

  async savePracticeCard(card: PracticeCardRecord, readAt: string | null): Promise<boolean> {
    const values = [guildKey(card.guildId), card.userId, card.cardId, card.due, JSON.stringify(card.state ?? null), card.updatedAt];
    // The database decides which of two simultaneous reviews of a card counts.
    const rows = readAt === null
      ? await this.db.query(
        `INSERT INTO practice_cards (guild_id, user_id, card_id, due, state_json, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (guild_id, user_id, card_id) DO NOTHING RETURNING card_id`,
        values,
      )
      : await this.db.query(
        `UPDATE practice_cards SET due = $4, state_json = $5, updated_at = $6
         WHERE guild_id = $1 AND user_id = $2 AND card_id = $3 AND updated_at = $7 RETURNING card_id`,
        [...values, readAt],
      );
    return rows.length > 0;
  }

  async reportQuizQuestion(report: QuizReportRecord): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO quiz_reports (guild_id, user_id, session_id, question_key, question_json, reason, at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (guild_id, user_id, question_key) DO NOTHING RETURNING id`,
      [guildKey(report.guildId), report.userId, report.sessionId, questionKey(report.question), JSON.stringify(report.question), report.reason, report.at],
    );
    return rows.length > 0;
  }

  async quizReports(guildId: string | null, { limit }: { limit: number }): Promise<QuizReportRecord[]> {
    const rows = await this.db.query('SELECT * FROM quiz_reports WHERE guild_id = $1 ORDER BY id DESC LIMIT $2', [guildKey(guildId), limit]);
    return rows.map(quizReportOf);
  }
}

/** The same question is the same kind and wording over the same options, in whatever order they were shown. */
function questionKey(question: QuizQuestion): string {
  const identity = JSON.stringify([question.kind, question.question, [...question.values].sort()]);
  return createHash('sha256').update(identity).digest('hex');
}
