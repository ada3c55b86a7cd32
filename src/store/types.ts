import type { Language } from '../corpus/types.ts';
import type { Tone } from '../events/types.ts';

/**
 * What moderators keep: the documents, event changes and settings of each server (guild), an
 * audit of every change, and the votes on answers. Callers see only this interface; the SQLite
 * implementation is one way to keep it (see README, "Moderators").
 */
export interface Store {
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
  /** The server's documents, events and settings go; the audit and the votes stay. */
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
