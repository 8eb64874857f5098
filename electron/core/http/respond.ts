/**
 * Small helpers for writing JSON answers. Errors that happen before a call reaches `dispatch`
 * (no token, wrong content type, …) are written in the same `{ ok: false, error }` shape as a
 * refused call, so the browser transport hands every failure to the UI the same way.
 */
import type { ServerResponse } from 'node:http';
import type { ErrorCode } from '../../../shared/ipc/result';

/** Write `body` as JSON. API answers are never cached: they are data, and they change. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

/**
 * Answer with an HTTP error status and a Result-shaped body. The message is fixed text chosen by
 * the caller: never an exception's message or stack, which could describe our internals.
 */
export function sendFailure(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { ok: false, error: { code, message } }, headers);
}
