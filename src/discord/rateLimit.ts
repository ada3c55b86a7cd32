export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  take(key: string): RateDecision;
}

export interface TokenBucketOptions {
  /** Requests a user may make in a burst. */
  burst: number;
  /** Time for one spent request to come back. */
  refillMs: number;
  now?: () => number;
}

/** Per-key token buckets; keys whose bucket has refilled are forgotten, so memory follows activity. */
export class TokenBucketLimiter implements RateLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #burst: number;
  readonly #refillMs: number;
  readonly #now: () => number;

  constructor({ burst, refillMs, now = Date.now }: TokenBucketOptions) {
    this.#burst = burst;
    this.#refillMs = refillMs;
    this.#now = now;
  }

  take(key: string): RateDecision {
    const now = this.#now();
    if (this.#buckets.size > 10_000) this.#forgetFull(now);
    const bucket = this.#buckets.get(key);
    const tokens = bucket ? Math.min(this.#burst, bucket.tokens + (now - bucket.at) / this.#refillMs) : this.#burst;
    if (tokens < 1) return { allowed: false, retryAfterMs: Math.ceil((1 - tokens) * this.#refillMs) };
    this.#buckets.set(key, { tokens: tokens - 1, at: now });
    return { allowed: true };
  }

  #forgetFull(now: number): void {
    for (const [key, { tokens, at }] of this.#buckets) {
      if (tokens + (now - at) / this.#refillMs >= this.#burst) this.#buckets.delete(key);
    }
  }
}

/** Five questions at once, then one every 12 s: a study session's pace, not a script's. */
export function askRateLimiter(): RateLimiter {
  return new TokenBucketLimiter({ burst: 5, refillMs: 12_000 });
}
