import type { Language } from '../corpus/types.ts';
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

/**
 * The events of a period as a list, each with its first citation, saying which of the topic's words they
 * were matched by (`about`); `undefined` when there are none.
 */
export function periodAnswer(context: AnswerContext, question: QuestionAnalysis, period: Period, events: TimelineEvent[], tuning: AnswerTuning, about = ''): Answer | undefined {
  const { language } = question;
  const messages = MESSAGES[language];
  if (events.length === 0) return undefined;
  const label = formatPeriod(period, language);
  const citations = citationList(context, language);
  const summaries = events.map((event) => eventSummary(context, event, citations, language));
  return {
    question: question.text,
    language,
    kind: 'period',
    abstained: false,
    answer: [messages.eventsIn(label, events.length, about), ...listLines(events, summaries, language, tuning)].join('\n'),
    // A span that holds one event answers with it: that event is the one asked about.
    date: summaries.length === 1 ? (summaries[0]?.date ?? null) : null,
    events: summaries,
    citations: citations.items,
    disagreements: events.filter((e) => e.claims.length > 0).map((e) => disagreementOf(context, e, citations, language)),
    suggestions: [],
  };
}

/**
 * The lines listing events (a Discord embed's worth, then how many more), each with its first citation. A
 * summary in another language than the reader's (an English one under a Swedish question, where no Swedish
 * source tells the event) is quoted and marked as such.
 */
export function listLines(events: TimelineEvent[], summaries: Array<ReturnType<typeof eventSummary>>, language: Language, tuning: AnswerTuning): string[] {
  const messages = MESSAGES[language];
  const lines = summaries.slice(0, tuning.periodListLength).map((e, i) => {
    const own = language === 'en' || events[i]?.summaries?.[language] !== undefined;
    return `• ${formatDate(e.date, language)}: ${own ? e.summary : messages.englishSummary(e.summary)} ${e.citations.slice(0, 1).map(mark).join('')}`;
  });
  return events.length > lines.length ? [...lines, `… (+${events.length - lines.length})`] : lines;
}
