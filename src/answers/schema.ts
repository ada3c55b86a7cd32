import { z } from 'zod';

export const answerCitationSchema = z.object({
  n: z.number().int().positive(),
  documentId: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  published: z.string(),
  passageId: z.string(),
  quote: z.string().min(1),
  language: z.enum(['en', 'sv']),
  /** English gloss of a Swedish quote under an English question. */
  gloss: z.string().optional(),
});

export const answerEventSchema = z.object({
  id: z.string(),
  date: z.string(),
  summary: z.string(),
  citations: z.array(answerCitationSchema),
});

export const disagreementSchema = z.object({
  about: z.string(),
  claims: z.array(z.object({ value: z.string(), citation: answerCitationSchema })).min(2),
});

export const answerSchema = z.object({
  question: z.string(),
  language: z.enum(['en', 'sv']),
  kind: z.enum(['when', 'what', 'who', 'where', 'how-many', 'period', 'order', 'other']),
  abstained: z.boolean(),
  answer: z.string(),
  date: z.string().nullable(),
  events: z.array(answerEventSchema),
  citations: z.array(answerCitationSchema),
  disagreements: z.array(disagreementSchema),
  /** Topics the corpus covers, offered when the bot abstains. */
  suggestions: z.array(z.string()),
  /** The fact the question asks for, as the answer leads with it, and the citation that contains it. */
  fact: z.object({ type: z.enum(['date', 'time', 'person', 'name', 'place', 'number', 'quotation', 'reason', 'development']), text: z.string(), citation: answerCitationSchema }).optional(),
});

export type Answer = z.infer<typeof answerSchema>;
export type AnswerCitation = z.infer<typeof answerCitationSchema>;
export type Disagreement = z.infer<typeof disagreementSchema>;
