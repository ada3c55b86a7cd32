import { formatPartialDate as formatDate } from '../dates/index.ts';
import type { TimelineEvent } from '../events/types.ts';
import { mark } from './citations.ts';
import { citationList } from './compose.ts';
import type { AnswerContext } from './context.ts';
import { quoteOf } from './quote.ts';
import type { Scored } from './scoring.ts';
import type { QuestionAnalysis } from './question.ts';
import type { Answer } from './schema.ts';
import type { AnswerTuning } from './tuning.ts';

/** Declines, suggesting what the documents do cover. */
export class Abstainer {
  /** The events an abstention suggests, most cited first (worked out on the first abstention). */
  private suggested: TimelineEvent[] | undefined;

  constructor(
    private readonly context: AnswerContext,
    private readonly tuning: AnswerTuning,
  ) {}

  /** Declines, showing the passages nearest the question (each once), each cited. */
  closest(question: QuestionAnalysis, scored: Scored[], message: string): Answer {
    const citations = citationList(this.context, question.language);
    const seen = new Set<string>();
    const nearest = [...scored].sort((a, b) => b.score - a.score).filter((c) => !seen.has(c.passage.id) && seen.add(c.passage.id)).slice(0, this.tuning.closest);
    const suggestions = nearest.map(({ passage }) => {
      const citation = citations.cite({ documentId: passage.documentId, passageId: passage.id, quote: quoteOf(passage), language: passage.language });
      return `"${citation.gloss ?? citation.quote}" ${mark(citation)}`;
    });
    return { ...this.declined(question, message, suggestions), citations: citations.items };
  }

  abstain(question: QuestionAnalysis, message: string): Answer {
    this.suggested ??= [...this.context.sources.events.events]
      .sort((a, b) => b.citations.length - a.citations.length || a.date.localeCompare(b.date))
      .slice(0, this.tuning.suggestions);
    // In the question's language where the event has a summary in it (an event a Swedish document tells).
    return this.declined(question, message, this.suggested.map((e) => `${formatDate(e.date, question.language)}: ${e.summaries?.[question.language] ?? e.summary}`));
  }

  private declined(question: QuestionAnalysis, message: string, suggestions: string[]): Answer {
    return {
      question: question.text,
      language: question.language,
      kind: question.kind,
      abstained: true,
      answer: message,
      date: null,
      events: [],
      citations: [],
      disagreements: [],
      suggestions,
    };
  }
}
