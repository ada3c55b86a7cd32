import { partialDateRange } from '../dates/index.ts';
import type { QuizContext } from './context.ts';
import { shuffled, stableInt } from './question.ts';
import { Random } from './random.ts';
import type { QuizKind, QuizQuestion } from './types.ts';

export interface SelectOptions {
  count: number;
  seed: number;
  kind?: QuizKind | undefined;
  /** Only questions whose answer is this event (practice drills one event at a time). */
  about?: string | undefined;
}

/**
 * A quiz drawn from the bank with a seed: no event is the answer of two questions, the threads
 * come in proportion to their events and the years of the period are spread, and the kinds
 * vary. Fewer questions than asked when the bank cannot give more without a repeat.
 */
export function selectQuiz(bank: readonly QuizQuestion[], context: QuizContext, options: SelectOptions): QuizQuestion[] {
  const random = new Random(options.seed);
  // Each question's draw is the seed's and its own id's, not its place in the bank: a question the bank gains or a moderator hides moves no other.
  const draws = new Map(bank.map((q) => [q.id, stableInt(`${options.seed}:${q.id}`, 2 ** 31) / 2 ** 31]));
  const draw = (q: QuizQuestion) => draws.get(q.id) ?? 0;
  let candidates = bank
    .filter((q) => (options.kind === undefined || q.kind === options.kind) && (options.about === undefined || (q.answerEvents.length === 1 && q.answerEvents[0] === options.about)))
    .sort((a, b) => draw(a) - draw(b) || a.id.localeCompare(b.id));
  const share = new Map<string, number>();
  const yearShare = new Map<string, number>();
  for (const event of context.askable) {
    const thread = context.threads.of.get(event.id) ?? 'other';
    share.set(thread, (share.get(thread) ?? 0) + 1 / context.askable.length);
    const year = event.date.slice(0, 4);
    yearShare.set(year, (yearShare.get(year) ?? 0) + 1 / context.askable.length);
  }
  const picked: QuizQuestion[] = [];
  const used = new Set<string>();
  const count = (key: (q: QuizQuestion) => string, value: string) => picked.filter((q) => key(q) === value).length;
  const yearOf = (q: QuizQuestion) => {
    const event = context.byId.get(q.answerEvents[0] ?? '');
    return event ? partialDateRange(event.date).start.slice(0, 4) : '';
  };
  while (picked.length < options.count) {
    candidates = candidates.filter((q) => q.answerEvents.every((e) => !used.has(e)));
    if (candidates.length === 0) break;
    const n = picked.length + 1;
    let best: { q: QuizQuestion; score: number } | undefined;
    for (const q of candidates) {
      // A moderator's own question has no thread of events: it counts as one event's worth.
      const threadDeficit = (share.get(q.thread) ?? 1 / Math.max(1, context.askable.length)) * n - count((p) => p.thread, q.thread);
      const yearDeficit = (yearShare.get(yearOf(q)) ?? 0) * n - count(yearOf, yearOf(q));
      const kindUse = count((p) => p.kind, q.kind) / n;
      const own = q.origin === 'moderator' ? 1 : 0;
      // The seed's draw weighs up to one question's worth of deficit: quizzes of other seeds ask other questions, not only break ties.
      const score = 2 * threadDeficit + yearDeficit - 2 * kindUse + own - draw(q);
      if (!best || score > best.score) best = { q, score };
    }
    const chosen = (best as { q: QuizQuestion }).q;
    picked.push(chosen);
    for (const e of chosen.answerEvents) used.add(e);
  }
  return picked.map((q) => shuffled(q, random));
}
