/**
 * A technician's working time and worked time, for the technician and work-life balance reports.
 * Working hours are the technician's weekly hours in the shop's zone, with no hours on days off;
 * worked time is what the close-out recorded (visits), with the booking standing in for a done job
 * that was never closed out, so shops that do not close out still see their load.
 */
import { weeklyTable } from '../domain/zoned-time';
import type { WeeklyHours } from '../schemas/common';
import type { ReportJob } from './report-job';
import type { ShopClock } from './shop-clock';
import { dayKeyOfNumber, weekdayOfNumber } from './shop-clock';

export type Rota = { id: string; workingHours: WeeklyHours; timeOff: ReadonlyArray<{ start: string; end: string }> };

/** Working spans (ms) of one shop day. */
export type WorkingDay = (day: number) => ReadonlyArray<readonly [number, number]>;

export function workingDay(rota: Rota, clock: ShopClock): WorkingDay {
  const table = weeklyTable(rota.workingHours);
  const cache = new Map<number, ReadonlyArray<readonly [number, number]>>();
  return (day) => {
    let spans = cache.get(day);
    if (spans === undefined) {
      const key = dayKeyOfNumber(day);
      const off = rota.timeOff.some((t) => t.start <= key && key <= t.end);
      // Both ends can land in a DST gap and collapse: such a span has no time in it.
      spans = off ? [] : (table[weekdayOfNumber(day)] ?? []).map(([a, b]) => [clock.at(day, a), clock.at(day, b)] as const).filter(([a, b]) => b > a);
      cache.set(day, spans);
    }
    return spans;
  };
}

/** Milliseconds [a, b) and [c, d) share. */
export function overlap(a: number, b: number, c: number, d: number): number {
  return Math.max(0, Math.min(b, d) - Math.max(a, c));
}

/** Milliseconds of [a, b) inside the working spans. */
export function insideWorking(a: number, b: number, clock: ShopClock, working: WorkingDay): number {
  let inside = 0;
  for (let day = clock.dayOf(a); day <= clock.dayOf(b - 1); day++) for (const [s, e] of working(day)) inside += overlap(a, b, s, e);
  return inside;
}

export type WorkedSpan = { technicianId: string; start: number; end: number; travelMinutes: number; job: ReportJob; visit: boolean };

/** What was worked on a job: its visits, or for a done job without any, its booking. */
export function workedSpans(job: ReportJob): WorkedSpan[] {
  if (job.visits.length > 0) return job.visits.map((v) => ({ technicianId: v.technicianId, start: v.arrived, end: v.departed, travelMinutes: v.travelMinutes, job, visit: true }));
  if (job.status === 'done' && job.assignment) return [{ technicianId: job.assignment.technicianId, start: job.assignment.start, end: job.assignment.end, travelMinutes: 0, job, visit: false }];
  return [];
}
