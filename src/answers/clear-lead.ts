import type { Query } from '../search/query.ts';
import type { AnswerContext } from './context.ts';
import type { Scored } from './scoring.ts';
import type { AnswerTuning } from './tuning.ts';

/**
 * Whether the chosen candidate stands clearly above every candidate of another happening: then words of the
 * question it lacks ("officially", "serves", a synonym WordNet does not list) cannot turn a strong match into a
 * refusal, unless words no document uses, which the passage does not word otherwise either, weigh a large share of
 * the question: then it asks about something the documents do not know ("the grain corridor agreement" of a corpus
 * without corridors). One such word among many is a wording of the writer's ("float" a plan, "the sea floor").
 */
export function leadsClearly(context: AnswerContext, scored: readonly Scored[], best: Scored, query: Query, tuning: AnswerTuning): boolean {
  const { events } = context.sources;
  const happening = (s: Scored) => (s.claim && events.eventOf.get(s.claim)) ?? s.passage.id;
  const rival = Math.max(0, ...scored.filter((s) => s.passage.id !== best.passage.id && happening(s) !== happening(best)).map((s) => s.score));
  return best.score >= tuning.clearLead * rival && unexplainedShare(context, best, query) <= tuning.unexplainedShare;
}

/**
 * The rarity-weighted share of the question's words that no document uses, even spelled a little differently, and
 * that the chosen passage and its neighbours do not word otherwise either.
 */
function unexplainedShare(context: AnswerContext, best: Scored, query: Query): number {
  const { index } = context.sources;
  const near = context.termsNear(best.passage, 1);
  const unexplained = index.unheardTerms(query).filter((term) => !(query.expansions.get(term) ?? []).some((e) => near.has(e.term)));
  if (unexplained.length === 0) return 0;
  const weight = (terms: Iterable<string>) => [...new Set(terms)].reduce((sum, term) => sum + index.idf(term), 0);
  return weight(unexplained) / weight(query.terms);
}
