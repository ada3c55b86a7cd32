import { z } from 'zod';
import { documentMetaSchema } from '../corpus/metadata.ts';
import { EVENT_FIELDS } from '../store/types.ts';
import { MAX_PUBLISHER, MAX_SUMMARY, MAX_TITLE } from './fields.ts';

export const EXPORT_FORMAT = 'relations-bot/server-export';

const snowflake = z.string().regex(/^\d{17,20}$/u, 'expected a Discord id');
const instant = z.iso.datetime({ offset: true });
const who = z.string().min(1).max(100);

const citation = z.object({ documentId: z.string().min(1), passageId: z.string().min(1), quote: z.string().min(1), language: z.enum(['en', 'sv']) }).strict();

/** A quiz question as a moderator left it (edited or their own). */
const quizQuestion = z
  .object({
    id: z.string().min(1).max(40),
    kind: z.string().min(1).max(20),
    language: z.enum(['en', 'sv']),
    question: z.string().min(1).max(2000),
    options: z.array(z.string().min(1).max(1000)).min(2).max(4),
    answer: z.number().int().min(0).max(3),
    values: z.array(z.string()).min(2).max(4),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    eventIds: z.array(z.string()),
    answerEvents: z.array(z.string()),
    thread: z.string(),
    citations: z.array(citation).min(1),
    origin: z.enum(['generated', 'edited', 'moderator']),
  })
  .strict();

/** A server's documents, events and settings as `/admin export` writes them and `/admin import` reads them. */
export const serverExportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(1),
    guildId: z.string().min(1),
    exportedAt: instant,
    settings: z.object({ moderatorRoleId: snowflake.nullable() }).strict(),
    documents: z.array(
      z
        .object({
          id: documentMetaSchema.shape.id,
          title: z.string().min(1).max(MAX_TITLE),
          publisher: z.string().min(1).max(MAX_PUBLISHER).nullable(),
          language: z.enum(['en', 'sv']),
          published: z.string(),
          fileName: z.string().min(1).max(1024),
          text: z.string(),
          addedBy: who,
          addedAt: instant,
        })
        .strict(),
    ),
    addedEvents: z.array(
      z
        .object({
          id: z.string().min(1).max(100),
          passageId: z.string().min(1),
          documentId: z.string().min(1).nullable(),
          quote: z.string().min(1),
          date: z.string(),
          summary: z.string().min(1).max(MAX_SUMMARY),
          tone: z.enum(['cooperation', 'conflict', 'neutral']),
          addedBy: who,
          addedAt: instant,
        })
        .strict(),
    ),
    eventChanges: z.array(
      z
        .object({
          event: z.string().min(1).max(100),
          field: z.enum(EVENT_FIELDS),
          value: z.string().min(1).max(MAX_SUMMARY),
          changedBy: who,
          changedAt: instant,
        })
        .strict(),
    ),
    // Exports made before quiz curation have none.
    quizQuestions: z
      .array(
        z
          .object({
            questionId: z.string().regex(/^q[0-9a-f]{11}$/u, 'expected a question id'),
            action: z.enum(['hide', 'edit', 'add']),
            question: quizQuestion.nullable(),
            by: who,
            at: instant,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type ServerExport = z.infer<typeof serverExportSchema>;
