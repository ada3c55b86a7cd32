import type { Claim } from '../events/claims.ts';
import type { TimelineEvent } from '../events/types.ts';
import { extractiveAnswer } from './compose.ts';
import type { AnswerContext } from './context.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Answer } from './schema.ts';
import type { AnswerTuning } from './tuning.ts';

/**
 * An event answered as a when-question's event is: its date, the quote of the sentence that tells it, the other
 * sources; by `told`, one of its claims, when the question asks for the day that claim gives it.
 */
export function eventAnswer(context: AnswerContext, question: QuestionAnalysis, event: TimelineEvent, tuning: AnswerTuning, told?: Claim): Answer | undefined {
  const claim = told ?? claimOf(context, event, question.language);
  return claim && extractiveAnswer(context, question, { passage: claim.passage, claim, origin: 'clause', relevance: 1, score: 1 }, null, tuning);
}

/**
 * The claim an event is told by in its first citation in the reader's language (else its first), the
 * sentence an answer quotes: a source's own words rather than a gloss of another language's, as
 * `inReadersLanguage` chooses for the other dated answers.
 */
function claimOf(context: AnswerContext, event: TimelineEvent, language: QuestionAnalysis['language']): Claim | undefined {
  const { events } = context.sources;
  const first = event.citations.find((c) => c.language === language) ?? event.citations[0];
  const passage = first && context.passage(first.passageId);
  const own = passage && context.claimsIn(passage).find((c) => events.eventOf.get(c) === event);
  return own ?? events.claims.find((c) => events.eventOf.get(c) === event);
}
