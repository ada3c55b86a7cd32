import type { Language } from '../corpus/types.ts';
import type { QuizQuestion } from './types.ts';

/**
 * What a server's moderators decided about its questions: a generated question hidden (it never
 * comes back there), edited (the edit is asked instead), or a question of their own added.
 */
export type CurationAction = 'hide' | 'edit' | 'add';

export interface QuizCuration {
  questionId: string;
  action: CurationAction;
  /** The edited or added question; null for a hidden one. */
  question: QuizQuestion | null;
  by: string;
  at: string;
}

/** The bank as the server's moderators left it. */
export function curatedBank(bank: readonly QuizQuestion[], curations: readonly QuizCuration[], language: Language): QuizQuestion[] {
  const byId = new Map(curations.map((c) => [c.questionId, c]));
  const kept = bank.flatMap((q) => {
    const curation = byId.get(q.id);
    if (!curation) return [q];
    if (curation.action === 'edit' && curation.question) return [curation.question];
    return [];
  });
  const added = curations.flatMap((c) => (c.action === 'add' && c.question && c.question.language === language ? [c.question] : []));
  return [...kept, ...added];
}
