import type { Citation } from '../events/types.ts';

export const QUIZ_KINDS = ['when', 'first', 'order', 'what', 'who'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

export interface QuizQuestion {
  kind: QuizKind;
  question: string;
  /** Four distinct options. */
  options: string[];
  /** Index of the right option. */
  answer: number;
  /** What each option stands for: a TimeML date (when), an event id (first, what), a person (who), or the order itself. */
  values: string[];
  /** 1 (distractors far from the answer) to 3 (close). */
  difficulty: 1 | 2 | 3;
  /** The events the question is about, and the citations that prove its answer. */
  eventIds: string[];
  citations: Citation[];
}
