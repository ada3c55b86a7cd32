import type { Passage } from '../corpus/types.ts';
import type { Query } from '../search/query.ts';
import type { AnswerContext } from './context.ts';
import type { QuestionAnalysis } from './question.ts';
import type { AnswerTuning } from './tuning.ts';

/** A retrieved passage and its relevance relative to the best one (1 for the best). */
export interface Retrieved {
  passage: Passage;
  relevance: number;
}

/** The passages worth weighing for a question, best first. */
export function retrieve(context: AnswerContext, question: QuestionAnalysis, query: Query, tuning: AnswerTuning): Retrieved[] {
  // A name is in many sentences, and so is a question's story outside the period it names: the sentence of that time may rank lower.
  const limit = question.kind === 'who' || question.period ? tuning.candidates * tuning.whoCandidatesFactor : tuning.candidates;
  const hits = context.sources.index.search(query, { limit });
  const top = hits[0]?.score ?? 0;
  return hits.flatMap((hit) => {
    const passage = context.passage(hit.passageId);
    return passage ? [{ passage, relevance: (hit.score / top) ** tuning.relevancePower }] : [];
  });
}
