/** What a right answer earns whatever its speed. */
export const BASE_POINTS = 100;
/** What an answer given the instant the question appears adds; it falls to 0 at the deadline. */
export const SPEED_POINTS = 100;
/** Added for each right answer in a row before this one… */
export const STREAK_STEP = 20;
/** …up to this much, reached with five right answers in a row before it. */
export const STREAK_CAP = 100;

export interface AnswerTiming {
  correct: boolean;
  /** From the question's appearance to the answer. */
  elapsedMs: number;
  /** The time the question gives to answer. */
  limitMs: number;
  /** Right answers in a row the member gave in the rounds just before this one. */
  streakBefore: number;
}

export interface AnswerScore {
  points: number;
  /** Right answers in a row up to and including this one (0 when wrong). */
  streak: number;
}

/**
 * Points for one answer. A wrong answer scores 0 and breaks the streak. A right answer scores
 * 100, plus up to 100 for speed (the fraction of the answering time still left, rounded to a
 * whole point), plus 20 for each right answer in a row before it, capped at 100: so a quick,
 * steady player earns at most 300 a question, and someone who answers right at the last moment
 * still earns the base. A streak counts rounds: a round left unanswered breaks it too (the
 * session decides that; see session.ts).
 */
export function scoreAnswer({ correct, elapsedMs, limitMs, streakBefore }: AnswerTiming): AnswerScore {
  if (!correct) return { points: 0, streak: 0 };
  const left = limitMs > 0 ? Math.min(1, Math.max(0, 1 - elapsedMs / limitMs)) : 0;
  const streakBonus = Math.min(STREAK_CAP, STREAK_STEP * Math.max(0, streakBefore));
  return { points: BASE_POINTS + Math.round(SPEED_POINTS * left) + streakBonus, streak: Math.max(0, streakBefore) + 1 };
}

export interface ScoredAnswer {
  userId: string;
  points: number;
  correct: boolean;
}

export interface Standing {
  userId: string;
  points: number;
  correct: number;
  answered: number;
}

/**
 * Each member's total over a list of answers, best first: more points, then more right answers;
 * a tie keeps the order in which the members first answered.
 */
export function standings(answers: readonly ScoredAnswer[]): Standing[] {
  const byMember = new Map<string, Standing>();
  for (const { userId, points, correct } of answers) {
    const standing = byMember.get(userId) ?? { userId, points: 0, correct: 0, answered: 0 };
    standing.points += points;
    standing.correct += correct ? 1 : 0;
    standing.answered += 1;
    byMember.set(userId, standing);
  }
  return [...byMember.values()].sort((a, b) => b.points - a.points || b.correct - a.correct);
}
