/**
 * How much one intake token may put into the data file, as token buckets: a burst gets in at once,
 * a runaway loop is held to a sustained rate and answered 429 with `Retry-After`.
 *
 * Three budgets per token (defaults and meaning in shared/schemas/settings.ts, IntakeLimitsSchema):
 * - new jobs: what grows the file and the queue; retries that find their job never spend it;
 * - body bytes: what a caller may make us read, so 20 KB descriptions cannot fill the file either;
 * - requests of any kind: bounds retries and refusals, generously, so retries are never starved
 *   by the job budget.
 */
import type { IntakeLimits } from '../../../shared/schemas/settings';

export type RateLimit = {
  /** Tokens added per second. */
  perSecond: number;
  /** Bucket size: how much may be spent at once. */
  burst: number;
};

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export type RateLimiter = {
  /** Spend `amount` (default 1) for `key`, or say how long until that much is there. */
  take(key: string, amount?: number): RateDecision;
  /** Give back what a `take` spent and did not use. */
  give(key: string, amount: number): void;
};

/** Buckets for at most this many keys; the oldest is forgotten first (a new key starts full). */
const MAX_KEYS = 1000;

/**
 * One bucket per key. `limit` is read on every call, so a changed setting applies at once (a
 * bucket above a smaller new burst is cut down to it). `now` (epoch ms) is injected for tests.
 */
export function createRateLimiter(limit: RateLimit | (() => RateLimit), now: () => number = Date.now): RateLimiter {
  const current = typeof limit === 'function' ? limit : () => limit;
  const buckets = new Map<string, { tokens: number; at: number }>();

  function refill(key: string): { bucket: { tokens: number; at: number }; limit: RateLimit } {
    const l = current();
    if (!(l.perSecond > 0) || !(l.burst >= 1)) throw new RangeError('A rate limit needs perSecond > 0 and burst ≥ 1.');
    const t = now();
    let bucket = buckets.get(key);
    if (!bucket) {
      if (buckets.size >= MAX_KEYS) buckets.delete(buckets.keys().next().value as string);
      bucket = { tokens: l.burst, at: t };
      buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(l.burst, bucket.tokens + (Math.max(0, t - bucket.at) / 1000) * l.perSecond);
    bucket.at = t;
    return { bucket, limit: l };
  }

  return {
    take(key, amount = 1) {
      const { bucket, limit: l } = refill(key);
      // More than a whole burst can never be there: let it through once the bucket is full.
      const need = Math.min(amount, l.burst);
      if (bucket.tokens >= need) {
        bucket.tokens -= need;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((need - bucket.tokens) / l.perSecond)) };
    },
    give(key, amount) {
      const { bucket, limit: l } = refill(key);
      bucket.tokens = Math.min(l.burst, bucket.tokens + amount);
    },
  };
}

/** The three budgets of one intake server, each per intake token. */
export type IntakeLimiter = {
  requests: RateLimiter;
  /** Counted in bytes. */
  bytes: RateLimiter;
  jobs: RateLimiter;
};

/** Build the budgets from settings read on every request. */
export function createIntakeLimiter(limits: () => IntakeLimits, now: () => number = Date.now): IntakeLimiter {
  const perMinute = (n: number) => n / 60;
  return {
    requests: createRateLimiter(() => ({ perSecond: perMinute(limits().requestsPerMinute), burst: limits().requestsPerMinute }), now),
    bytes: createRateLimiter(() => ({ perSecond: perMinute(limits().kibPerMinute * 1024), burst: limits().kibBurst * 1024 }), now),
    jobs: createRateLimiter(() => ({ perSecond: perMinute(limits().jobsPerMinute), burst: limits().jobBurst }), now),
  };
}
