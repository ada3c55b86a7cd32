import type { Claim } from '../events/claims.ts';
import type { TimelineEvent } from '../events/types.ts';
import { extractiveAnswer } from './compose.ts';
import type { AnswerContext } from './context.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Answer } from './schema.ts';
import type { AnswerTuning } from './tuning.ts';

/** An event answered as a when-question's event is: its date, the quote of the sentence that tells it, the other sources. */
export function eventAnswer(context: AnswerContext, question: QuestionAnalysis, event: TimelineEvent, tuning: AnswerTuning): Answer | undefined {
  const claim = claimOf(context, event);
  return claim && extractiveAnswer(context, question, { passage: claim.passage, claim, origin: 'clause', relevance: 1, score: 1 }, null, tuning);
}

/** The claim an event is told by in its first citation, the sentence an answer quotes. */
function claimOf(context: AnswerContext, event: TimelineEvent): Claim | undefined {
  const { events } = context.sources;
  const first = event.citations[0];
  const passage = first && context.passage(first.passageId);
  const own = passage && context.claimsIn(passage).find((c) => events.eventOf.get(c) === event);
  return own ?? events.claims.find((c) => events.eventOf.get(c) === event);
}
