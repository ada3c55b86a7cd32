import type { Language } from '../corpus/types.ts';
import type { Claim } from '../events/claims.ts';
import type { TimelineEvent } from '../events/types.ts';
import { partialDateRange } from '../dates/index.ts';
import type { Query } from '../search/query.ts';
import { support } from '../search/support.ts';
import { citationList } from './compose.ts';
import type { AnswerContext } from './context.ts';
import { eventAnswer } from './event-answer.ts';
import { MESSAGES } from './messages.ts';
import { eventsIn, formatPeriod, type Period } from './period.ts';
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
  const finer = toldToTheDay(context, period, language);
  // Such events are dated beyond the span: the events are looked for over the dates that take them in, then kept to the span.
  const covering = [...finer.values()].reduce((p, c) => ({ start: min(p.start, c.range.start), end: max(p.end, c.range.end) }), period);
  const inSpan = (e: TimelineEvent) => told(e) && (finer.has(e) || eventsIn([e], period, context.dateRanges).length > 0);
  const about = narrows ? eventsAbout(context, covering, query, tuning).filter(inSpan) : [];
  const events = about.length > 0 ? about : eventsIn(context.sources.events.events, covering, context.dateRanges).filter(inSpan);
  const lead = leadEvent(context, question, query, events, (e) => finer.get(e)?.claim.date ?? e.date, tuning);
  const answer = lead && eventAnswer(context, question, lead, tuning, finer.get(lead)?.claim);
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
 * The events a source tells to a day inside the span though they are dated coarser ("In January 2020 … inaugurate"
 * beside a wire's "ISTANBUL, Jan 8 – … opened … on Wednesday"): each with the claim that tells it so, in the reader's language if one does.
 */
function toldToTheDay(context: AnswerContext, period: Period, language: Language): Map<TimelineEvent, { claim: Claim; range: Period }> {
  const found = new Map<TimelineEvent, { claim: Claim; range: Period }>();
  const within = (range: Period) => range.start >= period.start && range.end <= period.end;
  for (const { event, claims } of context.sources.events.groups) {
    if (!event || within(context.dateRanges.of(event.date))) continue;
    const finer = claims.filter((c) => c.date.length > event.date.length && c.date.startsWith(event.date) && within(context.dateRanges.of(c.date)));
    const claim = finer.find((c) => c.passage.language === language) ?? finer[0];
    if (claim) found.set(event, { claim, range: context.dateRanges.of(event.date) });
  }
  return found;
}

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);

/**
 * The event that answers: the most of the question's words in its sentences and their paragraphs, a kind
 * of happening the question names counting as in a clause's scoring; among equals the nearest to the
 * anchor (the first after it, the last before it), or for "the week after" the one a week on.
 */
function leadEvent(context: AnswerContext, question: QuestionAnalysis, query: Query, events: TimelineEvent[], dateOf: (e: TimelineEvent) => string, tuning: AnswerTuning): TimelineEvent | undefined {
  const { index, eventTypes } = context.sources;
  const asked = eventTypes.typesOf(question.topic);
  const fit = (event: TimelineEvent) => {
    const words = Math.max(0, ...event.citations.map((c) => support(index, query, context.termsInParagraphContext(c.passageId))));
    const kind = [...eventTypes.typesOf(event.citations.map((c) => c.quote).join(' '))].some((t) => asked.has(t)) ? tuning.kindMatch : 1;
    return (tuning.supportFloor + words) * kind;
  };
  // Surely nearest first: after the anchor, the event whose span ends soonest ("June 2016" before "2016"); before it, the one that starts latest.
  const span = (e: TimelineEvent) => partialDateRange(dateOf(e));
  const { anchor } = question;
  const before = anchor?.direction === 'before';
  const nearestFirst = [...events].sort((a, b) => (before ? span(b).start.localeCompare(span(a).start) : span(a).end.localeCompare(span(b).end)));
  // "The week after X" is said of what came a week on ("a week later"), not of the next day: among equals, the farthest.
  if (anchor?.unit === 'week' && anchor.count === null && anchor.stretch === 1) nearestFirst.reverse();
  let best: { event: TimelineEvent; fit: number } | undefined;
  for (const event of nearestFirst) {
    const f = fit(event);
    if (!best || f > best.fit) best = { event, fit: f };
  }
  return best?.event;
}
