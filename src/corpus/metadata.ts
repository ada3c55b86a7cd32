import { z } from 'zod';
import type { DocumentMeta } from './types.ts';

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');

export const documentMetaSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a readable slug such as "afp-idlib-factfile"'),
    file: z.string().min(1),
    title: z.string().min(1),
    publisher: z.string().min(1).nullable(),
    language: z.enum(['en', 'sv']),
    published: z.object({
      value: partialDate,
      granularity: z.enum(['year', 'month', 'day']),
      inferred: z.boolean(),
      evidence: z.string().min(1).optional(),
    }),
    quality: z.array(z.enum(['machine-translation', 'pdf-extraction', 'markup-remnants'])),
    readings: z
      .array(z.object({ written: z.string().min(1), reads: z.string().min(1), why: z.string().min(1) }))
      .optional(),
    notes: z.string().optional(),
  })
  .refine((m) => m.published.value.split('-').length === ['year', 'month', 'day'].indexOf(m.published.granularity) + 1, {
    message: 'published.value does not match published.granularity',
    path: ['published'],
  })
  .refine((m) => !m.published.inferred || m.published.evidence !== undefined, {
    message: 'an inferred publication date needs its evidence',
    path: ['published', 'evidence'],
  });

const metadataFileSchema = z.object({ documents: z.array(documentMetaSchema).min(1) });

/** Validates the metadata file; throws an error prefixed "relations-bot: " naming the bad field. */
export function parseMetadata(json: unknown): DocumentMeta[] {
  const result = metadataFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`relations-bot: invalid document metadata at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown problem'}`);
  }
  const ids = new Set<string>();
  for (const doc of result.data.documents) {
    if (ids.has(doc.id)) throw new Error(`relations-bot: duplicate document id "${doc.id}" in metadata`);
    ids.add(doc.id);
  }
  return result.data.documents;
}
