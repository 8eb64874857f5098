import type { Job, JobStatus } from '../schemas/job';

/** Statuses in which work is still outstanding; `done` and `cancelled` are final. */
export const OPEN_STATUSES: readonly JobStatus[] = Object.freeze([
  'new',
  'scheduled',
  'dispatched',
  'en-route',
  'on-site',
  'on-hold',
]);

/**
 * Status changes a dispatcher may make with the status control (not with assign/unassign).
 *
 * - `new` and `scheduled` are entered by assigning/unassigning on the board, so no status change
 *   leads to them, except two: recalling a dispatched job (`dispatched → scheduled`) and resuming
 *   an on-hold job (`on-hold → scheduled` when it still has an assignment, else `→ new`;
 *   {@link checkStatusChange} enforces which one).
 * - The field flow is `scheduled → dispatched → en-route → on-site → done`; no step is skipped.
 * - `on-hold` and `cancelled` (each with a reason) are reachable from every open status.
 * - `done` is final: no `done → on-site` reopen. An accidental "done" is reverted with the undo
 *   command, which restores the previous record and its history line; genuine rework after a
 *   finished visit is a callback and gets its own job, so the first job's resolution time and its
 *   SLA result stay true instead of being rewritten after the fact.
 * - `cancelled` is final for the same reason: a revived call is a new job.
 */
export const allowedTransitions: Readonly<Record<JobStatus, readonly JobStatus[]>> = Object.freeze({
  new: ['on-hold', 'cancelled'],
  scheduled: ['dispatched', 'on-hold', 'cancelled'],
  dispatched: ['en-route', 'scheduled', 'on-hold', 'cancelled'],
  'en-route': ['on-site', 'on-hold', 'cancelled'],
  'on-site': ['done', 'on-hold', 'cancelled'],
  'on-hold': ['scheduled', 'new', 'cancelled'],
  done: [],
  cancelled: [],
});

/** Words for a status in a sentence (`on-hold` → "on hold"). */
export function statusLabel(status: JobStatus): string {
  return status.replace('-', ' ');
}

/**
 * Whether a job in `status` belongs in the unassigned queue (`new`, `on-hold`).
 *
 * Why: the queue and the board split jobs by this one rule; keeping it here stops the two views
 * from disagreeing about an on-hold job.
 */
export function isUnassignedStatus(status: JobStatus): boolean {
  return status === 'new' || status === 'on-hold';
}

/** Whether `status` is one of {@link OPEN_STATUSES}. */
export function isOpenStatus(status: JobStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

type StatusSubject = Pick<Job, 'status' | 'assignment'> & Partial<Pick<Job, 'number'>>;
type Verdict = { ok: true } | { ok: false; message: string };

/** Statuses that mean a technician is booked or working, so an assignment must exist. */
const NEEDS_ASSIGNMENT: readonly JobStatus[] = ['dispatched', 'en-route', 'on-site', 'done'];

/**
 * Whether `job` may change to status `to`, with `reason` (required for `on-hold` and `cancelled`).
 * Returns a sentence for the dispatcher when not; never throws.
 *
 * Why: the service and the UI (to grey out menu items) share one rule and one wording. Pass the
 * job's `number` as well to have it named in messages ("J-1042"); otherwise they say "this job".
 */
export function checkStatusChange(job: StatusSubject, to: JobStatus, reason: string | undefined): Verdict {
  const from = job.status;
  const name = job.number ?? 'this job';
  const Name = job.number ?? 'This job';
  const refuse = (message: string): Verdict => ({ ok: false, message });

  if (from === to) return refuse(`${Name} is already ${statusLabel(to)}.`);
  if (from === 'done') return refuse(`${Name} is done, which is final. Open a new job for follow-up work.`);
  if (from === 'cancelled') return refuse(`${Name} is cancelled, which is final. Open a new job if the work is needed.`);

  if (NEEDS_ASSIGNMENT.includes(to) && !job.assignment) {
    if (to === 'dispatched') return refuse('A job must be scheduled on a technician before it can be dispatched.');
    return refuse(`${Name} has no technician; schedule it on one before marking it ${statusLabel(to)}.`);
  }
  if (from === 'on-hold' && to === 'scheduled' && !job.assignment) {
    return refuse(`${Name} has no technician any more; resume it to the queue (new) or assign it on the board.`);
  }
  if (from === 'on-hold' && to === 'new' && job.assignment) {
    return refuse(`${Name} is still booked on a technician; resume it as scheduled, or unassign it first.`);
  }

  if (!allowedTransitions[from].includes(to)) {
    if (to === 'scheduled') return refuse(`Schedule ${name} by assigning it to a technician on the board.`);
    if (to === 'new') return refuse(`Return ${name} to the queue by unassigning it on the board.`);
    const next = allowedTransitions[from].map(statusLabel).join(', ');
    return refuse(`${Name} cannot go from ${statusLabel(from)} to ${statusLabel(to)}; from ${statusLabel(from)} it can go to: ${next}.`);
  }

  if (to === 'on-hold' && !reason?.trim()) return refuse(`Give a reason for putting ${name} on hold.`);
  if (to === 'cancelled' && !reason?.trim()) return refuse(`Give a reason for cancelling ${name}.`);
  return { ok: true };
}
