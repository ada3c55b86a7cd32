import type { Query } from '../search/query.ts';
import { support } from '../search/support.ts';
import type { TimelineEvent } from '../events/types.ts';
import type { AnswerContext } from './context.ts';
import { eventsIn } from './period.ts';
import type { Period } from './question.ts';
import type { AnswerTuning } from './tuning.ts';

/** Events of a period, optionally about a topic, in date order. */
export function eventsAbout(context: AnswerContext, period: Period, topic: Query, tuning: AnswerTuning): TimelineEvent[] {
  const { index, events: corpus } = context.sources;
  const events = eventsIn(corpus.events, period);
  // Topic words found in most passages ("Russia", "Turkey") do not narrow a timeline.
  const generic = Math.log(1 + 1 / tuning.genericTermShare);
  const terms = topic.terms.filter((term) => index.idf(term) > generic);
  if (terms.length === 0) return events;
  const narrowed = { terms, expansions: topic.expansions };
  // A sentence speaks of its paragraph's topic: "a fragile truce" follows "cooperated in Idlib".
  return events.filter((event) => event.citations.some((c) => support(index, narrowed, context.termsInParagraphContext(c.passageId)) > 0));
}
