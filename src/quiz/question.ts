import { createHash } from 'node:crypto';
import type { QuizContext } from './context.ts';
import type { Random } from './random.ts';
import type { GeneratedKind, QuizQuestion } from './types.ts';

/** A stable id from what a question asks about: the same kind and subject give the same id in every run. */
export function questionId(kind: string, subject: readonly string[]): string {
  return `q${createHash('sha256').update(`${kind}\n${subject.join('\n')}`).digest('hex').slice(0, 11)}`;
}

/** A number from 0 to n − 1 that a text always gives: a bank's choices are the same in every run. */
export function stableInt(text: string, n: number): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) % n;
}

export type Draft = Omit<QuizQuestion, 'id' | 'language' | 'origin' | 'answer'> & { subject: readonly string[]; answer?: number };

/** A generated question, its right option first unless said; a quiz shuffles the options. */
export function generated(context: QuizContext, kind: GeneratedKind, draft: Omit<Draft, 'kind'>): QuizQuestion {
  const { subject, ...rest } = draft;
  return { id: questionId(kind, [context.language, ...subject]), kind, language: context.language, answer: 0, ...rest, origin: 'generated' };
}

/** The same question with its options in another order, the answer following its option. */
export function shuffled(question: QuizQuestion, random: Random): QuizQuestion {
  // A true-or-false question keeps True before False, as people expect to read them.
  if (question.kind === 'true-false') return question;
  const order = random.shuffle(question.options.map((_, i) => i));
  return {
    ...question,
    options: order.map((i) => question.options[i] as string),
    values: order.map((i) => question.values[i] as string),
    answer: order.indexOf(question.answer),
  };
}

/** The thread an event belongs to. */
export function threadOf(context: QuizContext, eventId: string): string {
  return context.threads.of.get(eventId) ?? 'other';
}
