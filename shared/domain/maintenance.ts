/**
 * Which maintenance visits are due to become jobs, and when a visit is overdue. Pure: the shop day
 * ("today") and the zone are passed in; the rule itself is evaluated in maintenance-rule.ts.
 *
 * Exactly once per plan and occurrence day: an occurrence is created only when no job carries its
 * key (plan id + occurrence day) and the plan's cursor (`createdThrough`) has not passed it. The
 * core writes the jobs and the moved cursor in one change, so a crash leaves either both or neither.
 */
import type { Job } from '../schemas/job';
import type { MaintenancePlan, OccurrenceException } from '../schemas/maintenance';
import { instantAt } from './jobs';
import { nextOccurrenceDays, occurrenceDays } from './maintenance-rule';
import { dayKey, parseDayKey, shiftDay } from './zoned-time';

/** One visit to create: the occurrence it stands for, the day it happens and its window. */
export type DueOccurrence = {
  planId: string;
  /** The day the rule gave: with the plan id, the key that makes creation idempotent. */
  occurrenceDate: string;
  /** The day of the visit: the occurrence day, or the day it was moved to. */
  visitDay: string;
  windowStart: string;
  windowEnd: string;
};

/** `planId|YYYY-MM-DD`: the idempotence key of one occurrence. */
export function occurrenceKey(planId: string, occurrenceDate: string): string {
  return `${planId}|${occurrenceDate}`;
}

/** The keys of every job that stands for an occurrence. */
export function occurrenceKeys(jobs: readonly Pick<Job, 'maintenance'>[]): Set<string> {
  const keys = new Set<string>();
  for (const j of jobs) if (j.maintenance) keys.add(occurrenceKey(j.maintenance.planId, j.maintenance.occurrenceDate));
  return keys;
}

export function addDays(day: string, n: number): string {
  return dayKey(shiftDay(parseDayKey(day), n));
}

/** The latest skip or move recorded for an occurrence day (a later one replaces an earlier one). */
export function exceptionFor(plan: Pick<MaintenancePlan, 'exceptions'>, date: string): OccurrenceException | undefined {
  return plan.exceptions.findLast((e) => e.date === date);
}

/** The visit window on `day` as instants; wall-clock times in the shop zone, so DST-safe. */
export function visitWindow(plan: Pick<MaintenancePlan, 'windowStart' | 'windowEnd'>, day: string, timeZone: string) {
  return {
    windowStart: instantAt(day, plan.windowStart, timeZone).toISOString(),
    windowEnd: instantAt(day, plan.windowEnd, timeZone).toISOString(),
  };
}

/** The cursor a plan starts from: the day before `today` or before its start, whichever is later. */
export function initialCursor(startDay: string, today: string): string {
  return addDays(startDay > today ? startDay : today, -1);
}

/**
 * The occurrences of `plan` whose jobs are due by `today` (occurrence day − lead days ≤ today) and
 * do not exist yet, plus the cursor to store with them. Occurrences already passed while the host
 * was off are included (late, and then flagged overdue): no visit goes missing. Skipped ones are
 * left out; a moved one is created for its new day, as soon as either day is within the lead time.
 * A paused plan gives nothing and keeps its cursor.
 */
export function dueOccurrences(
  plan: MaintenancePlan,
  today: string,
  timeZone: string,
  existing: ReadonlySet<string>,
): { occurrences: DueOccurrence[]; createdThrough: string | null } {
  if (!plan.active) return { occurrences: [], createdThrough: plan.createdThrough };
  const horizon = addDays(today, plan.leadDays);
  const cursor = plan.createdThrough ?? addDays(plan.startDay, -1);
  const days = cursor < horizon ? occurrenceDays(plan.rule, plan.startDay, plan.endDay, addDays(cursor, 1), horizon) : [];
  // Moves to a day within the lead time, of occurrences the cursor has not reached yet.
  const movedEarly = plan.exceptions
    .filter((e) => e.action === 'move' && e.to !== null && e.to <= horizon && e.date > horizon && exceptionFor(plan, e.date) === e)
    .map((e) => e.date);
  const occurrences: DueOccurrence[] = [];
  for (const date of [...days, ...movedEarly]) {
    if (existing.has(occurrenceKey(plan.id, date))) continue;
    const exception = exceptionFor(plan, date);
    if (exception?.action === 'skip') continue;
    const visitDay = exception?.action === 'move' && exception.to ? exception.to : date;
    occurrences.push({ planId: plan.id, occurrenceDate: date, visitDay, ...visitWindow(plan, visitDay, timeZone) });
  }
  return { occurrences, createdThrough: cursor < horizon ? horizon : cursor };
}

/** Is the job a maintenance visit whose window has passed without it being done? */
export function maintenanceOverdue(job: Pick<Job, 'maintenance' | 'status'>, now: Date): boolean {
  if (!job.maintenance || job.status === 'done' || job.status === 'cancelled') return false;
  return now.getTime() >= Date.parse(job.maintenance.windowEnd);
}

/** One upcoming occurrence as the client view lists it. */
export type UpcomingOccurrence = {
  occurrenceDate: string;
  /** The day the visit happens (differs when moved). */
  visitDay: string;
  state: 'planned' | 'created' | 'skipped' | 'moved';
  /** The job made for it, when it exists and is in the active file. */
  jobId: string | null;
  jobNumber: string | null;
};

/** A plan with its next occurrences, as the client view shows it. */
export type MaintenancePlanView = MaintenancePlan & { upcoming: UpcomingOccurrence[] };

/**
 * The next `count` occurrences of a plan on or after `fromDay`, with what happened to each: its job,
 * a skip or a move. Occurrences whose jobs were made earlier but fall on or after `fromDay` show as
 * created.
 */
export function upcomingOccurrences(
  plan: MaintenancePlan,
  jobs: readonly Pick<Job, 'id' | 'number' | 'maintenance'>[],
  fromDay: string,
  count: number,
): UpcomingOccurrence[] {
  const jobByDate = new Map<string, { id: string; number: string }>();
  for (const j of jobs) if (j.maintenance?.planId === plan.id) jobByDate.set(j.maintenance.occurrenceDate, j);
  return nextOccurrenceDays(plan.rule, plan.startDay, plan.endDay, fromDay, count).map((date) => {
    const exception = exceptionFor(plan, date);
    const job = jobByDate.get(date);
    const visitDay = exception?.action === 'move' && exception.to ? exception.to : date;
    const state = exception?.action === 'skip' ? 'skipped' : job ? 'created' : exception?.action === 'move' ? 'moved' : 'planned';
    return { occurrenceDate: date, visitDay, state, jobId: job?.id ?? null, jobNumber: job?.number ?? null };
  });
}
