/**
 * One SLA clock's outcome for a report: met, breached (with its cause), or not measured yet. The
 * due times stored on a job already include every finished pause (on resume they move later by
 * the business time spent paused), so a finished clock is judged against them as they are; a
 * clock paused now is judged only if it was already late when the pause began.
 */
import type { ReportJob } from './report-job';
import type { BreachCause } from './types';

export type ClockKind = 'response' | 'resolution';

export type ClockOutcome =
  | { measured: false }
  | { measured: true; met: true }
  | { measured: true; met: false; dueAt: number; doneAt: number | null; lateMs: number; cause: BreachCause; detail: string };

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';

/** When the work first started on site (first visit), else the booking's start, or null. */
function firstStart(job: ReportJob): number | null {
  if (job.visits.length > 0) return Math.min(...job.visits.map((v) => v.arrived));
  return job.assignment?.start ?? null;
}

/**
 * Why `kind` was missed. Booked at = the first booking line in the history (for data without one:
 * the first start, i.e. booked no later than the work began).
 * - queued-too-long: not booked by the due time;
 * - booked-late: booked in time, but the booking could not meet the target (response: it started
 *   after the due time; resolution: start + estimate, or the booking's end, after the due time);
 * - ran-over: the booking could meet the target and the work still did not.
 */
export function breachCause(job: ReportJob, kind: ClockKind, due: number): { cause: BreachCause; detail: string } {
  const start = firstStart(job);
  const bookedAt = job.firstBooked ?? start;
  if (bookedAt === null || bookedAt > due) {
    return { cause: 'queued-too-long', detail: bookedAt === null ? `never booked; due ${iso(due)}` : `first booked ${iso(bookedAt)}, after the due time ${iso(due)}` };
  }
  const planned = start === null ? null : kind === 'response' ? start : job.visits.length > 0 ? start + job.estimateMinutes * 60_000 : (job.assignment?.end ?? start);
  if (planned !== null && planned > due) {
    return { cause: 'booked-late', detail: `booked in time, for ${iso(planned)}${kind === 'resolution' ? ' (end of the booked work)' : ''}, after the due time ${iso(due)}` };
  }
  return { cause: 'ran-over', detail: `booked to finish by ${planned === null ? 'the due time' : iso(planned)}; the ${kind === 'response' ? 'response' : 'work'} came later than the due time ${iso(due)}` };
}

/** The outcome of one clock at `now` (ms). */
export function clockOutcome(job: ReportJob, kind: ClockKind, now: number): ClockOutcome {
  const due = kind === 'response' ? job.responseDue : job.resolutionDue;
  if (due === null || job.status === 'cancelled') return { measured: false };
  const done = kind === 'response' ? job.responded : job.resolved;
  if (done !== null) {
    if (done <= due) return { measured: true, met: true };
    return { measured: true, met: false, dueAt: due, doneAt: done, lateMs: done - due, ...breachCause(job, kind, due) };
  }
  // Still owed: late only once the due time has passed on a running clock.
  const clockNow = job.pausedSince ?? now;
  if (clockNow <= due) return { measured: false };
  return { measured: true, met: false, dueAt: due, doneAt: null, lateMs: now - due, ...breachCause(job, kind, due) };
}
