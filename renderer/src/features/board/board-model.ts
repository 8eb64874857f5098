/**
 * Pure helpers behind the board, besides the calendar adapter: which booked jobs carry warnings,
 * how many hours each technician has booked today, and the time-off background events.
 * Unit-tested; the board memoises each.
 */
import type { EventInput } from '@fullcalendar/core';
import { findConflicts } from '../../../../shared/domain/conflicts';
import type { Conflict } from '../../../../shared/domain/conflict-types';
import { dayBounds } from '../../../../shared/domain/jobs';
import { daySpans, parseDayKey, weeklyTable } from '../../../../shared/domain/zoned-time';
import type { Job } from '../../../../shared/schemas/job';
import type { Technician } from '../../../../shared/schemas/technician';

// Warnings that mean something on the board. "Starts in the past" would mark every finished
// morning; the dispatcher sees the past from the now-indicator.
const SHOWN: ReadonlySet<Conflict['kind']> = new Set(['overlap', 'outside-hours', 'time-off', 'missing-skills', 'over-capacity', 'inactive']);

/** One technician's booked jobs and their warnings, as last computed. */
type TechWarnings = { key: string; warnings: Map<string, string[]> };

/** What a technician's warnings depend on: their record and their jobs' slots, status and skills. */
function techKey(technician: Technician, jobs: readonly Job[], timeZone: string): string {
  const parts = [timeZone, JSON.stringify(technician)];
  for (const j of jobs) parts.push(`${j.id}|${j.number}|${j.status}|${j.assignment?.start}|${j.assignment?.end}|${j.requiredSkills.join(',')}`);
  return parts.join('\n');
}

/**
 * Each booked job's current warnings (job id → sentences), from the same `findConflicts` the host
 * uses, so the mark on an event says exactly what the toast said when it was booked.
 *
 * `findConflicts` costs about a millisecond a job (time-zone arithmetic), so a week of 600 jobs
 * would block the window for over half a second on every change. Results are kept per technician
 * and recomputed only for technicians whose jobs (or record) changed: a drop recomputes one or two
 * rows, not the board. Create one cache per board.
 */
export function createWarningsCache() {
  let cache = new Map<string, TechWarnings>();
  return (jobs: readonly Job[], technicians: readonly Technician[], timeZone: string, now: Date): Map<string, string[]> => {
    const byTech = new Map<string, Job[]>();
    for (const job of jobs) {
      const id = job.assignment?.technicianId;
      if (!id) continue;
      const list = byTech.get(id);
      if (list) list.push(job);
      else byTech.set(id, [job]);
    }
    const next = new Map<string, TechWarnings>();
    const out = new Map<string, string[]>();
    for (const technician of technicians) {
      const own = byTech.get(technician.id);
      if (!own) continue;
      const key = techKey(technician, own, timeZone);
      let entry = cache.get(technician.id);
      if (!entry || entry.key !== key) entry = { key, warnings: techWarnings(technician, own, timeZone, now) };
      next.set(technician.id, entry);
      for (const [id, w] of entry.warnings) out.set(id, w);
    }
    cache = next;
    return out;
  };
}

function techWarnings(technician: Technician, own: readonly Job[], timeZone: string, now: Date): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const job of own) {
    const a = job.assignment;
    if (!a || job.status === 'done' || job.status === 'cancelled') continue;
    const found = findConflicts({ job, technician, start: new Date(a.start), end: new Date(a.end), technicianJobs: own, now, timeZone });
    const shown = found.filter((c) => SHOWN.has(c.kind)).map((c) => c.message);
    if (shown.length > 0) out.set(job.id, shown);
  }
  return out;
}

/** {@link createWarningsCache} without the cache, for one-off use. */
export function jobWarnings(jobs: readonly Job[], technicians: readonly Technician[], timeZone: string, now: Date): Map<string, string[]> {
  return createWarningsCache()(jobs, technicians, timeZone, now);
}

/** Booked and available minutes of one technician on one shop day. */
export type DayLoad = { bookedMinutes: number; availableMinutes: number };

/**
 * Minutes booked on `day` (jobs overlapping the day, clipped to it; cancelled jobs hold no time)
 * against the minutes available: the working hours of that weekday, capped by the daily capacity,
 * and none on a day off.
 */
export function dayLoad(technician: Technician, jobs: readonly Job[], day: string, timeZone: string): DayLoad {
  return dayLoads([technician], jobs, day, timeZone).get(technician.id)!;
}

/** {@link dayLoad} for many technicians in one pass over the jobs. */
export function dayLoads(technicians: readonly Technician[], jobs: readonly Job[], day: string, timeZone: string): Map<string, DayLoad> {
  const { start, end } = dayBounds(day, timeZone);
  const [a, b] = [start.getTime(), end.getTime()];
  const booked = new Map<string, number>();
  for (const job of jobs) {
    const asg = job.assignment;
    if (!asg || job.status === 'cancelled') continue;
    const ms = Math.min(b, Date.parse(asg.end)) - Math.max(a, Date.parse(asg.start));
    if (ms > 0) booked.set(asg.technicianId, (booked.get(asg.technicianId) ?? 0) + ms);
  }
  const localDay = parseDayKey(day);
  const out = new Map<string, DayLoad>();
  for (const t of technicians) {
    const off = t.timeOff.some((o) => o.start <= day && day <= o.end);
    let working = 0;
    if (!off) for (const [from, to] of daySpans(weeklyTable(t.workingHours), localDay, timeZone)) working += to - from;
    const availableMinutes = Math.min(working / 60_000, t.dailyCapacityHours * 60);
    out.set(t.id, { bookedMinutes: Math.round((booked.get(t.id) ?? 0) / 60_000), availableMinutes: Math.round(availableMinutes) });
  }
  return out;
}

/** The day after `day` (`YYYY-MM-DD`), calendar arithmetic without time zones. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * Time off as background events on the technician's row, labelled "Time off: <reason>". All-day
 * dates are read in the calendar's (shop's) zone; the end is exclusive, hence the next day.
 */
export function timeOffEvents(technicians: readonly Technician[], from: string, to: string): EventInput[] {
  const events: EventInput[] = [];
  for (const t of technicians) {
    t.timeOff.forEach((off, i) => {
      if (off.end < from || off.start > to) return;
      const reason = off.reason.trim();
      events.push({
        id: `time-off:${t.id}:${i}`,
        resourceId: t.id,
        start: off.start,
        end: nextDay(off.end),
        allDay: true,
        display: 'background',
        title: reason ? `Time off: ${reason}` : 'Time off',
        classNames: ['time-off'],
      });
    });
  }
  return events;
}
