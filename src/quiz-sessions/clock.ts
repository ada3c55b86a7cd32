/** The time and the timers a quiz session runs on; tests give one they move by hand. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  /** Calls `fire` once, about `ms` from now; returns how to cancel it. */
  setTimer(ms: number, fire: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(ms, fire) {
    const timer = setTimeout(fire, Math.max(0, ms));
    // A quiz waiting for its next round is no reason to keep a stopping process alive.
    timer.unref();
    return () => clearTimeout(timer);
  },
};
