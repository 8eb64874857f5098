import type { IncomingMessage, ServerResponse } from 'node:http';
import { isClosing } from './closing-connection';
import type { OriginPolicy } from './origin-policy';
import { sendFailure } from './respond';
import { splitTarget } from './router';
import { applySecurityHeaders } from './security-headers';

/**
 * The checks every request to either server passes first: security headers on every answer, a
 * server that is listening, a plain path, and (on loopback) one of our own Host names, so a page
 * whose domain rebinds to 127.0.0.1 is refused; a request on a connection whose previous body was
 * refused is dropped unanswered. Answers the request itself and returns null when it must go no
 * further.
 */
export function admitRequest(
  req: IncomingMessage,
  res: ServerResponse,
  origins: OriginPolicy | null,
): { path: string; query: URLSearchParams; origins: OriginPolicy } | null {
  if (isClosing(req)) return null;
  applySecurityHeaders(res);
  const target = splitTarget(req.url);
  if (!origins) return sendFailure(res, 503, 'INTERNAL', 'Starting.'), null;
  if (!target) return sendFailure(res, 400, 'BAD_INPUT', 'Bad request target.'), null;
  if (!origins.isAllowedHost(req.headers.host)) return sendFailure(res, 403, 'FORBIDDEN', 'Unexpected Host header.'), null;
  return { ...target, origins };
}
