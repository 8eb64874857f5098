/**
 * Calendar feed tokens: 32 random bytes each, one per technician, read-only. The data file keeps
 * only their SHA-256 (a token has 256 bits of randomness, so an unsalted hash cannot be reversed by
 * guessing), and a presented token is checked in constant time against the technician's hash.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh token: base64url, safe in a URL query without escaping. */
export function generateFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the data file keeps of a token. */
export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compared against when a technician has no feed, so "no feed" and "wrong token" take the same time. */
const NO_FEED = hashFeedToken('calendar feed: none issued');

/** Does `given` open the feed whose stored hash is `storedHash` (undefined: none issued)? */
export function feedTokenMatches(storedHash: string | undefined, given: string | null | undefined): boolean {
  const expected = Buffer.from(storedHash ?? NO_FEED, 'hex');
  const presented = createHash('sha256').update(given ?? '', 'utf8').digest();
  const same = expected.length === presented.length && timingSafeEqual(expected, presented);
  return same && storedHash !== undefined && typeof given === 'string' && given.length > 0;
}
