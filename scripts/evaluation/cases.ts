import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { BUNDLED_DATA_DIR } from '../../src/corpus/load.ts';
import type { DocumentMeta } from '../../src/corpus/types.ts';

/** The half of an evaluation set an item belongs to: tune on `dev`, only measure `test`. */
export const splitSchema = z.enum(['dev', 'test']);
export type Split = z.infer<typeof splitSchema>;
export const SPLITS: readonly Split[] = ['dev', 'test'];

/**
 * A document named in a case: a bundled seed by the first three characters of its file name
 * (`000`), or one of the project's own evaluation documents by its file name (`s400-chronology.txt`).
 */
const documentRef = z.string().min(1);

/** A question as `../shared/eval/README.md` defines it, with the extensions of `data/eval/README.md`. */
export const questionSchema = z.object({
  id: z.string(),
  q: z.string(),
  lang: z.enum(['en', 'sv']).optional(),
  date: z.string().optional(),
  mention: z.array(z.string()).min(1).optional(),
  docs: z.array(documentRef).min(1).optional(),
  abstain: z.boolean().optional(),
  timeline: z.array(z.string()).min(1).optional(),
  // Extensions (data/eval/README.md).
  split: splitSchema.optional(),
  kind: z.enum(['when', 'who', 'where', 'how-many', 'what', 'said', 'why', 'order', 'period', 'topic']).optional(),
  /** Asked of the evaluation server that has the project's own documents, not of the bundled corpus. */
  server: z.boolean().optional(),
  /** Strings any of which the answer's lead (its text before the first quotation) must contain. */
  lead: z.array(z.string()).min(1).optional(),
  /** Dates no entry of `events` may start with (a period read too wide). */
  exclude: z.array(z.string()).min(1).optional(),
  /** Why the bot must decline: a detail the documents lack, a false premise, or a question off the topic. */
  decline: z.enum(['missing-detail', 'false-premise', 'off-topic']).optional(),
  /** The question names its time through another event ("the month after the coup"). */
  anchored: z.boolean().optional(),
});
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = NonNullable<Question['kind']>;

/** A document-level retrieval case: a passage of one of `docs` must rank in the top 5. */
export const retrievalCaseSchema = z.object({
  id: z.string(),
  q: z.string(),
  docs: z.array(z.string()).min(1),
  /** Rank the expected document must reach; 5 unless stated. */
  top: z.number().int().positive().optional(),
  split: splitSchema.optional(),
  kind: z.string().optional(),
});
export type RetrievalCase = z.infer<typeof retrievalCaseSchema>;

/** Where a passage is: its document and a distinctive verbatim fragment of it. */
const passageRef = z.object({ doc: documentRef, text: z.string().min(8) });
export type PassageRef = z.infer<typeof passageRef>;

/** A passage-level retrieval case: a query worded without the passage's own content words. */
export const paraphraseCaseSchema = z.object({
  id: z.string(),
  q: z.string(),
  kind: z.enum(['synonym', 'word-form', 'typo', 'swedish-spelling', 'en-to-sv', 'sv-to-en', 'sv-to-sv']),
  /** The passage the query must find; more than one when several documents tell the same fact. */
  find: z.array(passageRef).min(1),
  split: splitSchema,
});
export type ParaphraseCase = z.infer<typeof paraphraseCaseSchema>;

export const THREADS = ['crisis', 'reconciliation', 'energy', 'syria', 's400', 'other'] as const;

/** An event a teacher puts on the timeline (`data/eval/events-rubric.md`). */
export const goldEventSchema = z.object({
  id: z.string(),
  /** As precise as the documents allow: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}(?:-\d{2}){0,2}$/u),
  /** Other dates a document gives the same happening (the sources disagree). */
  dates: z.array(z.string().regex(/^\d{4}(?:-\d{2}){0,2}$/u)).optional(),
  summary: z.string(),
  thread: z.enum(THREADS),
  /** The sentences that tell it, one per document that does. */
  where: z.array(passageRef).min(1),
  /** A teacher may leave it out: finding it is no error, missing it is no miss. */
  optional: z.boolean().optional(),
  split: splitSchema,
});
export type GoldEvent = z.infer<typeof goldEventSchema>;

export function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line, n: i + 1 }))
    .filter(({ line }) => line.trim() !== '')
    .map(({ line, n }) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`relations-bot: ${basename(file)} line ${n}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export const EVAL_DIR = join(BUNDLED_DATA_DIR, 'eval');

const evalFile = (name: string) => join(EVAL_DIR, name);

/** The 20 shared development questions, kept as they are shared: a set of their own, not split. */
export const loadSharedQuestions = (): Question[] => readJsonl(evalFile('questions.shared.jsonl'), questionSchema);

/** The project's first 75 questions, in the documents' own words. */
export const loadOwnQuestions = (): Question[] => withSplit(readJsonl(evalFile('questions.jsonl'), questionSchema), 'questions.jsonl');

/** The questions of every kind, worded unlike the documents (issue 14). */
export const loadKindQuestions = (): Question[] => withSplit(readJsonl(evalFile('questions.kinds.jsonl'), questionSchema), 'questions.kinds.jsonl');

export const loadParaphraseCases = (): ParaphraseCase[] => readJsonl(evalFile('paraphrase.jsonl'), paraphraseCaseSchema);

export const loadGoldEvents = (): GoldEvent[] => readJsonl(evalFile('events.gold.jsonl'), goldEventSchema);

/** The shared questions and the first own ones: the questions of the documents' own words. */
export const loadQuestions = (): Question[] => [...loadSharedQuestions(), ...loadOwnQuestions()];

/** Seed prefix (`000`) → document id, from the file names in the metadata. */
export function seedToDocument(sources: DocumentMeta[]): (seed: string) => string | undefined {
  return (seed) => sources.find((s) => basename(s.file).startsWith(`${seed}_`))?.id;
}

/**
 * Document-level retrieval cases: `retrieval.jsonl` and every answerable question of the shared and
 * own sets that names its documents (a question's case is in its question's half; the shared ones in dev).
 */
export function loadRetrievalCases(sources: DocumentMeta[]): RetrievalCase[] {
  const toDocument = seedToDocument(sources);
  const listed = withSplit(readJsonl(evalFile('retrieval.jsonl'), retrievalCaseSchema), 'retrieval.jsonl');
  const fromQuestions = [...loadSharedQuestions().map((q) => ({ ...q, split: 'dev' as const })), ...loadOwnQuestions()]
    .filter((q) => q.docs && !q.abstain)
    .map((q) => ({ id: q.id, q: q.q, docs: (q.docs ?? []).map((d) => toDocument(d) ?? d), split: q.split, kind: 'question' }));
  return [...listed, ...fromQuestions];
}

function withSplit<T extends { id: string; split?: Split | undefined }>(items: T[], file: string): T[] {
  const missing = items.find((item) => item.split === undefined);
  if (missing) throw new Error(`relations-bot: ${file}: ${missing.id} has no split (run scripts/evaluation/assign-splits.ts)`);
  return items;
}

/** The items of one half. */
export const half = <T extends { split?: Split | undefined }>(items: T[], split: Split): T[] => items.filter((item) => item.split === split);
