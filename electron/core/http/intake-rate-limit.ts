/**
 * A token bucket per intake token: a burst of calls gets in at once, a runaway loop is stopped.
 *
 * Sizing: 200 requests a second sustained, bursts of 1,000. A busy shop's ticket system or a
 * monitoring storm (hundreds of alerts in a few seconds) fits in the burst; a script posting in
 * a tight loop exhausts it within seconds and then gets 429 with `Retry-After` instead of filling
 * the data file with thousands of jobs a minute.
 */

export type RateLimit = {
  /** Tokens added per second. */
  perSecond: number;
  /** Bucket size: how many calls may arrive at once. */
  burst: number;
};

export const INTAKE_RATE_LIMIT: RateLimit = { perSecond: 200, burst: 1000 };

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export type RateLimiter = {
  /** Take one token for `key`, or say how long until one is free. */
  take(key: string): RateDecision;
};

/** Buckets for at most this many keys; the oldest is forgotten first (a new key starts full). */
const MAX_KEYS = 1000;

/** Build a limiter; `now` (epoch ms) is injected so tests can drive time. */
export function createRateLimiter(limit: RateLimit = INTAKE_RATE_LIMIT, now: () => number = Date.now): RateLimiter {
  if (!(limit.perSecond > 0) || !(limit.burst >= 1)) throw new RangeError('A rate limit needs perSecond > 0 and burst ≥ 1.');
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      const t = now();
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= MAX_KEYS) buckets.delete(buckets.keys().next().value as string);
        bucket = { tokens: limit.burst, at: t };
        buckets.set(key, bucket);
      }
      const elapsed = Math.max(0, t - bucket.at) / 1000;
      bucket.tokens = Math.min(limit.burst, bucket.tokens + elapsed * limit.perSecond);
      bucket.at = t;
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / limit.perSecond)) };
    },
  };
}
