import { half, loadGoldEvents, loadKindQuestions, loadOwnQuestions, loadParaphraseCases, loadRetrievalCases, loadSharedQuestions, SPLITS, type Split } from './cases.ts';
import { evaluateAnswers, type AnswerReport } from './answers.ts';
import { evaluateEvents, type EventReport } from './events.ts';
import { evaluateParaphrase, evaluateRetrieval, type RetrievalReport } from './retrieval.ts';
import type { EvalSetup } from './setup.ts';

export type Halves<T> = Record<Split, T>;

export interface EvaluationReport {
  retrieval: {
    /** `retrieval.jsonl` and the answerable questions of the shared and own sets, document level. */
    existing: Halves<RetrievalReport> & { all: RetrievalReport };
    /** `paraphrase.jsonl`, passage level: on the bundled documents and on the project's own apart. */
    paraphrase: { bundled: Halves<RetrievalReport>; own: Halves<RetrievalReport> };
  };
  answers: {
    /** The 20 shared questions, one set. */
    shared: AnswerReport;
    /** `questions.jsonl`: the first own questions, in the documents' words. */
    questions: Halves<AnswerReport>;
    /** `questions.kinds.jsonl`: every kind of question, in other words than the documents'. */
    kinds: Halves<AnswerReport>;
  };
  /** `events.gold.jsonl` against the timeline: the bundled documents, and the project's own on the server. */
  events: { bundled: EventReport; own: EventReport };
}

const halves = <T, R>(items: T[] & Array<{ split?: Split | undefined }>, run: (items: T[]) => R): Halves<R> =>
  Object.fromEntries(SPLITS.map((s) => [s, run(half(items, s) as T[])])) as Halves<R>;

/** Every evaluation set on both halves. */
export function evaluate(setup: EvalSetup): EvaluationReport {
  const existing = loadRetrievalCases(setup.bundled.sources());
  const paraphrase = loadParaphraseCases();
  const isOwn = (c: (typeof paraphrase)[number]) => c.find.some((ref) => setup.document(ref.doc)?.own === true);
  const gold = loadGoldEvents();
  const ownIds = new Set(setup.documents.filter((d) => d.own).map((d) => d.id));
  const goldIsOwn = (g: (typeof gold)[number]) => g.where.some((ref) => ownIds.has(setup.document(ref.doc)?.id ?? ''));
  return {
    retrieval: {
      existing: { ...halves(existing, (cases) => evaluateRetrieval(setup.bundled, cases)), all: evaluateRetrieval(setup.bundled, existing) },
      paraphrase: {
        bundled: halves(paraphrase.filter((c) => !isOwn(c)), (cases) => evaluateParaphrase(setup, cases)),
        own: halves(paraphrase.filter(isOwn), (cases) => evaluateParaphrase(setup, cases)),
      },
    },
    answers: {
      shared: evaluateAnswers(setup, loadSharedQuestions()),
      questions: halves(loadOwnQuestions(), (qs) => evaluateAnswers(setup, qs)),
      kinds: halves(loadKindQuestions(), (qs) => evaluateAnswers(setup, qs)),
    },
    events: {
      bundled: evaluateEvents(setup, setup.bundled, gold.filter((g) => !goldIsOwn(g)), () => true),
      own: evaluateEvents(setup, setup.server, gold.filter(goldIsOwn), (e) => e.citations.some((c) => ownIds.has(c.documentId))),
    },
  };
}
