import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import type { DocumentMeta } from '../../src/corpus/types.ts';

/** A question as `../shared/eval/README.md` defines it (docs name seeds by their first three characters). */
export const questionSchema = z.object({
  id: z.string(),
  q: z.string(),
  lang: z.enum(['en', 'sv']).optional(),
  date: z.string().optional(),
  mention: z.array(z.string()).optional(),
  docs: z.array(z.string()).optional(),
  abstain: z.boolean().optional(),
  timeline: z.array(z.string()).optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const retrievalCaseSchema = z.object({
  id: z.string(),
  q: z.string(),
  docs: z.array(z.string()).min(1),
  /** Rank the expected document must reach; 5 unless stated. */
  top: z.number().int().positive().optional(),
});
export type RetrievalCase = z.infer<typeof retrievalCaseSchema>;

export function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`relations-bot: ${basename(file)} line ${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export const EVAL_DIR = join(BUNDLED_DATA_DIR, 'eval');

/** The question sets: the shared development questions and the project's own. */
export function loadQuestions(): Question[] {
  return ['questions.shared.jsonl', 'questions.jsonl'].flatMap((name) => readJsonl(join(EVAL_DIR, name), questionSchema));
}

/** Seed prefix (`000`) → document id, from the file names in the metadata. */
export function seedToDocument(sources: DocumentMeta[]): (seed: string) => string | undefined {
  return (seed) => sources.find((s) => basename(s.file).startsWith(`${seed}_`))?.id;
}

/** Retrieval cases: the project's own and every answerable question that names its documents. */
export function loadRetrievalCases(sources: DocumentMeta[]): RetrievalCase[] {
  const own = readJsonl(join(EVAL_DIR, 'retrieval.jsonl'), retrievalCaseSchema);
  const toDoc = seedToDocument(sources);
  const fromQuestions = loadQuestions()
    .filter((q) => q.docs && !q.abstain)
    .map((q) => ({ id: q.id, q: q.q, docs: (q.docs ?? []).map((d) => toDoc(d) ?? d) }));
  return [...own, ...fromQuestions];
}
