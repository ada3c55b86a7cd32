import { support } from '../search/support.ts';
import { candidatesOf } from './candidates.ts';
import type { AnswerContext } from './context.ts';
import { analyzeQuestion } from './question.ts';
import { retrieve } from './retrieval.ts';
import { Scorer } from './scoring.ts';
import { select } from './selection.ts';
import type { AnswerTuning } from './tuning.ts';

/**
 * Share of the anchor's words its sentence must hold. Looser than an answer's: the anchor only places the
 * question in time, and the question is answered (or declined) on its own afterwards.
 */
const ANCHOR_SUPPORT = 0.5;

/** The date of the event an anchored question names its time by ("When: the failed coup?"), or null if the documents do not tell it. */
export function anchorDate(context: AnswerContext, whenQuestion: string, tuning: AnswerTuning): string | null {
  const { index, events } = context.sources;
  const question = analyzeQuestion(whenQuestion, context.sources.now());
  const query = index.analyse(question.topic, question.guess);
  if (query.terms.length === 0 || index.unknownNames(query).length > 0) return null;
  const scorer = new Scorer(context, question, query, tuning);
  const { best } = select(context, candidatesOf(context, retrieve(context, question, query, tuning)).map((c) => scorer.score(c)), question, tuning);
  if (!best?.claim || support(index, query, context.termsAround(best.passage, [])) < ANCHOR_SUPPORT) return null;
  const event = events.eventOf.get(best.claim);
  // As an answer is dated: a plan by the date it is planned for.
  return event ? (event.plannedFor ?? event.date) : null;
}
