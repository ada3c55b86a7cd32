import type { Clock } from '../../../src/quiz-sessions/clock.ts';

/** A clock that moves only when the test says: `advance(ms)` fires, in time order, the timers that fall due. */
export class ManualClock implements Clock {
  #now: number;
  #timers: Array<{ at: number; fire: () => void }> = [];

  constructor(start = Date.UTC(2026, 0, 15, 12)) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimer(ms: number, fire: () => void): () => void {
    const timer = { at: this.#now + Math.max(0, ms), fire };
    this.#timers.push(timer);
    return () => {
      this.#timers = this.#timers.filter((t) => t !== timer);
    };
  }

  advance(ms: number): void {
    const end = this.#now + ms;
    for (;;) {
      const due = this.#timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.#timers = this.#timers.filter((t) => t !== due);
      this.#now = Math.max(this.#now, due.at);
      due.fire();
    }
    this.#now = end;
  }

  /** Timers still set, for tests that check nothing is left waiting. */
  get pending(): number {
    return this.#timers.length;
  }
}
