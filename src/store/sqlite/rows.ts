import type { Language } from '../../corpus/types.ts';
import type { Tone } from '../../events/types.ts';
import type { AddedEvent, AuditEntry, EventChange, EventField, FeedbackRecord, StoredDocument, Vote } from '../types.ts';

export type Row = Record<string, unknown>;

const text = (row: Row, column: string) => row[column] as string;
const nullable = (row: Row, column: string) => (row[column] as string | null) ?? null;
const parsed = (row: Row, column: string): unknown => {
  const value = row[column];
  return typeof value === 'string' ? JSON.parse(value) : null;
};

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
  id: row.id as number,
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
