import type { Language } from '../../corpus/types.ts';
import type { Tone } from '../../events/types.ts';
import type { CurationAction, QuizCuration } from '../../quiz/curation.ts';
import type { QuizQuestion } from '../../quiz/types.ts';
import type {
  AddedEvent,
  AuditEntry,
  EventChange,
  EventField,
  FeedbackRecord,
  PracticeCardRecord,
  QuizAnswerRecord,
  QuizMemberStats,
  QuizReportRecord,
  QuizSessionRecord,
  QuizSessionStatus,
  QuizStanding,
  StoredDocument,
  Vote,
} from '../types.ts';
import type { Row } from './driver.ts';

const text = (row: Row, column: string) => row[column] as string;
const nullable = (row: Row, column: string) => (row[column] as string | null) ?? null;
/** PostgreSQL returns counts, sums and bigint ids as strings. */
const number = (row: Row, column: string) => Number(row[column] ?? 0);
const parsed = (row: Row, column: string): unknown => {
  const value = row[column];
  return typeof value === 'string' ? JSON.parse(value) : null;
};
/** Where a record outside servers has '' for its guild (a key column cannot be null). */
const guildOrNull = (row: Row) => nullable(row, 'guild_id') || null;

/** JSON text for a column, null for nothing. */
export function json(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(value);
}

export const guildKey = (guildId: string | null) => guildId ?? '';

export const documentOf = (row: Row): StoredDocument => ({
  id: text(row, 'id'),
  title: text(row, 'title'),
  publisher: nullable(row, 'publisher'),
  language: text(row, 'language') as Language,
  published: text(row, 'published'),
  fileName: text(row, 'file_name'),
  sha256: text(row, 'sha256'),
  text: text(row, 'text'),
  addedBy: text(row, 'added_by'),
  addedAt: text(row, 'added_at'),
});

export const quizCurationOf = (row: Row): QuizCuration => ({
  questionId: text(row, 'question_id'),
  action: text(row, 'action') as CurationAction,
  question: parsed(row, 'question_json') as QuizQuestion | null,
  by: text(row, 'changed_by'),
  at: text(row, 'changed_at'),
});

export const addedEventOf = (row: Row): AddedEvent => ({
  id: text(row, 'id'),
  passageId: text(row, 'passage_id'),
  documentId: nullable(row, 'document_id'),
  quote: text(row, 'quote'),
  date: text(row, 'date'),
  summary: text(row, 'summary'),
  tone: text(row, 'tone') as Tone,
  addedBy: text(row, 'added_by'),
  addedAt: text(row, 'added_at'),
});

export const eventChangeOf = (row: Row): EventChange => ({
  event: text(row, 'event_id'),
  field: text(row, 'field') as EventField,
  value: text(row, 'value'),
  changedBy: text(row, 'changed_by'),
  changedAt: text(row, 'changed_at'),
});

export const auditEntryOf = (row: Row): AuditEntry => ({
  id: number(row, 'id'),
  guildId: text(row, 'guild_id'),
  at: text(row, 'at'),
  actor: text(row, 'actor'),
  action: text(row, 'action'),
  target: text(row, 'target'),
  before: parsed(row, 'before_json'),
  after: parsed(row, 'after_json'),
});

export const feedbackOf = (row: Row): FeedbackRecord => ({
  vote: text(row, 'vote') as Vote,
  question: text(row, 'question'),
  citations: parsed(row, 'citations_json') as FeedbackRecord['citations'],
  userId: text(row, 'user_id'),
  guildId: nullable(row, 'guild_id'),
  messageId: nullable(row, 'message_id'),
  at: text(row, 'at'),
});

export const quizSessionOf = (row: Row): QuizSessionRecord => ({
  id: text(row, 'id'),
  guildId: nullable(row, 'guild_id'),
  channelId: text(row, 'channel_id'),
  startedBy: text(row, 'started_by'),
  locale: text(row, 'locale'),
  questions: parsed(row, 'questions_json') as QuizQuestion[],
  secondsPerQuestion: number(row, 'seconds_per_question'),
  startedAt: text(row, 'started_at'),
  status: text(row, 'status') as QuizSessionStatus,
  round: number(row, 'round'),
  roundStartedAt: nullable(row, 'round_started_at'),
  messageId: nullable(row, 'message_id'),
  endedAt: nullable(row, 'ended_at'),
});

export const quizAnswerOf = (row: Row): QuizAnswerRecord => ({
  sessionId: text(row, 'session_id'),
  guildId: nullable(row, 'guild_id'),
  round: number(row, 'round'),
  userId: text(row, 'user_id'),
  option: number(row, 'option_index'),
  // SQLite has 0 and 1, PostgreSQL booleans.
  correct: Boolean(row.correct),
  points: number(row, 'points'),
  streak: number(row, 'streak'),
  at: text(row, 'at'),
});

export const quizStandingOf = (row: Row): QuizStanding => ({
  userId: text(row, 'user_id'),
  points: number(row, 'points'),
  correct: number(row, 'correct'),
  answered: number(row, 'answered'),
});

export const quizMemberStatsOf = (row: Row): QuizMemberStats => ({
  ...quizStandingOf(row),
  sessions: number(row, 'sessions'),
  bestStreak: number(row, 'best_streak'),
});

export const practiceCardOf = (row: Row): PracticeCardRecord => ({
  guildId: guildOrNull(row),
  userId: text(row, 'user_id'),
  cardId: text(row, 'card_id'),
  due: text(row, 'due'),
  state: parsed(row, 'state_json'),
  updatedAt: text(row, 'updated_at'),
});

export const quizReportOf = (row: Row): QuizReportRecord => ({
  guildId: guildOrNull(row),
  userId: text(row, 'user_id'),
  sessionId: nullable(row, 'session_id'),
  question: parsed(row, 'question_json') as QuizQuestion,
  reason: nullable(row, 'reason'),
  at: text(row, 'at'),
});
