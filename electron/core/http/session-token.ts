/**
 * The session token: a random secret the host prints in the console URL. Whoever has it is the
 * dispatcher; everything else is refused.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** The WebSocket subprotocol the events socket speaks. */
export const EVENTS_PROTOCOL = 'dispatch.v1';
/** Prefix of the subprotocol that carries the token (browsers cannot set headers on a WebSocket). */
export const TOKEN_PROTOCOL_PREFIX = 'token.';

/**
 * Tokens travel as a WebSocket subprotocol, which must be an HTTP "token" (no spaces, commas or
 * quotes). base64url and hex both fit; 16 characters is a floor against accidental weak tokens.
 */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,256}$/;

/** A fresh token: 32 random bytes, base64url. */
export function generateSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Can `token` be used as a session token (long enough, safe in a URL and a subprotocol)? */
export function isValidSessionToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}

/**
 * Compare in constant time. Both sides are hashed first so neither the content nor the length of
 * the expected token can be learned from how long a refusal takes.
 */
export function tokensEqual(expected: string, given: string | null | undefined): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const a = createHash('sha256').update(expected).digest();
  const b = createHash('sha256').update(given).digest();
  return timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** The subprotocols a WebSocket client offered (`Sec-WebSocket-Protocol`, comma separated). */
export function offeredProtocols(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** The token carried as `token.<token>` among the offered subprotocols, or null. */
export function subprotocolToken(protocols: readonly string[]): string | null {
  const carrier = protocols.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  return carrier ? carrier.slice(TOKEN_PROTOCOL_PREFIX.length) : null;
}
