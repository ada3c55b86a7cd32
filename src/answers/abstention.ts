import { formatPartialDate as formatDate } from '../dates/index.ts';
import type { TimelineEvent } from '../events/types.ts';
import type { AnswerContext } from './context.ts';
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

  abstain(question: QuestionAnalysis, message: string): Answer {
    this.suggested ??= [...this.context.sources.events.events]
      .sort((a, b) => b.citations.length - a.citations.length || a.date.localeCompare(b.date))
      .slice(0, this.tuning.suggestions);
    const suggestions = this.suggested.map((e) => `${formatDate(e.date, question.language)}: ${e.summary}`);
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
