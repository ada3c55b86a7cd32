import type { Query } from '../search/query.ts';
import type { AnswerContext } from './context.ts';
import type { Scored } from './scoring.ts';
import type { AnswerTuning } from './tuning.ts';

/**
 * Whether the chosen candidate stands clearly above every candidate of another happening: then words of the
 * question it lacks ("officially", "serves", a synonym WordNet does not list) cannot turn a strong match into a
 * refusal, unless one is a word no document uses, which the passage does not word otherwise either: then the question
 * asks about something the documents do not know ("the grain corridor agreement" of a corpus without corridors).
 */
export function leadsClearly(context: AnswerContext, scored: readonly Scored[], best: Scored, query: Query, tuning: AnswerTuning): boolean {
  const { events } = context.sources;
  const happening = (s: Scored) => (s.claim && events.eventOf.get(s.claim)) ?? s.passage.id;
  const rival = Math.max(0, ...scored.filter((s) => s.passage.id !== best.passage.id && happening(s) !== happening(best)).map((s) => s.score));
  return best.score >= tuning.clearLead * rival && unexplainedTerms(context, best, query).length === 0;
}

/**
 * The question's words that no document uses, even spelled a little differently, and that the chosen passage and
 * its neighbours do not word otherwise either.
 */
function unexplainedTerms(context: AnswerContext, best: Scored, query: Query): string[] {
  const near = context.termsNear(best.passage, 1);
  return context.sources.index.unheardTerms(query).filter((term) => !(query.expansions.get(term) ?? []).some((e) => near.has(e.term)));
}
