import type { Query } from '../search/query.ts';
import { support } from '../search/support.ts';
import type { AnswerContext } from './context.ts';
import type { Scored } from './scoring.ts';
import type { AnswerTuning } from './tuning.ts';

/** The best-scored candidate; the first of equals, so retrieval order breaks ties. */
export function bestOf(scored: Scored[]): Scored | undefined {
  let best: Scored | undefined;
  for (const option of scored) if (!best || option.score > best.score) best = option;
  return best;
}

/** Whether the documents answer at all: the question names nothing unknown, and the answer's story supports enough of it. */
export function answers(context: AnswerContext, best: Scored | undefined, query: Query, tuning: AnswerTuning): best is Scored {
  if (!best || context.sources.index.unknownNames(query).length > 0) return false;
  return storySupport(context, best, query) >= tuning.minSupport;
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
