import type { Job } from '../schemas/job';
import type { Technician } from '../schemas/technician';
import { isWithinHours } from './business-time';
import type { Conflict } from './conflict-types';
import { dayBounds, dayOf } from './jobs';
import { listText } from './words';
import {
  MINUTE_MS,
  dayKey,
  daysBetween,
  formatHm,
  localDayOf,
  parseDayKey,
  shiftDay,
  weekdayOf,
  weeklyTable,
} from './zoned-time';

export type ConflictCheck = {
  job: Job;
  technician: Technician;
  start: Date;
  end: Date;
  /** All jobs of that technician; may include `job` itself (ignored), done/cancelled are ignored. */
  technicianJobs: readonly Job[];
  now: Date;
  timeZone: string;
};

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `7.5 h`, `6 h`, `0.25 h`: at most two decimals, no trailing zeros. */
function hoursText(minutes: number): string {
  return `${Number((minutes / 60).toFixed(2))} h`;
}

/** `09:00–10:30`, with the day added to an end that falls on a later day. */
function rangeText(start: number, end: number, timeZone: string): string {
  const sameDay = dayOf(new Date(start), timeZone) === dayOf(new Date(end - 1), timeZone);
  const endText = sameDay ? formatHm(end, timeZone) : `${dayOf(new Date(end), timeZone)} ${formatHm(end, timeZone)}`;
  return `${formatHm(start, timeZone)}–${endText}`;
}

/** The shop days touched by [start, end), as `YYYY-MM-DD`. */
function daysTouched(start: number, end: number, timeZone: string): string[] {
  const first = localDayOf(start, timeZone);
  const count = daysBetween(first, localDayOf(end - 1, timeZone));
  return Array.from({ length: count + 1 }, (_, i) => dayKey(shiftDay(first, i)));
}

/** The technician's hours on the weekday of `day`, e.g. "08:00–12:00, 13:00–17:00". */
function hoursOnDay(t: Technician, day: string): string | null {
  const spans = weeklyTable(t.workingHours)[weekdayOf(parseDayKey(day))] ?? [];
  if (spans.length === 0) return null;
  const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  return spans.map(([a, b]) => `${hm(a)}–${hm(b)}`).join(', ');
}

/** Minutes of [a1, b1) that also lie in [a2, b2). */
function overlapMinutes(a1: number, b1: number, a2: number, b2: number): number {
  return Math.max(0, Math.min(b1, b2) - Math.max(a1, a2)) / MINUTE_MS;
}

/**
 * Every problem with booking `job` on `technician` for [start, end), each with one sentence for
 * the dispatcher, in the order of {@link Conflict} kinds: overlap, outside-hours, time-off,
 * missing-skills, over-capacity, in-past, inactive. An empty list means a clean slot.
 *
 * Why: the board shows these while dragging and the schedule service stores the accepted ones'
 * override reason; one function keeps both honest. Times are `HH:mm` in `timeZone`; ranges are
 * half-open, so back-to-back jobs never overlap; the job itself is skipped, so moving a job never
 * conflicts with its old slot; done and cancelled jobs hold no time.
 *
 * @throws RangeError when `end` is not after `start`.
 */
export function findConflicts(p: ConflictCheck): Conflict[] {
  const { job, technician: tech, timeZone } = p;
  const start = p.start.getTime();
  const end = p.end.getTime();
  if (!(end > start)) throw new RangeError('An assignment must end after it starts.');
  const conflicts: Conflict[] = [];
  const others = p.technicianJobs
    .filter((j) => j.id !== job.id && j.status !== 'done' && j.status !== 'cancelled' && j.assignment)
    .filter((j) => j.assignment?.technicianId === tech.id)
    .map((j) => ({ job: j, start: Date.parse(j.assignment?.start ?? ''), end: Date.parse(j.assignment?.end ?? '') }))
    .sort((a, b) => a.start - b.start || a.job.number.localeCompare(b.job.number, 'en', { numeric: true }));

  const overlapping = others.filter((o) => o.start < end && o.end > start);
  if (overlapping.length > 0) {
    const list = overlapping.map((o) => `${o.job.number} (${rangeText(o.start, o.end, timeZone)})`);
    conflicts.push({
      kind: 'overlap',
      message: `Overlaps ${listText(list)}.`,
      jobIds: overlapping.map((o) => o.job.id),
    });
  }

  const days = daysTouched(start, end, timeZone);
  if (!isWithinHours(p.start, p.end, tech.workingHours, timeZone)) {
    const day = days[0] ?? dayOf(p.start, timeZone);
    const hours = hoursOnDay(tech, day);
    const weekday = WEEKDAYS[weekdayOf(parseDayKey(day))];
    conflicts.push({
      kind: 'outside-hours',
      message: hours
        ? `${rangeText(start, end, timeZone)} is outside ${tech.name}'s working hours (${weekday} ${hours}).`
        : `${tech.name} does not work on ${weekday}s (${day}).`,
    });
  }

  for (const off of tech.timeOff) {
    if (!days.some((d) => d >= off.start && d <= off.end)) continue;
    const when = off.start === off.end ? `on ${off.start}` : `from ${off.start} to ${off.end}`;
    const why = off.reason.trim() ? `: ${off.reason.trim()}` : '';
    conflicts.push({ kind: 'time-off', message: `${tech.name} is off ${when}${why}.` });
  }

  const has = new Set(tech.skills.map((s) => s.trim().toLowerCase()));
  const missing = job.requiredSkills.filter((s) => !has.has(s.trim().toLowerCase()));
  if (missing.length > 0) {
    conflicts.push({ kind: 'missing-skills', message: `${tech.name} lacks the required skills: ${missing.join(', ')}.` });
  }

  const capacity = tech.dailyCapacityHours * 60;
  for (const day of days) {
    const bounds = dayBounds(day, timeZone);
    const [a, b] = [bounds.start.getTime(), bounds.end.getTime()];
    const booked = others.reduce((sum, o) => sum + overlapMinutes(o.start, o.end, a, b), overlapMinutes(start, end, a, b));
    if (booked > capacity) {
      const onDay = days.length > 1 ? ` on ${day}` : '';
      conflicts.push({
        kind: 'over-capacity',
        message: `${tech.name} would have ${hoursText(booked)} booked of ${hoursText(capacity)}${onDay}.`,
      });
    }
  }

  if (start < p.now.getTime()) {
    const sameDay = dayOf(p.start, timeZone) === dayOf(p.now, timeZone);
    const at = (d: Date) => (sameDay ? formatHm(d, timeZone) : `${dayOf(d, timeZone)} ${formatHm(d, timeZone)}`);
    conflicts.push({ kind: 'in-past', message: `Starts in the past (${at(p.start)}; it is now ${at(p.now)}).` });
  }

  if (!tech.active) conflicts.push({ kind: 'inactive', message: `${tech.name} is marked inactive.` });
  return conflicts;
}

/**
 * Whether `conflicts` must stop the assignment under the shop's overlap `policy`: only overlaps
 * block, and only under `block`; everything else is a warning the dispatcher may accept.
 *
 * Why: double-booking a technician is the one mistake that cannot be worked around on the day;
 * hours, skills and capacity are judgement calls the dispatcher owns.
 */
export function isBlocking(conflicts: readonly Conflict[], policy: 'warn' | 'block'): boolean {
  return policy === 'block' && conflicts.some((c) => c.kind === 'overlap');
}
