import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from '../../src/discord/rateLimit.ts';

describe('per-user rate limit', () => {
  const clock = () => {
    let now = 0;
    return { now: () => now, advance: (ms: number) => (now += ms) };
  };

  it('allows a burst, then refuses with the time until the next request', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ burst: 2, refillMs: 10_000, now: time.now });
    expect(limiter.take('ana')).toEqual({ allowed: true });
    expect(limiter.take('ana')).toEqual({ allowed: true });
    expect(limiter.take('ana')).toEqual({ allowed: false, retryAfterMs: 10_000 });
    time.advance(4_000);
    expect(limiter.take('ana')).toEqual({ allowed: false, retryAfterMs: 6_000 });
    time.advance(6_000);
    expect(limiter.take('ana')).toEqual({ allowed: true });
  });

  it('counts each user apart', () => {
    const limiter = new TokenBucketLimiter({ burst: 1, refillMs: 10_000, now: clock().now });
    expect(limiter.take('ana')).toEqual({ allowed: true });
    expect(limiter.take('ben')).toEqual({ allowed: true });
    expect(limiter.take('ana').allowed).toBe(false);
  });
});
