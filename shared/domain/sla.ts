import type { Priority } from '../schemas/common';
import type { Job } from '../schemas/job';
import type { SlaPolicy } from '../schemas/sla';
import { addBusinessMinutes } from './business-time';
import { MINUTE_MS } from './zoned-time';

/** How an SLA clock stands: `at-risk` from 75 % of the allowed time used, `breached` at/after due. */
export type SlaState = 'ok' | 'at-risk' | 'breached';

export type SlaClock = {
  /** The due instant, as stored on the job. */
  dueAt: string;
  state: SlaState;
  /** Whole wall-clock minutes until due, rounded up: positive while ok/at risk, 0 or negative once breached. */
  minutesLeft: number;
  /** Elapsed share of receivedAt → dueAt; 0 before receipt, above 1 once breached. */
  fractionUsed: number;
  /**
   * True while the job is on hold waiting on the customer: the clock stands still, so `state`,
   * `minutesLeft` and `fractionUsed` are those read at the moment it was paused.
   */
  paused: boolean;
};

/** Share of the allowed time after which a clock shows as at risk. */
export const AT_RISK_FRACTION = 0.75;

const PRIORITY_RANK: Readonly<Record<Priority, number>> = { P1: 0, P2: 1, P3: 2, P4: 3 };

/**
 * Response and resolution due instants for a job of `priority` received at `receivedAt` under
 * `policy`, counting business time in the shop's `timeZone`.
 *
 * Why: computed once when the job is created (and stored on it), so later edits to a policy do
 * not silently move promises already made to a customer.
 *
 * @throws Error "no business hours defined" for a policy without hours.
 */
export function dueTimes(
  policy: SlaPolicy,
  priority: Priority,
  receivedAt: Date,
  timeZone: string,
): { responseDueAt: Date; resolutionDueAt: Date } {
  const target = policy.targets[priority];
  const holidays = policy.holidays ?? [];
  const due = (minutes: number) => addBusinessMinutes(receivedAt, minutes, policy.businessHours, holidays, timeZone);
  return { responseDueAt: due(target.responseMinutes), resolutionDueAt: due(target.resolutionMinutes) };
}

/**
 * One clock from `receivedAt` to `dueAt` read at `now`. The at-risk share is measured on the wall
 * clock (business-time precision is not needed to decide "nearly due"), and only the due instant
 * itself carries the business-hours logic.
 */
export function readClock(receivedAt: string, dueAt: string, now: Date, paused = false): SlaClock {
  const start = Date.parse(receivedAt);
  const due = Date.parse(dueAt);
  const t = now.getTime();
  const allowed = due - start;
  const fractionUsed = allowed > 0 ? Math.max(0, (t - start) / allowed) : t >= due ? 1 : 0;
  const state: SlaState = t >= due ? 'breached' : fractionUsed >= AT_RISK_FRACTION ? 'at-risk' : 'ok';
  // `+ 0` turns the -0 of Math.ceil(-0.4) into 0.
  const minutesLeft = Math.ceil((due - t) / MINUTE_MS) + 0;
  return { dueAt, state, minutesLeft, fractionUsed, paused };
}

/** Statuses that mean someone is on the way or there: the customer has had a response. */
const RESPONDING_STATUSES: ReadonlySet<Job['status']> = new Set(['en-route', 'on-site']);

/** Whether moving into `status` is the job's first response (when none is recorded yet). */
export function respondsByStatus(status: Job['status']): boolean {
  return RESPONDING_STATUSES.has(status);
}

/**
 * Whether the job still owes its first response: nothing recorded in `respondedAt`, not en route
 * or on site, and not finished. A booking is not a response: a scheduled or dispatched job still
 * owes one until the technician sets off or the dispatcher records a remote response.
 */
export function awaitsResponse(job: Pick<Job, 'status' | 'respondedAt'>): boolean {
  if (job.respondedAt !== null) return false;
  return !RESPONDING_STATUSES.has(job.status) && job.status !== 'done' && job.status !== 'cancelled';
}

/**
 * The job's running SLA clocks at `now`: the response clock until a response is recorded, the
 * resolution clock until the job is done or cancelled; `null` for a clock that is not running or
 * has no due time.
 *
 * A job whose clock is paused (`slaPausedSince` set: on hold, waiting on the customer) is read at
 * the instant it was paused and marked `paused`, so its state and minutes left stay frozen until
 * the resume moves the due times later. A pause stamped after `now` (clock skew) is ignored.
 *
 * Why: the queue colours and sorts by these, and the SLA timer service raises alerts on the
 * ok → at-risk → breached edges; both must read the same clock.
 */
export function slaClocks(job: Job, now: Date): { response: SlaClock | null; resolution: SlaClock | null } {
  const pausedAt = job.slaPausedSince ? Date.parse(job.slaPausedSince) : NaN;
  const paused = Number.isFinite(pausedAt) && pausedAt <= now.getTime();
  const at = paused ? new Date(pausedAt) : now;
  const response =
    job.responseDueAt !== null && awaitsResponse(job) ? readClock(job.receivedAt, job.responseDueAt, at, paused) : null;
  const finished = job.status === 'done' || job.status === 'cancelled';
  const resolution =
    job.resolutionDueAt !== null && !finished ? readClock(job.receivedAt, job.resolutionDueAt, at, paused) : null;
  return { response, resolution };
}

/**
 * Sort key for the queue's default order, ascending: whole minutes left on the earliest running
 * clock, plus a tenth per priority step, so within the same minute P1 sorts before P4. Breached
 * jobs come first (negative). `Infinity` when no clock runs; use {@link compareSlaRisk} to keep
 * the priority tie-break among those too.
 *
 * Why: "least time left first, then priority" as one number the table can sort by.
 */
export function slaRisk(job: Job, now: Date): number {
  const { response, resolution } = slaClocks(job, now);
  const left = Math.min(response?.minutesLeft ?? Infinity, resolution?.minutesLeft ?? Infinity);
  return left === Infinity ? Infinity : left + PRIORITY_RANK[job.priority] / 10;
}

/**
 * Comparator for `Array.prototype.sort`: {@link slaRisk} ascending, then priority (also among jobs
 * without running clocks), then job number, so the order is total and stable between refreshes.
 */
export function compareSlaRisk(a: Job, b: Job, now: Date): number {
  const ra = slaRisk(a, now);
  const rb = slaRisk(b, now);
  if (ra !== rb) return ra < rb ? -1 : 1;
  const pa = PRIORITY_RANK[a.priority];
  const pb = PRIORITY_RANK[b.priority];
  if (pa !== pb) return pa - pb;
  return a.number.localeCompare(b.number, 'en', { numeric: true });
}
