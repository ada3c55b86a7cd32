import type { Query } from '../search/query.ts';
import { support } from '../search/support.ts';
import type { AnswerContext } from './context.ts';
import { expectedFact } from './expected.ts';
import { findFact, type FoundFact } from './facts.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Scored } from './scoring.ts';
import type { AnswerTuning } from './tuning.ts';

/**
 * The candidate to answer with: the best-scored one that gives a fact of the expected type, if one
 * scores within reach of the best; else the best. The first of equals, so retrieval order breaks ties.
 */
export function select(context: AnswerContext, scored: Scored[], question: QuestionAnalysis, tuning: AnswerTuning): { best: Scored | undefined; fact: FoundFact | null } {
  const best = bestOf(scored);
  const type = expectedFact(question);
  if (!best || !type || type === 'date') return { best, fact: null };
  const ranked = scored.filter((c) => c.score >= best.score * tuning.factReach).sort((a, b) => b.score - a.score);
  const input = (c: Scored) => ({ text: c.passage.text, language: c.passage.language, question: question.text, questionLanguage: question.language, analyzer: context.sources.analyzer });
  // A fact tied to the question's words (the doer of the verb asked about) wins; else the best candidate's own fact, if any.
  for (const candidate of ranked) {
    const fact = findFact(type, input(candidate));
    if (fact?.asked) return { best: candidate, fact };
  }
  const own = findFact(type, input(best));
  if (own) return { best, fact: own };
  return { best, fact: null };
}

/** The best-scored candidate; the first of equals, so retrieval order breaks ties. */
function bestOf(scored: Scored[]): Scored | undefined {
  let best: Scored | undefined;
  for (const option of scored) if (!best || option.score > best.score) best = option;
  return best;
}

/** How much of the question the documents answer with the candidate: 0 when the question names something unknown. */
export function supportOf(context: AnswerContext, best: Scored | undefined, query: Query): number {
  if (!best || context.sources.index.unknownNames(query).length > 0) return 0;
  return storySupport(context, best, query);
}

/** Support of the answer's sentence with the sentences that go on telling its story; the one before counts half. */
function storySupport(context: AnswerContext, { passage, claim }: Scored, query: Query): number {
  const { index } = context.sources;
  const previous = context.neighbour(passage, -1);
  const story = claim?.sequel.some((p) => p.id === passage.id) ? [claim.passage] : (claim?.sequel ?? []);
  const own = support(index, query, context.termsAround(passage, story));
  const withPrevious = previous ? support(index, query, context.termsAround(passage, [...story, previous])) : own;
  return (own + withPrevious) / 2;
}
