/**
 * The planner's input from the data file: which jobs to place, which bookings to work around and
 * which it may move, each technician's working intervals, and the shop's travel and overtime
 * rules. Pure; the core service calls it with the clock and the dispatcher's choices.
 */
import type { DispatchDocument } from '../schemas/document';
import type { Job } from '../schemas/job';
import { dayBounds, dayOf } from '../domain/jobs';
import { awaitsResponse } from '../domain/sla';
import { isOpenStatus } from '../domain/status';
import { nextWorkingDay } from '../domain/working-days';
import { horizonDays, workingIntervals } from './shifts';
import type { FixedBooking, PlanInput, PlanJob, Span } from './types';

export type PlanRequest = {
  now: Date;
  /** Default: from now to the end of the next working day ({@link defaultHorizon}). */
  horizon?: { start: Date; end: Date };
  /** Queue jobs to place; default every unassigned `new` job. */
  jobIds?: readonly string[];
  /** "May move bookings not yet dispatched": scheduled, unpinned bookings inside the horizon become movable. */
  mayMove: boolean;
};

/** Today and the next day anyone works: from `now` to that day's midnight. */
export function defaultHorizon(doc: DispatchDocument, now: Date): { start: Date; end: Date } {
  const tz = doc.settings.timeZone;
  const today = dayOf(now, tz);
  const next = nextWorkingDay(doc.technicians, today, 14) ?? today;
  return { start: now, end: dayBounds(next, tz).end };
}

const ms = (iso: string) => Date.parse(iso);

/** Why an existing booking must stay put, or null when the plan may move it. */
export function whyFixed(job: Job, mayMove: boolean, now: number, horizon: Span): string | null {
  if (job.pinned) return 'pinned';
  if (job.status !== 'scheduled') return job.status.replace('-', ' ');
  if (!mayMove) return 'moving bookings is off';
  const a = job.assignment!;
  if (ms(a.start) < now) return 'already started';
  if (ms(a.end) > horizon.end) return 'beyond the horizon';
  return null;
}

function planJob(job: Job, zoneOf: (job: Job) => string): PlanJob {
  const visit = job.maintenance;
  const current = job.assignment ? { technicianId: job.assignment.technicianId, start: ms(job.assignment.start), end: ms(job.assignment.end) } : null;
  return {
    id: job.id,
    number: job.number,
    priority: job.priority,
    requiredSkills: job.requiredSkills,
    estimateMinutes: current ? Math.round((current.end - current.start) / 60_000) : job.estimateMinutes,
    zone: zoneOf(job),
    receivedAt: ms(job.receivedAt),
    responseDueAt: !visit && job.responseDueAt !== null && awaitsResponse(job) ? ms(job.responseDueAt) : null,
    resolutionDueAt: !visit && job.resolutionDueAt !== null ? ms(job.resolutionDueAt) : null,
    window: visit ? { start: ms(visit.windowStart), end: ms(visit.windowEnd) } : null,
    current,
  };
}

/** Everything the planner needs from `doc`, with the clock and the dispatcher's choices passed in. */
export function planInputFromDocument(doc: DispatchDocument, req: PlanRequest): PlanInput {
  const tz = doc.settings.timeZone;
  const now = req.now.getTime();
  const h = req.horizon ?? defaultHorizon(doc, req.now);
  const horizon = { start: Math.max(now, h.start.getTime()), end: h.end.getTime() };
  const days = horizonDays(horizon, tz);
  const siteZone = new Map(doc.sites.map((s) => [s.id, s.zone]));
  const zoneOf = (job: Job) => (job.siteId ? (siteZone.get(job.siteId) ?? '') : '');
  const active = doc.technicians.filter((t) => t.active);
  const activeIds = new Set(active.map((t) => t.id));
  const wanted = req.jobIds ? new Set(req.jobIds) : null;

  const jobs: PlanJob[] = [];
  const fixed: FixedBooking[] = [];
  for (const job of doc.jobs) {
    if (!isOpenStatus(job.status)) continue;
    const a = job.assignment;
    if (!a) {
      if (job.status === 'new' && (!wanted || wanted.has(job.id))) jobs.push(planJob(job, zoneOf));
      continue;
    }
    if (!activeIds.has(a.technicianId) || ms(a.end) <= horizon.start - 86_400_000 || ms(a.start) >= horizon.end + 86_400_000) continue;
    const why = whyFixed(job, req.mayMove, now, horizon);
    if (why === null) jobs.push(planJob(job, zoneOf));
    else fixed.push({ jobId: job.id, number: job.number, technicianId: a.technicianId, start: ms(a.start), end: ms(a.end), zone: zoneOf(job), why });
  }
  return {
    now,
    timeZone: tz,
    horizon,
    days,
    slotMinutes: doc.settings.slotMinutes,
    technicians: active.map((t) => ({
      id: t.id,
      name: t.name,
      skills: t.skills,
      zone: t.zone,
      shifts: workingIntervals(t, days, horizon, tz),
      dailyCapacityMinutes: t.dailyCapacityHours * 60,
    })),
    fixed,
    jobs,
    travel: doc.settings.travel,
    overtime: doc.settings.overtime,
  };
}
