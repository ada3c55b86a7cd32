import type { AnswerContext } from './context.ts';
import type { Scored } from './scoring.ts';
import type { AnswerTuning } from './tuning.ts';

/**
 * Whether the chosen candidate stands clearly above every candidate of another happening: then words of the
 * question it lacks ("officially", "serves", a synonym WordNet does not list) cannot turn a strong match into a
 * refusal. A detail no document tells ("the weather today") is no candidate's lead: its sentence is of another time.
 */
export function leadsClearly(context: AnswerContext, scored: readonly Scored[], best: Scored, tuning: AnswerTuning): boolean {
  const { events } = context.sources;
  const happening = (s: Scored) => (s.claim && events.eventOf.get(s.claim)) ?? s.passage.id;
  const rival = Math.max(0, ...scored.filter((s) => s.passage.id !== best.passage.id && happening(s) !== happening(best)).map((s) => s.score));
  return best.score >= tuning.clearLead * rival;
}
