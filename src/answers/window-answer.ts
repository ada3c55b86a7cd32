import type { TimelineEvent } from '../events/types.ts';
import { partialDateRange } from '../dates/index.ts';
import type { Query } from '../search/query.ts';
import { support } from '../search/support.ts';
import { citationList } from './compose.ts';
import type { AnswerContext } from './context.ts';
import { eventAnswer } from './event-answer.ts';
import { MESSAGES } from './messages.ts';
import { eventsIn, formatPeriod } from './period.ts';
import { listLines } from './period-answer.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Answer } from './schema.ts';
import { eventSummary } from './summaries.ts';
import { eventsAbout, namesOf } from './timeline.ts';
import type { AnswerTuning } from './tuning.ts';

/**
 * What the documents say happened in the span an anchored question names ("the month after the coup",
 * "two days after the letter", "between the coup attempt and the end of that year"). The span's event that
 * best fits the question's own words leads, the nearest to the anchor among equals, answered as a
 * when-question's event is (its date, its quote, the other sources); the span's other events follow.
 * The anchor event itself is not an answer. Undefined when nothing happened in the span.
 */
export function windowAnswer(context: AnswerContext, question: QuestionAnalysis, query: Query, tuning: AnswerTuning): Answer | undefined {
  const { period, language } = question;
  if (!period) return undefined;
  // What happened: not a plan announced in the span, nor a standing fact.
  const told = (e: TimelineEvent) => e.status === 'happened' && e.id !== question.anchorEvent;
  // The span is the question's own. A timeline's topic ("the sanctions after …") and the names a question
  // gives ("in Idlib") narrow it, unless to nothing; the other words of a what-question ("What began …",
  // "What did the leaders do …") tell what happened, so they only rank it.
  const narrows = question.kind === 'period' || namesOf(query).length > 0;
  const about = narrows ? eventsAbout(context, period, query, tuning).filter(told) : [];
  const events = about.length > 0 ? about : eventsIn(context.sources.events.events, period, context.dateRanges).filter(told);
  const lead = leadEvent(context, question, query, events, tuning);
  const answer = lead && eventAnswer(context, question, lead, tuning);
  if (!lead || !answer) return undefined;
  const others = events.filter((e) => e !== lead);
  if (others.length === 0) return answer;
  const citations = citationList(context, language);
  for (const c of answer.citations) citations.cite(c);
  const listed = others.map((e) => eventSummary(context, e, citations, language));
  return {
    ...answer,
    answer: [answer.answer, MESSAGES[language].alsoIn(formatPeriod(period, language)), ...listLines(others, listed, language, tuning)].join('\n'),
    events: [...answer.events, ...listed],
    citations: citations.items,
  };
}

/**
 * The event that answers: the most of the question's words in its sentences and their paragraphs, a kind
 * of happening the question names counting as in a clause's scoring; among equals the nearest to the
 * anchor (the first after it, the last before it).
 */
function leadEvent(context: AnswerContext, question: QuestionAnalysis, query: Query, events: TimelineEvent[], tuning: AnswerTuning): TimelineEvent | undefined {
  const { index, eventTypes } = context.sources;
  const asked = eventTypes.typesOf(question.topic);
  const fit = (event: TimelineEvent) => {
    const words = Math.max(0, ...event.citations.map((c) => support(index, query, context.termsInParagraphContext(c.passageId))));
    const kind = [...eventTypes.typesOf(event.citations.map((c) => c.quote).join(' '))].some((t) => asked.has(t)) ? tuning.kindMatch : 1;
    return (tuning.supportFloor + words) * kind;
  };
  // Surely nearest first: after the anchor, the event whose span ends soonest ("June 2016" before "2016"); before it, the one that starts latest.
  const span = (e: TimelineEvent) => partialDateRange(e.date);
  const before = question.anchor?.direction === 'before';
  const nearestFirst = [...events].sort((a, b) => (before ? span(b).start.localeCompare(span(a).start) : span(a).end.localeCompare(span(b).end)));
  let best: { event: TimelineEvent; fit: number } | undefined;
  for (const event of nearestFirst) {
    const f = fit(event);
    if (!best || f > best.fit) best = { event, fit: f };
  }
  return best?.event;
}
