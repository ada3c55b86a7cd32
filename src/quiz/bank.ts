import { partialDateRange } from '../dates/index.ts';
import type { QuizContext } from './context.ts';
import { whenQuestion, trueFalseQuestion, yearQuestion } from './date-kinds.ts';
import { firstQuestion, howLongQuestion, orderQuestion, sameMonthQuestion, threadPool, whatQuestion } from './event-kinds.ts';
import { whoQuestion, whoSaidQuestion } from './people-kinds.ts';
import { statementQuestion } from './statement-kinds.ts';
import { nextQuestion } from './story-kinds.ts';
import type { QuizQuestion } from './types.ts';
import { validateQuestion } from './validate.ts';

/**
 * Every question the events allow, each once, in one language and period: the bank quizzes are
 * drawn from and moderators curate. A question is kept only when it meets the whole rubric.
 */
export function buildBank(context: QuizContext): QuizQuestion[] {
  const made: Array<QuizQuestion | undefined> = [];
  for (const event of context.askable) made.push(whenQuestion(event, context), yearQuestion(event, context), trueFalseQuestion(event, context), whoQuestion(event, context), nextQuestion(event, context));
  for (const event of context.undated) made.push(statementQuestion(event, context));
  for (const thread of context.threads.members.keys()) {
    const pool = threadPool(context, thread);
    for (const [i, placed] of pool.entries()) {
      made.push(firstQuestion(placed, pool, context), orderQuestion(placed, pool, context), whatQuestion(placed, pool, context), howLongQuestion(placed, pool, context));
      for (const other of pool.slice(i + 1)) made.push(sameMonthQuestion(placed, other, pool, context));
    }
  }
  for (const quotation of context.quotations) {
    const written = context.published.get(quotation.passage.documentId);
    const range = written && partialDateRange(written);
    const inPeriod = range && (!context.requested || (range.start >= context.requested.start && range.end <= context.requested.end));
    if (written && inPeriod) made.push(whoSaidQuestion(quotation, context, written));
  }
  const seen = new Set<string>();
  return made.filter((q): q is QuizQuestion => {
    if (!q || seen.has(q.id) || validateQuestion(q, context).length > 0) return false;
    seen.add(q.id);
    return true;
  });
}
