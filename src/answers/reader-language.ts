import type { AnswerContext } from './context.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Scored } from './scoring.ts';
import type { AnswerTuning } from './tuning.ts';

/**
 * The candidate to quote for a dated answer: a source in the reader's language that tells the same
 * event, when one scores near the best, rather than a word-by-word gloss of another language's.
 */
export function inReadersLanguage(context: AnswerContext, scored: Scored[], best: Scored, question: QuestionAnalysis, tuning: AnswerTuning): Scored {
  if (!best.claim || best.passage.language === question.language) return best;
  const event = context.sources.events.eventOf.get(best.claim);
  if (!event) return best;
  let chosen: Scored | undefined;
  for (const candidate of scored) {
    if (candidate.passage.language !== question.language || !candidate.claim || candidate.score < best.score * tuning.readersLanguageReach) continue;
    if (context.sources.events.eventOf.get(candidate.claim) === event && (!chosen || candidate.score > chosen.score)) chosen = candidate;
  }
  return chosen ?? best;
}
