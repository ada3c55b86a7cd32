import { describeProblem } from './messages.ts';
import type { Problem } from './problem.ts';

export type { Problem };

/** A moderator's request refused, with a message that says what to do instead. */
export class ModerationError extends Error {
  override name = 'ModerationError';

  constructor(readonly problem: Problem) {
    super(describeProblem(problem, 'en'));
  }
}

export function refuse(problem: Problem): never {
  throw new ModerationError(problem);
}
