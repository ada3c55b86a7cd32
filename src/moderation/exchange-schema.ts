import { z } from 'zod';
import { documentMetaSchema } from '../corpus/metadata.ts';
import { EVENT_FIELDS } from '../store/types.ts';
import { MAX_PUBLISHER, MAX_SUMMARY, MAX_TITLE } from './fields.ts';

export const EXPORT_FORMAT = 'relations-bot/server-export';

const snowflake = z.string().regex(/^\d{17,20}$/u, 'expected a Discord id');
const instant = z.iso.datetime({ offset: true });
const who = z.string().min(1).max(100);

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
  })
  .strict();

export type ServerExport = z.infer<typeof serverExportSchema>;
