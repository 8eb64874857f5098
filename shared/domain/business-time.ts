import type { WeeklyHours } from '../schemas/common';
import {
  MINUTE_MS,
  assertTimeZone,
  dayKey,
  daySpans,
  daysBetween,
  localDayOf,
  mergeSpans,
  shiftDay,
  weeklyTable,
} from './zoned-time';

/**
 * Far enough to cover the largest SLA target (a year of business minutes) on a thin schedule plus
 * up to 1,000 holidays, yet a hard stop so a pathological schedule can never hang the core.
 */
const MAX_SCAN_DAYS = 366 * 30;

/**
 * The instant at which `minutes` of business time have elapsed after `start`.
 *
 * Why: SLA targets are agreed in business minutes ("respond within 2 business hours"), while the
 * board and the alerts need a real due instant. Time counts only inside `hours` (read as wall
 * clock in `timeZone`, so opening at 08:00 stays 08:00 across DST) and never on `holidays`
 * (`YYYY-MM-DD` in the zone). A start outside the hours begins counting at the next opening; a
 * target that runs out exactly at closing time is due at closing, not at the next opening.
 * Overlapping intervals are merged, so no minute counts twice. The scan jumps a day at a time,
 * so months of slack cost a few hundred cheap steps.
 *
 * @throws Error "no business hours defined" when `hours` has no time in any weekday.
 * @throws RangeError for a negative or non-finite `minutes`, or an unknown time zone.
 */
export function addBusinessMinutes(
  start: Date,
  minutes: number,
  hours: WeeklyHours,
  holidays: readonly string[],
  timeZone: string,
): Date {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`Business minutes must be a non-negative number, got ${minutes}.`);
  }
  assertTimeZone(timeZone);
  const table = weeklyTable(hours);
  if (table.every((spans) => spans.length === 0)) throw new Error('no business hours defined');
  const cursor = start.getTime();
  let remaining = minutes * MINUTE_MS;
  if (remaining === 0) return new Date(cursor);

  const closed = new Set(holidays);
  let day = localDayOf(cursor, timeZone);
  for (let i = 0; i < MAX_SCAN_DAYS; i++, day = shiftDay(day, 1)) {
    if (closed.has(dayKey(day))) continue;
    for (const [open, close] of daySpans(table, day, timeZone)) {
      const from = Math.max(open, cursor);
      if (from >= close) continue;
      const available = close - from;
      if (remaining <= available) return new Date(from + remaining);
      remaining -= available;
    }
  }
  throw new Error(`No business time found within ${MAX_SCAN_DAYS} days of ${start.toISOString()}.`);
}

/**
 * Business minutes (possibly fractional) inside [from, to); 0 when `to` is not after `from`.
 *
 * Why: the inverse of {@link addBusinessMinutes}, for reports ("responded after 95 business
 * minutes") and for checking a due time. Same reading of hours, holidays and zone.
 */
export function businessMinutesBetween(
  from: Date,
  to: Date,
  hours: WeeklyHours,
  holidays: readonly string[],
  timeZone: string,
): number {
  const a = from.getTime();
  const b = to.getTime();
  if (!(b > a)) return 0;
  assertTimeZone(timeZone);
  const table = weeklyTable(hours);
  const closed = new Set(holidays);
  const first = localDayOf(a, timeZone);
  const count = daysBetween(first, localDayOf(b, timeZone));
  let total = 0;
  for (let i = 0; i <= count; i++) {
    const day = shiftDay(first, i);
    if (closed.has(dayKey(day))) continue;
    for (const [open, close] of daySpans(table, day, timeZone)) {
      const overlap = Math.min(close, b) - Math.max(open, a);
      if (overlap > 0) total += overlap;
    }
  }
  return total / MINUTE_MS;
}

/**
 * Whether the whole of [start, end) lies inside the weekly `hours` in `timeZone`.
 *
 * Why: the board warns when a job is placed outside a technician's shift. Adjacent intervals
 * count as one (12:00–13:00 followed by 13:00–17:00, or 22:00–24:00 followed by 00:00–06:00 the
 * next day), so a job may straddle the seam. An empty or inverted range is not a slot and
 * returns false.
 */
export function isWithinHours(start: Date, end: Date, hours: WeeklyHours, timeZone: string): boolean {
  const a = start.getTime();
  const b = end.getTime();
  if (!(b > a)) return false;
  assertTimeZone(timeZone);
  const table = weeklyTable(hours);
  const first = localDayOf(a, timeZone);
  const count = daysBetween(first, localDayOf(b, timeZone));
  const spans = [];
  for (let i = 0; i <= count; i++) spans.push(...daySpans(table, shiftDay(first, i), timeZone));
  return mergeSpans(spans).some(([open, close]) => open <= a && b <= close);
}
