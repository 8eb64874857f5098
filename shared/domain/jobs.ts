import type { Job } from '../schemas/job';
import { MINUTE_MS, assertTimeZone, dayKey, localDayOf, parseDayKey, parseTimeOfDay, shiftDay, wallClock } from './zoned-time';

/**
 * The number dispatchers and customers see, e.g. `formatJobNumber(1042)` → `J-1042`.
 *
 * Why: one place owns the format that `JobNumberSchema` accepts, so the store's counter and the
 * intake never drift apart.
 *
 * @throws RangeError for anything but a whole number of at most nine digits (what `JobNumberSchema` accepts).
 */
export function formatJobNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999_999_999) {
    throw new RangeError(`A job number must be a whole number from 0 to 999999999, got ${n}.`);
  }
  return `J-${n}`;
}

/**
 * When an assignment starting at `start` ends if it takes `estimateMinutes`.
 *
 * Why: dropping a job on the board books its estimate. This is elapsed (wall-clock) time, so a
 * two-hour job across a DST change still takes two real hours.
 */
export function assignmentEnd(start: Date, estimateMinutes: number): Date {
  return new Date(start.getTime() + estimateMinutes * MINUTE_MS);
}

/**
 * The jobs whose assignment overlaps the half-open range [from, to), in input order; unassigned
 * jobs never match.
 *
 * Why: the board fetches by visible range and conflict checks look for neighbours. Half-open
 * ranges mean a job ending at 10:00 does not overlap one starting at 10:00 (back-to-back is fine).
 */
export function jobsOverlapping<J extends Pick<Job, 'assignment'>>(jobs: readonly J[], from: Date, to: Date): J[] {
  const a = from.getTime();
  const b = to.getTime();
  return jobs.filter((j) => {
    if (!j.assignment) return false;
    return Date.parse(j.assignment.start) < b && Date.parse(j.assignment.end) > a;
  });
}

/**
 * The instants at which local `day` (`YYYY-MM-DD`) begins and the next day begins in `timeZone`;
 * use as the half-open range [start, end).
 *
 * Why: "today's jobs", capacity and run sheets are per shop day, which is 23 or 25 hours long on
 * DST change days, so it cannot be computed as start + 24 h.
 *
 * @throws RangeError for a malformed day or unknown zone.
 */
export function dayBounds(day: string, timeZone: string): { start: Date; end: Date } {
  assertTimeZone(timeZone);
  const d = parseDayKey(day);
  return { start: new Date(wallClock(d, 0, timeZone)), end: new Date(wallClock(shiftDay(d, 1), 0, timeZone)) };
}

/**
 * The shop day (`YYYY-MM-DD`) on which `instant` falls in `timeZone`.
 *
 * Why: instants are stored in UTC, but "which day" is always asked in the shop's zone; 23:30 in
 * New York is already tomorrow in UTC.
 */
export function dayOf(instant: Date, timeZone: string): string {
  assertTimeZone(timeZone);
  return dayKey(localDayOf(instant, timeZone));
}

/**
 * The instant of wall-clock `hhmm` on shop day `day` in `timeZone`.
 *
 * Why: midnight plus N hours is wrong on DST change days (on 2026-03-29 in London, midnight + 10 h
 * is 11:00); this asks the zone's rules instead. A time inside a spring-forward gap moves forward
 * by the gap (01:30 → 02:30 in London).
 *
 * @throws RangeError for a malformed day or time, or an unknown zone.
 */
export function instantAt(day: string, hhmm: string, timeZone: string): Date {
  assertTimeZone(timeZone);
  return new Date(wallClock(parseDayKey(day), parseTimeOfDay(hhmm), timeZone));
}
