/**
 * `POST /api/invoke`: the headless twin of Electron's `ipcMain.handle`. The body is
 * `{ channel, input }`; the answer is the Result of the shared `dispatch`, so a refused call looks
 * the same over HTTP as over IPC.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { closeAfterAnswer, isClosing } from './closing-connection';
import { BodyError, readBody } from './read-body';
import { sendFailure, sendJson } from './respond';
import type { Route, RouteContext } from './router';
import { bearerToken, tokensEqual } from './session-token';

export const INVOKE_PATH = '/api/invoke';

export type InvokeRouteOptions = {
  handlers: Handlers;
  sessionToken: string;
  /** Largest accepted body in bytes. */
  maxBodyBytes: number;
};

/** Is the media type `application/json` (parameters such as `charset` allowed)? */
export function isJsonContentType(header: string | undefined): boolean {
  return (header ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}

const TOKEN_MESSAGE = 'Missing or wrong session token. Open the console from the URL the host printed (it carries the session token).';

/** Build the invoke route for a set of handlers and the session token. */
export function createInvokeRoute(options: InvokeRouteOptions): Route {
  const { handlers, sessionToken, maxBodyBytes } = options;

  async function handle(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> {
    // Browsers always send Origin on a cross-origin POST. A foreign page is refused before anything
    // else, even if it somehow had the token. Callers outside a browser (tests, scripts) send none.
    const origin = req.headers.origin;
    // Refusals before the body is read close the connection (see closing-connection.ts).
    if (origin !== undefined && !ctx.origins.isAllowedOrigin(origin, req.headers.host)) {
      closeAfterAnswer(req, res);
      sendFailure(res, 403, 'FORBIDDEN', 'Calls are only accepted from the console itself.');
      return;
    }
    if (!tokensEqual(sessionToken, bearerToken(req.headers.authorization))) {
      closeAfterAnswer(req, res);
      sendFailure(res, 401, 'FORBIDDEN', TOKEN_MESSAGE, { 'WWW-Authenticate': 'Bearer' });
      return;
    }
    // Requiring application/json also means no HTML form or "simple" cross-site request can reach a
    // handler: those cannot send this content type without a CORS preflight, which we never grant.
    if (!isJsonContentType(req.headers['content-type'])) {
      closeAfterAnswer(req, res);
      sendFailure(res, 415, 'BAD_INPUT', 'Send the call as application/json.');
      return;
    }

    let body: Buffer;
    try {
      body = await readBody(req, maxBodyBytes);
    } catch (error) {
      const status = error instanceof BodyError ? error.status : 400;
      const message = error instanceof BodyError ? error.message : 'The request body could not be read.';
      // After a refused body the rest of the stream is unknown: do not reuse the connection.
      closeAfterAnswer(req, res);
      sendFailure(res, status, 'BAD_INPUT', message);
      return;
    }
    // A request parsed from the same connection before an earlier body was refused: drop it.
    if (isClosing(req)) return;

    let call: unknown;
    try {
      call = JSON.parse(body.toString('utf8'));
    } catch {
      sendFailure(res, 400, 'BAD_INPUT', 'The request body is not valid JSON.');
      return;
    }
    if (typeof call !== 'object' || call === null || Array.isArray(call)) {
      sendFailure(res, 400, 'BAD_INPUT', 'Expected a JSON object { "channel": …, "input": … }.');
      return;
    }

    const { channel, input } = call as { channel?: unknown; input?: unknown };
    // dispatch refuses unknown channels, parses the input and never lets a handler's exception
    // (message or stack) into the answer; it logs it here instead.
    const result = await dispatch(handlers, channel, input, (message, error) => ctx.log.error(message, error));
    sendJson(res, 200, result);
  }

  return { method: 'POST', path: INVOKE_PATH, handle };
}
