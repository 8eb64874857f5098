/**
 * What the planner minimises, as one weighted sum whose weights are far enough apart that it
 * behaves lexicographically for any realistic shop (docs/planner.md, "What it tries first"):
 *
 * 1. jobs left unplaced (weighted by priority);
 * 2. weighted response breaches: per late job, priority weight × (1 + hours late);
 * 3. weighted resolution breaches (a maintenance visit ending after its window counts here);
 * 4. overtime, with a penalty growing with the square of each technician-day's overtime, so two
 *    people doing 30 minutes each beats one doing 60;
 * 5. travel minutes between consecutive visits (and a small price for moving an existing booking,
 *    lower for maintenance visits, so those make room first);
 * 6. earliest completion.
 */
import type { Priority } from '../schemas/common';
import type { TravelSettings } from '../schemas/settings';
import type { PlanJob } from './types';

/** Priority weights: a P1 breach outweighs ten P2 breaches, and so on. */
export const PRIORITY_WEIGHT: Readonly<Record<Priority, number>> = { P1: 1000, P2: 100, P3: 10, P4: 1 };

export const WEIGHTS = {
  unplaced: 1e7,
  response: 1e4,
  resolution: 1e3,
  overtimePerMinute: 2,
  /** Overtime minutes² / this, per technician-day: the fairness term. */
  overtimeSquareDivisor: 60,
  travelPerMinute: 1,
  /** Moving a booking the customer may already have been told about. */
  moveSlaJob: 60,
  moveMaintenance: 10,
  completionPerMinute: 1e-3,
} as const;

const MINUTE = 60_000;

/** Breach points of a deadline met at `at`: 0 when on time, else weight × (1 + hours late). */
export function breachPoints(priority: Priority, dueAt: number | null, at: number): number {
  if (dueAt === null || at <= dueAt) return 0;
  const lateMinutes = Math.ceil((at - dueAt) / MINUTE);
  return PRIORITY_WEIGHT[priority] * (1 + lateMinutes / 60);
}

/** The due instant that plays the resolution role: the SLA's, or a maintenance visit's window end. */
export function resolutionDue(job: PlanJob): number | null {
  return job.window ? job.window.end : job.resolutionDueAt;
}

/** Response and resolution breach points of `job` booked for [start, end). */
export function jobBreaches(job: PlanJob, start: number, end: number): { response: number; resolution: number } {
  return { response: breachPoints(job.priority, job.responseDueAt, start), resolution: breachPoints(job.priority, resolutionDue(job), end) };
}

/**
 * Breach points of a job left unplaced: as if it were booked at the horizon's end, which is no
 * earlier than any booking the plan could have made, so placing a job never looks worse.
 */
export function unplacedBreaches(job: PlanJob, horizonEnd: number): { response: number; resolution: number } {
  return jobBreaches(job, horizonEnd, horizonEnd + job.estimateMinutes * MINUTE);
}

/** Weighted cost of `job` booked at [start, end) (or left unplaced), without travel and overtime. */
export function placementCost(job: PlanJob, start: number, end: number, now: number, technicianId: string): number {
  const b = jobBreaches(job, start, end);
  const moved = job.current !== null && (job.current.technicianId !== technicianId || job.current.start !== start);
  return (
    WEIGHTS.response * b.response +
    WEIGHTS.resolution * b.resolution +
    (moved ? (job.window ? WEIGHTS.moveMaintenance : WEIGHTS.moveSlaJob) : 0) +
    WEIGHTS.completionPerMinute * Math.max(0, (end - now) / MINUTE)
  );
}

export function unplacedCost(job: PlanJob, horizonEnd: number): number {
  const b = unplacedBreaches(job, horizonEnd);
  return WEIGHTS.unplaced * PRIORITY_WEIGHT[job.priority] + WEIGHTS.response * b.response + WEIGHTS.resolution * b.resolution;
}

/** Penalty of one technician-day's overtime minutes. */
export function overtimePenalty(minutes: number): number {
  return minutes <= 0 ? 0 : WEIGHTS.overtimePerMinute * minutes + (minutes * minutes) / WEIGHTS.overtimeSquareDivisor;
}

/** Travel minutes between two zones by the shop's matrix; a pair holds both ways; '' (no zone) travels like within a zone. */
export function travelMatrix(travel: TravelSettings): (from: string, to: string) => number {
  const key = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  const norm = (z: string) => z.trim().toLowerCase();
  const pairs = new Map<string, number>();
  for (const p of travel.pairs) pairs.set(key(norm(p.from), norm(p.to)), p.minutes);
  const cache = new Map<string, number>();
  return (from, to) => {
    const a = norm(from);
    const b = norm(to);
    if (a === b || a === '' || b === '') return a === b ? (pairs.get(key(a, b)) ?? travel.withinZoneMinutes) : travel.withinZoneMinutes;
    const k = key(a, b);
    let m = cache.get(k);
    if (m === undefined) {
      m = pairs.get(k) ?? travel.betweenZonesMinutes;
      cache.set(k, m);
    }
    return m;
  };
}
