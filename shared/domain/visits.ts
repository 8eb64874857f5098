/**
 * Close-out rules: which jobs a technician's day holds, what a visit's outcome does to its job,
 * and how the SLA record follows the real times written on the sheet. Pure; the clock, ids and
 * job numbers are passed in.
 */
import type { Job } from '../schemas/job';
import type { Visit, VisitOutcome, VisitPart } from '../schemas/visit';
import { dayBounds } from './jobs';
import { runSheetJobs } from './run-sheet';

/** Outcomes in words, for the grid, the job panel and history lines. */
export const OUTCOME_LABELS: Readonly<Record<VisitOutcome, string>> = Object.freeze({
  done: 'Done',
  'another-visit': 'Needs another visit',
  'waiting-parts': 'Waiting for parts',
  'waiting-customer': 'Waiting on customer',
});

/** The on-hold reason a waiting outcome gives when the dispatcher adds none. */
export const WAITING_REASONS: Readonly<Record<'waiting-parts' | 'waiting-customer', string>> = Object.freeze({
  'waiting-parts': 'Waiting for parts',
  'waiting-customer': 'Waiting on customer',
});

/** Whether the outcome puts the job on hold. */
export function isWaiting(outcome: VisitOutcome): outcome is 'waiting-parts' | 'waiting-customer' {
  return outcome === 'waiting-parts' || outcome === 'waiting-customer';
}

/**
 * The status the job takes when its latest visit ends with `outcome`: `done` when the work is
 * finished, and also when another visit is needed (that visit is a new, linked job in the queue,
 * so this job's record stays as it was on the day); `on-hold` while waiting.
 */
export function statusAfter(outcome: VisitOutcome): 'done' | 'on-hold' {
  return isWaiting(outcome) ? 'on-hold' : 'done';
}

/** Waiting on the customer stops the SLA clock; waiting for parts is the shop's own delay, so it runs on. */
export function pausesSla(outcome: VisitOutcome): boolean {
  return outcome === 'waiting-customer';
}

/**
 * The jobs on `technicianId`'s close-out grid for shop `day`, in the printed sheet's order: the
 * run sheet's jobs first, then jobs no longer on the sheet (moved since, or unassigned) that have
 * a visit of theirs that day, by arrival.
 */
export function closeOutJobs(jobs: readonly Job[], technicianId: string, day: string, timeZone: string): Job[] {
  const onSheet = runSheetJobs(jobs, technicianId, day, timeZone);
  const shown = new Set(onSheet.map((j) => j.id));
  const { start, end } = dayBounds(day, timeZone);
  const arrivalThatDay = (job: Job): number | null => {
    const visit = visitsOnDay(job, technicianId, start.getTime(), end.getTime())[0];
    return visit ? Date.parse(visit.arrivedAt) : null;
  };
  const others = jobs
    .filter((j) => !shown.has(j.id))
    .map((job) => ({ job, at: arrivalThatDay(job) }))
    .filter((e): e is { job: Job; at: number } => e.at !== null)
    .sort((a, b) => a.at - b.at || a.job.number.localeCompare(b.job.number, 'en', { numeric: true }))
    .map((e) => e.job);
  return [...onSheet, ...others];
}

function visitsOnDay(job: Job, technicianId: string, from: number, to: number): Visit[] {
  return job.visits.filter((v) => v.technicianId === technicianId && Date.parse(v.arrivedAt) >= from && Date.parse(v.arrivedAt) < to);
}

/**
 * The visit of `job` the grid edits for `technicianId` on shop `day`: the latest one arriving that
 * day, or null when the day's visit is still to be entered.
 */
export function visitOfDay(job: Job, technicianId: string, day: string, timeZone: string): Visit | null {
  const { start, end } = dayBounds(day, timeZone);
  return visitsOnDay(job, technicianId, start.getTime(), end.getTime()).at(-1) ?? null;
}

/**
 * The first response as the SLA record keeps it: the earliest arrival on site, unless a response
 * (phone, remote session, setting off) was recorded earlier still.
 */
export function respondedAtWith(respondedAt: string | null, visits: readonly Pick<Visit, 'arrivedAt'>[]): string | null {
  let earliest = respondedAt;
  for (const v of visits) if (earliest === null || Date.parse(v.arrivedAt) < Date.parse(earliest)) earliest = v.arrivedAt;
  return earliest;
}

/** Minutes on site (departure − arrival). */
export function visitMinutes(visit: Pick<Visit, 'arrivedAt' | 'departedAt'>): number {
  return Math.round((Date.parse(visit.departedAt) - Date.parse(visit.arrivedAt)) / 60_000);
}

/** A parts line's amount in minor units: quantity × unit price, rounded half away from zero to a whole minor unit. */
export function partAmountMinor(part: Pick<VisitPart, 'quantity' | 'unitPriceMinor'>): number {
  const exact = part.quantity * part.unitPriceMinor;
  return Math.sign(exact) * Math.round(Math.abs(exact));
}

/** Visits sorted oldest first by arrival (the order a job keeps them in). */
export function sortVisits<V extends Pick<Visit, 'arrivedAt' | 'id'>>(visits: readonly V[]): V[] {
  return [...visits].sort((a, b) => Date.parse(a.arrivedAt) - Date.parse(b.arrivedAt) || a.id.localeCompare(b.id));
}

/** A title for the follow-up job: the original's, marked, within the title limit. */
export function followUpTitle(job: Pick<Job, 'title' | 'number'>): string {
  const title = `Follow-up to ${job.number}: ${job.title}`;
  return title.length <= 200 ? title : `${title.slice(0, 199)}…`;
}

/**
 * The follow-up job for another visit: same client, site, contact, category, skills, priority and
 * estimate, unassigned in the queue, linked to `job`. It keeps the original's SLA promise (receipt,
 * due times, response already given, paused minutes) because it is the same call continuing.
 */
export function buildFollowUp(job: Job, visit: Pick<Visit, 'workDone'>, ids: { id: string; number: string }, at: string, by: string): Job {
  const workDone = visit.workDone.trim();
  const description = [`Continues ${job.number} after the visit of ${at.slice(0, 10)}.`, workDone ? `Done so far: ${workDone}` : '', job.description]
    .filter((s) => s !== '')
    .join('\n\n')
    .slice(0, 10_000);
  return {
    id: ids.id,
    number: ids.number,
    clientId: job.clientId,
    siteId: job.siteId,
    contactId: job.contactId,
    title: followUpTitle(job),
    description,
    category: job.category,
    requiredSkills: [...job.requiredSkills],
    priority: job.priority,
    status: 'new',
    statusReason: null,
    receivedAt: job.receivedAt,
    responseDueAt: job.responseDueAt,
    resolutionDueAt: job.resolutionDueAt,
    estimateMinutes: job.estimateMinutes,
    slaPausedSince: null,
    slaPausedMinutes: job.slaPausedMinutes,
    respondedAt: job.respondedAt,
    resolvedAt: null,
    assignment: null,
    externalRef: null,
    notes: job.notes,
    visits: [],
    followUpOf: job.id,
    // A plan's occurrence is made into exactly one job; the follow-up of a maintenance visit is
    // ordinary work linked to it, not a second occurrence.
    maintenance: null,
    pinned: false,
    history: [{ at, by, action: 'created', detail: `Created as a follow-up to ${job.number} (another visit needed)` }],
    createdAt: at,
    updatedAt: at,
    revision: 1,
  };
}
