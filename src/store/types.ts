import type { Language } from '../corpus/types.ts';
import type { Tone } from '../events/types.ts';
import type { QuizCuration } from '../quiz/curation.ts';
import type { QuizQuestion } from '../quiz/types.ts';

/**
 * What moderators keep: the documents, event changes and settings of each server (guild), an
 * audit of every change, and the votes on answers. Callers see only this interface, opened by
 * `openStore` (src/store/open.ts) on a SQLite file or a PostgreSQL server (see README, "Moderators").
 */
export interface Store extends QuizStore {
  /** Everything a server has added or changed, to build its knowledge from. */
  guild(guildId: string): Promise<GuildData>;
  /**
   * Raised by every commit that changes the server's data (by this process or another, such as the
   * CLI): an engine built at an older revision is stale. 0 for a server without changes.
   */
  revision(guildId: string): Promise<number>;
  /**
   * Applies `changes` in order with their audit entry, all or nothing. An entry with no changes
   * records something refused. Throws `StoreConflict` when a change would duplicate what is kept.
   */
  commit(guildId: string, changes: readonly Change[], audit: NewAuditEntry): Promise<void>;
  /**
   * Reads and commits in one transaction, with no other commit of the server in between (in this
   * process or another): `plan` gets the server's data as the transaction sees it and returns the
   * changes with their audit entry, so the audit's "before" is what the change replaced; or null
   * when there is nothing to change, and then nothing is written, not even the audit. True when it
   * committed. Whatever `plan` throws comes out, with nothing written; a duplicate is `StoreConflict`.
   */
  commitPlanned(guildId: string, plan: (current: CommitReader) => Promise<PlannedCommit | null>): Promise<boolean>;
  /** The newest entries first. */
  audit(guildId: string, options: { limit: number }): Promise<AuditEntry[]>;
  recordFeedback(feedback: FeedbackRecord): Promise<void>;
  /** The newest votes first. */
  feedback(guildId: string, options: { vote: Vote; limit: number }): Promise<FeedbackRecord[]>;
  close(): Promise<void>;
}

/** A document a server's moderators added: its metadata and its text as uploaded. */
export interface StoredDocument {
  id: string;
  title: string;
  publisher: string | null;
  language: Language;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  published: string;
  /** The uploaded file's name, or how the text came (pasted). */
  fileName: string;
  /** Of the text: the same text twice in one server is a duplicate. */
  sha256: string;
  text: string;
  addedBy: string;
  addedAt: string;
}

export const EVENT_FIELDS = ['summary', 'tone', 'date', 'granularity', 'certainty', 'hidden', 'merge'] as const;
export type EventField = (typeof EVENT_FIELDS)[number];

/** A moderator's change to one event, in the shape of the bundled reviewed overlay. */
export interface EventChange {
  event: string;
  field: EventField;
  value: string;
  changedBy: string;
  changedAt: string;
}

/** An event a moderator added: a date and a summary for a verbatim quote of a passage. */
export interface AddedEvent {
  id: string;
  passageId: string;
  /** The server's document the passage belongs to; null for the bundled corpus. */
  documentId: string | null;
  quote: string;
  date: string;
  summary: string;
  tone: Tone;
  addedBy: string;
  addedAt: string;
}

export interface GuildSettings {
  /** Members with this role may moderate besides those with Manage Server. */
  moderatorRoleId: string | null;
}

export interface GuildData {
  documents: StoredDocument[];
  addedEvents: AddedEvent[];
  /** In the order they were made, which is the order they apply in. */
  eventChanges: EventChange[];
  settings: GuildSettings;
  /** The moderators' decisions on the server's quiz questions, in the order they were made. */
  quizCurations: QuizCuration[];
}

/** What a planned commit reads, inside its transaction. */
export interface CommitReader {
  guild(): Promise<GuildData>;
  /** The server's changes of one event (as the event changed, not as one merged in), in the order they apply. */
  eventChanges(eventId: string): Promise<EventChange[]>;
}

export interface PlannedCommit {
  changes: Change[];
  audit: NewAuditEntry;
}

/** One change to a server's data; a commit applies a list of them in one transaction. */
export type Change =
  | { kind: 'put-document'; document: StoredDocument }
  | { kind: 'delete-document'; id: string }
  | { kind: 'put-added-event'; event: AddedEvent }
  | { kind: 'delete-added-event'; id: string }
  /** Replaces the event's earlier change of the same field (for `merge`, of the same value). */
  | { kind: 'put-event-change'; change: EventChange }
  /** Every change naming one of these events, as the event changed or as the one merged in. */
  | { kind: 'delete-event-changes'; events: string[] }
  | { kind: 'put-settings'; settings: GuildSettings }
  /** Replaces any earlier decision on the same question. */
  | { kind: 'put-quiz-curation'; curation: QuizCuration }
  | { kind: 'delete-quiz-curation'; questionId: string }
  /** The server's documents, events, settings and quiz decisions go; the audit, the votes and the quiz records stay. */
  | { kind: 'clear-guild' };

export interface AuditEntry {
  id: number;
  guildId: string;
  at: string;
  /** Who: `discord:<user id>` or `cli`. */
  actor: string;
  /** What: `documents.add`, `events.edit`, `refused`, … */
  action: string;
  /** What it was done to (a document or event id), or what was attempted. */
  target: string;
  before: unknown;
  after: unknown;
}

