import { formatPartialDate as formatDate } from '../dates/index.ts';
import type { TimelineEvent } from '../events/types.ts';
import { mark } from './citations.ts';
import { citationList } from './compose.ts';
import type { AnswerContext } from './context.ts';
import { MESSAGES } from './messages.ts';
import { formatPeriod } from './period.ts';
import type { Period, QuestionAnalysis } from './question.ts';
import type { Answer } from './schema.ts';
import { disagreementOf, eventSummary } from './summaries.ts';
import type { AnswerTuning } from './tuning.ts';

/** The events of a period as a list, each with its first citation; `undefined` when there are none. */
export function periodAnswer(context: AnswerContext, question: QuestionAnalysis, period: Period, events: TimelineEvent[], tuning: AnswerTuning): Answer | undefined {
  const { language } = question;
  const messages = MESSAGES[language];
  if (events.length === 0) return undefined;
  const label = formatPeriod(period, language);
  const citations = citationList(context, language);
  const summaries = events.map((event) => eventSummary(context, event, citations, language));
  const listed = tuning.periodListLength;
  const lines = summaries.slice(0, listed).map((e) => `• ${formatDate(e.date, language)}: ${e.summary} ${e.citations.slice(0, 1).map(mark).join('')}`);
  const more = events.length > listed ? [`… (+${events.length - listed})`] : [];
  return {
    question: question.text,
    language,
    kind: 'period',
    abstained: false,
    answer: [messages.eventsIn(label, events.length), ...lines, ...more].join('\n'),
    date: null,
    events: summaries,
    citations: citations.items,
    disagreements: events.filter((e) => e.claims.length > 0).map((e) => disagreementOf(context, e, citations, language)),
    suggestions: [],
  };
}
