/**
 * `POST /api/v1/jobs`: the public intake API. Other programs (a ticket system, monitoring, a phone
 * bridge) open jobs with the intake token, which can do nothing else; the console's session token
 * is not accepted here, and the intake token is not accepted anywhere else.
 *
 * Every refusal is JSON `{ ok: false, error: { code, message, issues? } }` and creates nothing. A
 * 201 or 200 is sent only after the job is on disk. See docs/intake-api.md.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../../shared/ipc/result';
import { AppError } from '../../../shared/ipc/result';
import type { FieldIssue } from '../../../shared/schemas/issues';
import type { Job } from '../../../shared/schemas/job';
import { parseIntakeJob } from '../services/intake-schema';
import type { IntakeJob } from '../services/intake-schema';
import type { IntakeOutcome } from '../services/intake';
import { createRateLimiter } from './intake-rate-limit';
import type { RateLimit } from './intake-rate-limit';
import { isJsonContentType } from './invoke-route';
import { BodyError, readBody } from './read-body';
import { sendJson } from './respond';
import type { Route, RouteContext } from './router';
import { bearerToken, tokensEqual } from './session-token';

export const INTAKE_PATH = '/api/v1/jobs';

/** Largest accepted body: a job is a few hundred bytes; 64 KiB leaves room for a long description. */
export const INTAKE_MAX_BODY_BYTES = 64 * 1024;

export type IntakeRouteOptions = {
  /** Creates the job (the core's intake service). */
  submit(input: IntakeJob): Promise<IntakeOutcome>;
  /** The intake token now; read on every request so a regenerated token applies at once. Null: intake is off. */
  token(): string | null;
  rateLimit?: RateLimit;
  /** Epoch ms, for the rate limiter (tests). */
  now?: () => number;
};

/** What a successful call answers: the job, and whether this call created it. */
export type IntakeResponse = { ok: true; created: boolean; job: Job };

function fail(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  extra: { issues?: FieldIssue[]; headers?: Record<string, string> } = {},
): void {
  const error = extra.issues ? { code, message, issues: extra.issues } : { code, message };
  sendJson(res, status, { ok: false, error }, extra.headers);
}

/** HTTP status for an error the intake service threw. */
function statusOf(error: AppError): number {
  switch (error.code) {
    case 'BAD_INPUT':
      return 400;
    case 'NOT_FOUND':
      // The request is well formed but names a client/site/contact that does not exist.
      return 422;
    case 'CONFLICT':
      return 409;
    case 'FORBIDDEN':
      return 403;
    default:
      return 500;
  }
}

/** Build the intake route. */
export function createIntakeRoute(options: IntakeRouteOptions): Route {
  const limiter = createRateLimiter(options.rateLimit, options.now);

  async function handle(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> {
    // 1. Who is calling. The session token is deliberately not accepted: it is the dispatcher's.
    const expected = options.token();
    const given = bearerToken(req.headers.authorization);
    if (expected === null || !tokensEqual(expected, given)) {
      const message =
        given === null
          ? 'Send the intake token as "Authorization: Bearer <token>".'
          : 'The intake token is wrong. Copy the current one from Settings → Intake (or the line the host printed at start).';
      fail(res, 401, 'FORBIDDEN', message, { headers: { 'WWW-Authenticate': 'Bearer realm="intake"' } });
      return;
    }
    // 2. How fast. Counted before the body is read, so a flood costs us as little as possible.
    const rate = limiter.take(expected);
    if (!rate.ok) {
      fail(res, 429, 'FORBIDDEN', `Too many requests. Wait ${rate.retryAfterSeconds} s and send again (same externalRef: no duplicates).`, {
        headers: { 'Retry-After': String(rate.retryAfterSeconds) },
      });
      return;
    }
    // 3. What it sends.
    if (!isJsonContentType(req.headers['content-type'])) {
      fail(res, 415, 'BAD_INPUT', 'Send the job as JSON with "Content-Type: application/json".');
      return;
    }
    let body: Buffer;
    try {
      body = await readBody(req, INTAKE_MAX_BODY_BYTES);
    } catch (error) {
      const status = error instanceof BodyError ? error.status : 400;
      const message = status === 413 ? `The request body is larger than ${INTAKE_MAX_BODY_BYTES / 1024} KiB.` : 'The request body could not be read.';
      // After a refused body the rest of the stream is unknown: do not reuse the connection.
      fail(res, status, 'BAD_INPUT', message, { headers: { Connection: 'close' } });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(body.toString('utf8'));
    } catch {
      fail(res, 400, 'BAD_INPUT', 'The request body is not valid JSON.');
      return;
    }
    const parsed = parseIntakeJob(json);
    if (!parsed.ok) {
      const fields = parsed.issues.map((i) => i.path).join(', ');
      fail(res, 400, 'BAD_INPUT', `The job was not created; fix these fields: ${fields}.`, { issues: parsed.issues });
      return;
    }

    // 4. Create (or find) the job; answer once it is on disk.
    let outcome: IntakeOutcome;
    try {
      outcome = await options.submit(parsed.value);
    } catch (error) {
      if (error instanceof AppError) {
        fail(res, statusOf(error), error.code, error.message, error.issues ? { issues: error.issues } : {});
        return;
      }
      ctx.log.error('Intake: creating a job failed', error);
      // Nothing of it was kept (the store rolled back), so a retry with the same externalRef creates it.
      fail(res, 503, 'INTERNAL', 'The job could not be saved right now. Send it again with the same externalRef.', {
        headers: { 'Retry-After': '5' },
      });
      return;
    }
    const answer: IntakeResponse = { ok: true, created: outcome.created, job: outcome.job };
    sendJson(res, outcome.created ? 201 : 200, answer);
  }

  return { method: 'POST', path: INTAKE_PATH, handle };
}
