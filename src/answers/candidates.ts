import type { Passage } from '../corpus/types.ts';
import type { Claim } from '../events/claims.ts';
import type { AnswerContext } from './context.ts';
import type { Retrieved } from './retrieval.ts';

/**
 * A possible answer: a passage, with the dated claim that gives its date.
 * `clause`: the claim is the passage's own, and its clause is what is weighed;
 * `story`: an undated sentence takes the date of the dated one whose story it continues;
 * `passage`: the passage alone, undated.
 */
export interface Candidate {
  passage: Passage;
  claim?: Claim;
  origin: 'clause' | 'story' | 'passage';
  relevance: number;
}

/**
 * Every candidate of the retrieved passages but questions, in retrieval order. A standing fact ("a member of NATO since
 * 1952") has no story for the sentences after it to go on telling: they do not take its date.
 */
export function candidatesOf(context: AnswerContext, retrieved: Retrieved[]): Candidate[] {
  // A question (an interviewer's, a Q&A heading) asks and tells nothing: it heads the answer below it, and is no answer itself.
  return retrieved.filter(({ passage }) => passage.kind !== 'question').flatMap(({ passage, relevance }) => [
    ...context.claimsIn(passage).map((claim): Candidate => ({ passage, claim, origin: 'clause', relevance })),
    ...context
      .governing(passage)
      .filter((claim) => claim.status !== 'background')
      .map((claim): Candidate => ({ passage, claim, origin: 'story', relevance })),
    { passage, origin: 'passage', relevance },
  ]);
}
