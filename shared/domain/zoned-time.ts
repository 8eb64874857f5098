import { TZDate, tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { WeeklyHours } from '../schemas/common';

/**
 * Calendar helpers for reasoning in the shop's IANA time zone. Wall-clock → instant conversion is
 * delegated to `@date-fns/tz` (which knows the zone's DST rules); only pure calendar arithmetic on
 * year/month/day happens here. Internal to shared/domain; the public day helpers live in jobs.ts.
 */

/** A calendar day in some zone, month 1–12. */
export type LocalDay = { year: number; month: number; day: number };

/** Minutes since local midnight, [start, end) with end ≤ 1440. */
export type MinuteSpan = readonly [start: number, end: number];

/** Half-open span of instants in epoch milliseconds. */
export type MsSpan = readonly [start: number, end: number];

export const MINUTE_MS = 60_000;

/**
 * Throw a clear error for a zone the runtime does not know. TZDate would silently produce an
 * Invalid Date, which then surfaces far away as "RangeError: Invalid time value".
 */
export function assertTimeZone(timeZone: string): void {
  // Cached because building a DateTimeFormat costs ~0.1 ms and this runs for every
  // job on every SLA, alert and board computation; a zone that was valid once stays valid.
  if (knownZones.has(timeZone)) return;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new RangeError(`Unknown time zone "${timeZone}".`);
  }
  knownZones.add(timeZone);
}

/** Zones `assertTimeZone` has accepted (a handful per process). */
const knownZones = new Set<string>();

/** The calendar day an instant falls on in `timeZone`. */
export function localDayOf(instant: Date | number, timeZone: string): LocalDay {
  const t = new TZDate(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  return { year: t.getFullYear(), month: t.getMonth() + 1, day: t.getDate() };
}

/** Minutes since local midnight of an instant in `timeZone` (wall-clock time, 0–1439). */
export function minuteOfDayIn(instant: Date | number, timeZone: string): number {
  const t = new TZDate(typeof instant === 'number' ? instant : instant.getTime(), timeZone);
  return t.getHours() * 60 + t.getMinutes();
}

/** `YYYY-MM-DD` for a local day. */
export function dayKey(d: LocalDay): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** Parse `YYYY-MM-DD`; throws on anything else so a typo never becomes a silent wrong day. */
export function parseDayKey(day: string): LocalDay {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`Expected a day such as 2026-11-26, got "${day}".`);
  const d = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (dayKey(shiftDay(d, 0)) !== day) throw new RangeError(`"${day}" is not a calendar day.`);
  return d;
}

/**
 * The day `n` calendar days later. Pure calendar arithmetic (the UTC calendar is only used as a
 * proleptic Gregorian day counter here, never as a zone).
 */
export function shiftDay(d: LocalDay, n: number): LocalDay {
  const u = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: u.getUTCFullYear(), month: u.getUTCMonth() + 1, day: u.getUTCDate() };
}

/** Day of week, 0 = Sunday, of a calendar day (independent of any zone). */
export function weekdayOf(d: LocalDay): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** Whole days from `a` to `b` on the calendar. */
export function daysBetween(a: LocalDay, b: LocalDay): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/**
 * The instant of wall-clock `minuteOfDay` on `d` in `timeZone`. 1440 means the next midnight. A
 * time inside a spring-forward gap moves forward by the gap (02:30 → 03:30), as TZDate does.
 */
export function wallClock(d: LocalDay, minuteOfDay: number, timeZone: string): number {
  return new TZDate(d.year, d.month - 1, d.day, Math.floor(minuteOfDay / 60), minuteOfDay % 60, timeZone).getTime();
}

/** `HH:mm` of an instant in `timeZone`. */
export function formatHm(instant: Date | number, timeZone: string): string {
  return format(instant, 'HH:mm', { in: tz(timeZone) });
}

/** `HH:MM` (or `24:00`) → minutes since midnight. */
export function parseTimeOfDay(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  const minutes = m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
  if (!(minutes >= 0 && minutes <= 1440)) throw new RangeError(`Expected a time such as 08:30, got "${hhmm}".`);
  return minutes;
}

/** Sort and merge overlapping or touching spans. */
export function mergeSpans<S extends readonly [number, number]>(spans: readonly S[]): Array<[number, number]> {
  const sorted = [...spans].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * Weekly hours as seven lists (index = weekday) of merged minute spans. Intervals may overlap or
 * repeat a weekday; merging here means no minute is ever counted twice downstream.
 */
export function weeklyTable(hours: WeeklyHours): ReadonlyArray<ReadonlyArray<MinuteSpan>> {
  const perDay: Array<Array<[number, number]>> = [[], [], [], [], [], [], []];
  for (const h of hours) {
    const span: [number, number] = [parseTimeOfDay(h.start), parseTimeOfDay(h.end)];
    for (const d of new Set(h.days)) perDay[d]?.push(span);
  }
  return perDay.map((spans) => mergeSpans(spans));
}

/** The business spans of one local day as instants (empty on a day without hours). */
export function daySpans(table: ReadonlyArray<ReadonlyArray<MinuteSpan>>, d: LocalDay, timeZone: string): MsSpan[] {
  const spans = table[weekdayOf(d)] ?? [];
  const out: MsSpan[] = [];
  for (const [a, b] of spans) {
    const from = wallClock(d, a, timeZone);
    const to = wallClock(d, b, timeZone);
    // Both ends can land in a DST gap and collapse or invert; such a span has no time in it.
    if (to > from) out.push([from, to]);
  }
  return out;
}
