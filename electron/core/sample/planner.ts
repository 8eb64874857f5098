/**
 * Finds slots for the sample shop's planned jobs: each technician's day fills from the start of
 * their shift, one job after another with travel time between, never past the end of the shift or
 * their daily capacity. So the sample board has no overlaps and no warnings by construction.
 */
import { TZDate } from '@date-fns/tz';
import { dayOf } from '../../../shared/domain/jobs';
import type { Technician } from '../../../shared/schemas/technician';

/** Minutes between two visits by the same technician. */
const TRAVEL_MINUTES = 30;
const SNAP_MINUTES = 15;

/** `YYYY-MM-DD` plus `n` calendar days. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, (d ?? 1) + n)).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday, for a calendar day. */
export function weekdayOfDay(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

/**
 * The days the sample books: the day it is loaded (whatever the weekday: the weekend on-call crew
 * takes that day's calls, so the board is never empty on the day someone first looks at it) and
 * the next weekday (Mon–Fri) after it, for the routine work a shop plans into the week.
 */
export function plannedDays(now: Date, timeZone: string): [string, string] {
  const first = dayOf(now, timeZone);
  let second = addDays(first, 1);
  while ([0, 6].includes(weekdayOfDay(second))) second = addDays(second, 1);
  return [first, second];
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** The instant of wall-clock minute `minute` on `day` in `timeZone`. */
export function atMinute(day: string, minute: number, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(new TZDate(y ?? 0, (m ?? 1) - 1, d ?? 1, Math.floor(minute / 60), minute % 60, timeZone).getTime());
}

/** The technician's shift on `day` as minutes since midnight, or null when they do not work or are off. */
function shiftOn(t: Technician, day: string): { start: number; end: number } | null {
  if (!t.active || t.timeOff.some((off) => day >= off.start && day <= off.end)) return null;
  const weekday = weekdayOfDay(day);
  const hours = t.workingHours.find((h) => h.days.includes(weekday));
  return hours ? { start: toMinutes(hours.start), end: toMinutes(hours.end) } : null;
}

export type PlanRequest = {
  day: string;
  preferred: string;
  skills: string[];
  zone: string;
  estimateMinutes: number;
  /** Earliest start, `HH:MM` wall clock. */
  after?: string;
};
/** A booked slot, and when that technician's shift starts (when their run sheet goes out). */
export type Slot = { technicianId: string; start: Date; end: Date; shiftStart: Date };

export function createPlanner(technicians: Technician[], timeZone: string) {
  /** Next free minute and minutes booked, per technician and day. */
  const cursor = new Map<string, { next: number; booked: number }>();

  function fit(t: Technician, req: PlanRequest): { start: number; end: number; shiftStart: number } | null {
    if (!req.skills.every((s) => t.skills.includes(s))) return null;
    const shift = shiftOn(t, req.day);
    if (!shift) return null;
    const used = cursor.get(`${t.id}|${req.day}`) ?? { next: shift.start, booked: 0 };
    const start = Math.max(used.next, req.after ? toMinutes(req.after) : 0);
    const end = start + req.estimateMinutes;
    if (end > shift.end || used.booked + req.estimateMinutes > t.dailyCapacityHours * 60) return null;
    return { start, end, shiftStart: shift.start };
  }

  return {
    /** A slot for the request with the preferred technician, else the best other fit; null if none fits. */
    place(req: PlanRequest): Slot | null {
      const others = technicians
        .filter((t) => t.id !== req.preferred)
        .map((t) => ({ t, used: cursor.get(`${t.id}|${req.day}`)?.booked ?? 0 }))
        .sort((a, b) => Number(b.t.zone === req.zone) - Number(a.t.zone === req.zone) || a.used - b.used)
        .map((x) => x.t);
      const preferred = technicians.filter((t) => t.id === req.preferred);
      for (const t of [...preferred, ...others]) {
        const span = fit(t, req);
        if (!span) continue;
        const key = `${t.id}|${req.day}`;
        const booked = (cursor.get(key)?.booked ?? 0) + req.estimateMinutes;
        const next = Math.ceil((span.end + TRAVEL_MINUTES) / SNAP_MINUTES) * SNAP_MINUTES;
        cursor.set(key, { next, booked });
        return {
          technicianId: t.id,
          start: atMinute(req.day, span.start, timeZone),
          end: atMinute(req.day, span.end, timeZone),
          shiftStart: atMinute(req.day, span.shiftStart, timeZone),
        };
      }
      return null;
    },
  };
}