export type NewAuditEntry = Omit<AuditEntry, 'id' | 'guildId'>;

export type Vote = 'up' | 'down';

/** A 👍 or 👎 on an answer: the question, the passages cited, who voted where. */
export interface FeedbackRecord {
  vote: Vote;
  question: string;
  citations: Array<{ passageId: string; documentId: string; text: string }>;
  userId: string;
  guildId: string | null;
  /** The message the vote was cast on, when the platform has one. */
  messageId: string | null;
  at: string;
}

/** A change that would duplicate what is kept (the same document twice, an id taken). */
export class StoreConflict extends Error {
  override name = 'StoreConflict';
}

/**
 * What quiz mode keeps: channel sessions with their questions, every member's answers, practice
 * cards and reports. The store enforces what must hold under concurrent clicks and across
 * processes: one running session per channel, one answer per member and question.
 */
export interface QuizStore {
  /** Throws `StoreConflict` when a session is already running in the channel. */
  startQuizSession(session: NewQuizSession): Promise<QuizSessionRecord>;
  quizSession(id: string): Promise<QuizSessionRecord | null>;
  /** The running session of a channel, if any. */
  runningQuizSession(channelId: string): Promise<QuizSessionRecord | null>;
  /** Every session still marked running (after a restart: the ones to end or resume). */
  runningQuizSessions(): Promise<QuizSessionRecord[]>;
  /** Moves a running session on; false (and nothing changed) when it is no longer running. */
  updateQuizSession(id: string, update: QuizSessionUpdate): Promise<boolean>;
  /** False (and nothing changed) when the member has already answered this round. */
  recordQuizAnswer(answer: QuizAnswerRecord): Promise<boolean>;
  /** All answers of a session, in the order they were recorded. */
  quizAnswers(sessionId: string): Promise<QuizAnswerRecord[]>;
  /**
   * Points per member over the server's sessions started at or after `since` (ISO time; null for
   * all time), best first (ties: more right answers, then user id).
   */
  quizLeaderboard(guildId: string, options: { since: string | null; limit: number }): Promise<QuizStanding[]>;
  /** A member's record in a server: sessions answered in, answers, right answers, points, best streak. */
  quizStats(guildId: string, userId: string): Promise<QuizMemberStats>;
  /** A member's practice cards in a server (guildId null outside servers). */
  practiceCards(guildId: string | null, userId: string): Promise<PracticeCardRecord[]>;
  /**
   * Saves the card (guildId null is a key of its own) if it is still as the caller read it:
   * `readAt` is the `updatedAt` it read, null for a card not held yet. False, and nothing changed,
   * when another review saved it first, so two clicks on one question grade it once.
   */
  savePracticeCard(card: PracticeCardRecord, readAt: string | null): Promise<boolean>;
  /**
   * False when the same member already reported the same question in the same server (guildId
   * null for outside servers): the same kind and wording over the same option values, in any order.
   */
  reportQuizQuestion(report: QuizReportRecord): Promise<boolean>;
  /** The newest reports first. */
  quizReports(guildId: string | null, options: { limit: number }): Promise<QuizReportRecord[]>;
}

export type QuizSessionStatus = 'running' | 'finished' | 'stopped' | 'interrupted';

export interface NewQuizSession {
  id: string;
  guildId: string | null;
  channelId: string;
  startedBy: string;
  /** The locale the session talks in. */
  locale: string;
  questions: QuizQuestion[];
  secondsPerQuestion: number;
  startedAt: string;
}

export interface QuizSessionRecord extends NewQuizSession {
  status: QuizSessionStatus;
  /** Index of the question being asked (or last asked). */
  round: number;
  /** When the current question was posted; null before the first. */
  roundStartedAt: string | null;
  /** The message that shows the current question, once posted. */
  messageId: string | null;
  endedAt: string | null;
}

export interface QuizSessionUpdate {
  status?: QuizSessionStatus;
  round?: number;
  roundStartedAt?: string | null;
  messageId?: string | null;
  endedAt?: string | null;
}

export interface QuizAnswerRecord {
  sessionId: string;
  guildId: string | null;
  round: number;
  userId: string;
  /** Index of the option chosen. */
  option: number;
  correct: boolean;
  /** Points this answer earned (0 when wrong). */
  points: number;
  /** Right answers in a row up to and including this one (0 when wrong). */
  streak: number;
  at: string;
}

export interface QuizStanding {
  userId: string;
  points: number;
  correct: number;
  answered: number;
}

export interface QuizMemberStats extends QuizStanding {
  sessions: number;
  bestStreak: number;
}

/**
 * A spaced-repetition card: the scheduler's state is opaque to the store, `due` is not. `state` is
 * kept as JSON, so it comes back as JSON parses it (a Date in it comes back as its ISO string).
 */
export interface PracticeCardRecord {
  guildId: string | null;
  userId: string;
  /** What the card drills, e.g. `when:<event id>`. */
  cardId: string;
  /** ISO time the card is next due. */
  due: string;
  state: unknown;
  updatedAt: string;
}

export interface QuizReportRecord {
  guildId: string | null;
  userId: string;
  /** The session it came from; null for practice. */
  sessionId: string | null;
  question: QuizQuestion;
  /** Why, when the member said. */
  reason: string | null;
  at: string;
}
