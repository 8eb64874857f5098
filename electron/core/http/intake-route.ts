/**
 * `POST /api/v1/jobs`: the public intake API. Other programs (a ticket system, monitoring, a phone
 * bridge) open jobs with the intake token, which can do nothing else; the console's session token
 * is not accepted here, and the intake token is not accepted anywhere else.
 *
 * Every refusal is JSON `{ ok: false, error: { code, message, issues? } }` and creates nothing. A
 * 201 or 200 is sent only after the job is on disk, and says only what a caller needs to track its
 * job: the intake token is shared by every caller, so an answer never carries a job's notes,
 * history or assignment. See docs/intake-api.md.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../../../shared/ipc/result';
import { AppError } from '../../../shared/ipc/result';
import type { FieldIssue } from '../../../shared/schemas/issues';
import type { Job } from '../../../shared/schemas/job';
import { IntakeLimitsSchema } from '../../../shared/schemas/settings';
import type { IntakeLimits } from '../../../shared/schemas/settings';
import { parseIntakeJob } from '../services/intake/intake-schema';
import type { IntakeJob } from '../services/intake/intake-schema';
import { IntakeLimitError } from '../services/intake/intake';
import type { IntakeOutcome } from '../services/intake/intake';
import { closeAfterAnswer, isClosing } from './closing-connection';
import { createIntakeLimiter } from './intake-rate-limit';
import type { RateDecision } from './intake-rate-limit';
import { isJsonContentType } from './invoke-route';
import { BodyError, readBody } from './read-body';
import { sendJson } from './respond';
import type { Route, RouteContext } from './router';
import { bearerToken, tokensEqual } from './session-token';

export const INTAKE_PATH = '/api/v1/jobs';

/** Largest accepted body: a job is a few hundred bytes; 64 KiB leaves room for a long description. */
export const INTAKE_MAX_BODY_BYTES = 64 * 1024;

export type IntakeRouteOptions = {
  /** Creates the job (the core's intake service); `admit` is asked right before a new job is made. */
  submit(input: IntakeJob, admit: () => boolean): Promise<IntakeOutcome>;
  /** The intake token now; read on every request so a regenerated token applies at once. Null: intake is off. */
  token(): string | null;
  /** The limits now (settings → intake → limits); read on every request. Default: the defaults. */
  limits?: () => IntakeLimits;
  /** Epoch ms, for the rate limiter (tests). */
  now?: () => number;
};

/** 201: the new job, as much as the caller needs to track it and its SLA. */
export type IntakeCreated = {
  ok: true;
  created: true;
  job: Pick<Job, 'id' | 'number' | 'status' | 'priority' | 'receivedAt' | 'responseDueAt' | 'resolutionDueAt'>;
};
/** 200: a retry found the job an earlier call created: which one and where it stands, nothing else. */
export type IntakeFound = { ok: true; created: false; job: Pick<Job, 'id' | 'number' | 'status'> };
export type IntakeResponse = IntakeCreated | IntakeFound;

/** The answer for an outcome: only the fields above, never the rest of the stored job. */
export function intakeAnswer({ job, created }: IntakeOutcome): IntakeResponse {
  const { id, number, status } = job;
  if (!created) return { ok: true, created: false, job: { id, number, status } };
  const { priority, receivedAt, responseDueAt, resolutionDueAt } = job;
  return { ok: true, created: true, job: { id, number, status, priority, receivedAt, responseDueAt, resolutionDueAt } };
}

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

function tooMany(res: ServerResponse, what: string, decision: RateDecision & { ok: false }): void {
  const wait = decision.retryAfterSeconds;
  fail(res, 429, 'FORBIDDEN', `Too many ${what} from this intake token. Wait ${wait} s and send again (same externalRef: no duplicates).`, {
    headers: { 'Retry-After': String(wait) },
  });
}

/** Bytes to set aside before reading a body: its declared length, or the most we would read. */
function declaredSize(req: IncomingMessage): number {
  const declared = Number(req.headers['content-length'] ?? NaN);
  return Number.isFinite(declared) && declared >= 0 ? Math.min(declared, INTAKE_MAX_BODY_BYTES) : INTAKE_MAX_BODY_BYTES;
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
    case 'UNAVAILABLE':
      // The shared database is down: nothing was saved, the caller should retry.
      return 503;
    default:
      return 500;
  }
}

/** Build the intake route. */
export function createIntakeRoute(options: IntakeRouteOptions): Route {
  const defaults = IntakeLimitsSchema.parse({});
  const limiter = createIntakeLimiter(options.limits ?? (() => defaults), options.now);

  async function handle(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> {
    // Every answer before the body is read in full closes the connection: the unread bytes must
    // never be taken for a next request (see closing-connection.ts).
    const refuseUnread = () => closeAfterAnswer(req, res);

    // 1. Who is calling. The session token is deliberately not accepted: it is the dispatcher's.
    const expected = options.token();
    const given = bearerToken(req.headers.authorization);
    if (expected === null || !tokensEqual(expected, given)) {
      const message =
        given === null
          ? 'Send the intake token as "Authorization: Bearer <token>".'
          : 'The intake token is wrong. Copy the current one from Settings → Intake (or the line the host printed at start).';
      refuseUnread();
      fail(res, 401, 'FORBIDDEN', message, { headers: { 'WWW-Authenticate': 'Bearer realm="intake"' } });
      return;
    }
    // 2. How often and how much. Counted before the body is read, so a flood costs us as little as possible.
    const request = limiter.requests.take(expected);
    if (!request.ok) return refuseUnread(), tooMany(res, 'requests', request);
    if (!isJsonContentType(req.headers['content-type'])) {
      refuseUnread();
      fail(res, 415, 'BAD_INPUT', 'Send the job as JSON with "Content-Type: application/json".');
      return;
    }
    const reserved = declaredSize(req);
    const bytes = limiter.bytes.take(expected, reserved);
    if (!bytes.ok) return refuseUnread(), tooMany(res, 'bytes', bytes);

    // 3. What it sends.
    let body: Buffer;
    try {
      body = await readBody(req, INTAKE_MAX_BODY_BYTES);
    } catch (error) {
      const status = error instanceof BodyError ? error.status : 400;
      const message = status === 413 ? `The request body is larger than ${INTAKE_MAX_BODY_BYTES / 1024} KiB.` : 'The request body could not be read.';
      refuseUnread();
      fail(res, status, 'BAD_INPUT', message);
      return;
    }
    if (body.length < reserved) limiter.bytes.give(expected, reserved - body.length);
    // Parsed from this connection before an earlier body on it was refused: never run it.
    if (isClosing(req)) return;
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

    // 4. Create (or find) the job; answer once it is on disk. Only a new job spends the job budget.
    let jobs: RateDecision = { ok: true };
    let outcome: IntakeOutcome;
    try {
      outcome = await options.submit(parsed.value, () => (jobs = limiter.jobs.take(expected)).ok);
    } catch (error) {
      if (error instanceof IntakeLimitError && !jobs.ok) return tooMany(res, 'new jobs', jobs);
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
    sendJson(res, outcome.created ? 201 : 200, intakeAnswer(outcome));
  }

  return { method: 'POST', path: INTAKE_PATH, handle };
}
