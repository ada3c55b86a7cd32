import type { Language } from '../corpus/types.ts';
import type { Citation } from '../events/types.ts';

/** The kinds of question the bank makes from the events. */
export const QUIZ_KINDS = ['when', 'first', 'order', 'what', 'who', 'same-month', 'how-long', 'true-false', 'who-said', 'year', 'next'] as const;
export type GeneratedKind = (typeof QUIZ_KINDS)[number];
/** `custom`: a moderator's own question. */
export type QuizKind = GeneratedKind | 'custom';

/** Generated from the events, a generated question a moderator edited, or a moderator's own. */
export type QuestionOrigin = 'generated' | 'edited' | 'moderator';

export interface QuizQuestion {
  /** Names the question in its server's bank while the events stay the same: what moderators hide and edit. */
  id: string;
  kind: QuizKind;
  /** The language of the stem and the options; quotes keep their source's. */
  language: Language;
  question: string;
  /** Four distinct options (two for true or false). */
  options: string[];
  /** Index of the right option. */
  answer: number;
  /** What each option stands for: a TimeML date, an event id, a person, a number of months, the order itself. */
  values: string[];
  /** 1 (distractors far from the answer) to 3 (close). */
  difficulty: 1 | 2 | 3;
  /** Every event the question shows, in its stem or its options. */
  eventIds: string[];
  /** The events knowing the right answer is about: a quiz asks each of them once at most. */
  answerEvents: string[];
  /** The story the answer belongs to (see threads.ts). */
  thread: string;
  /** The quotes that prove the answer, the answer's own first. */
  citations: Citation[];
  origin: QuestionOrigin;
}
