import type { Language } from '../corpus/types.ts';
import { partialDateRange } from '../dates/index.ts';
import { buildBank } from './bank.ts';
import { quizContext, type QuizContext, type QuizSource } from './context.ts';
import { curatedBank, type QuizCuration } from './curation.ts';
import { selectQuiz } from './select.ts';
import type { QuizKind, QuizQuestion } from './types.ts';

export interface QuizOptions {
  count: number;
  seed: number;
  kind?: QuizKind | undefined;
  /** Only questions about this event (its id): practice drills one event at a time. */
  about?: string | undefined;
  /** Partial dates (YYYY, YYYY-MM, YYYY-MM-DD), inclusive: only events dated wholly inside the period are asked about. */
  from?: string | undefined;
  to?: string | undefined;
  /** The language of stems and options; English unless said. */
  language?: Language | undefined;
}

export type BankQuery = Pick<QuizOptions, 'from' | 'to' | 'language'>;

const banks = new WeakMap<QuizSource, Map<string, { context: QuizContext; bank: QuizQuestion[] }>>();
const MAX_BANKS = 50;

/** The bank of a source for a language and period, made once and kept while the source lives. */
function bankOf(source: QuizSource, query: BankQuery): { context: QuizContext; bank: QuizQuestion[] } {
  const language = query.language ?? 'en';
  const key = `${language}|${query.from ?? ''}|${query.to ?? ''}`;
  let kept = banks.get(source);
  if (!kept) banks.set(source, (kept = new Map()));
  let found = kept.get(key);
  if (!found) {
    const period = query.from || query.to ? { start: query.from ? partialDateRange(query.from).start : '0001-01-01', end: query.to ? partialDateRange(query.to).end : '9999-12-31' } : undefined;
    const context = quizContext(source, language, period);
    found = { context, bank: buildBank(context) };
    if (kept.size >= MAX_BANKS) kept.clear();
    kept.set(key, found);
  }
  return found;
}

/** Every question a server may be asked in a language and period, after its moderators' decisions. */
export function questionBank(source: QuizSource, query: BankQuery, curations: readonly QuizCuration[] = []): QuizQuestion[] {
  const { bank } = bankOf(source, query);
  const curated = curatedBank(bank, curations, query.language ?? 'en');
  // A moderator's own question is about no event's date: it belongs to quizzes without a period.
  return query.from || query.to ? curated.filter((q) => q.origin !== 'moderator') : curated;
}

/** Questions drawn from the bank, the same for the same seed. */
export function generateQuiz(source: QuizSource, options: QuizOptions, curations: readonly QuizCuration[] = []): QuizQuestion[] {
  const { context } = bankOf(source, options);
  return selectQuiz(questionBank(source, options, curations), context, options);
}
