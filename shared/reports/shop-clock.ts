/**
 * Fast bucketing of instants into shop days, weekdays and hours. A report over a year of archives
 * places hundreds of thousands of instants; asking the time-zone code for each would dominate the
 * run, so the zone's offset is looked up once per quarter hour of UTC time (every zone changes its
 * offset on a quarter-hour boundary) and the local calendar is then plain arithmetic.
 */
import { assertTimeZone, localDayOf, minuteOfDayIn, wallClock } from '../domain/zoned-time';

const DAY_MS = 86_400_000;
const QUARTER_MS = 900_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` day (a plain calendar counter, no zone). */
export function dayNumberOf(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

/** `YYYY-MM-DD` of a day number. */
export function dayKeyOfNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Weekday of a day number, 0 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** The Monday on or before a day number. */
export function mondayOf(n: number): number {
  return n - ((weekdayOfNumber(n) + 6) % 7);
}

export type ShopClock = {
  readonly timeZone: string;
  /** The shop day (day number) an instant falls on. */
  dayOf(ms: number): number;
  /** Wall-clock minutes since local midnight (0–1439). */
  minuteOf(ms: number): number;
  /** The instant local midnight of a shop day begins (DST-aware: a day may last 23 or 25 hours). */
  startOf(day: number): number;
  /**
   * The instant of wall-clock `minute` (0–1440) on a shop day. A time inside a spring-forward gap
   * moves forward by the gap (02:30 → 03:30), as the domain's `wallClock` does.
   */
  at(day: number, minute: number): number;
};

/** A clock for `timeZone`. Offsets only depend on the zone, so one clock may serve many reports. */
export function shopClock(timeZone: string): ShopClock {
  assertTimeZone(timeZone);
  const exact = (t: number): number => {
    const d = localDayOf(t, timeZone);
    return Date.UTC(d.year, d.month - 1, d.day) + minuteOfDayIn(t, timeZone) * 60_000 - Math.floor(t / 60_000) * 60_000;
  };
  // Per UTC day: its offset when the whole day has one (nearly every day), else null (a DST change).
  const days = new Map<number, number | null>();
  const quarters = new Map<number, number>();
  const offsetAt = (ms: number): number => {
    const key = Math.floor(ms / DAY_MS);
    let uniform = days.get(key);
    if (uniform === undefined) {
      const first = exact(key * DAY_MS);
      uniform = first === exact(key * DAY_MS + DAY_MS - QUARTER_MS) ? first : null;
      days.set(key, uniform);
    }
    if (uniform !== null) return uniform;
    const q = Math.floor(ms / QUARTER_MS);
    let off = quarters.get(q);
    if (off === undefined) quarters.set(q, (off = exact(q * QUARTER_MS)));
    return off;
  };
  const starts = new Map<number, number>();
  const localDay = (day: number) => {
    const u = new Date(day * DAY_MS);
    return { year: u.getUTCFullYear(), month: u.getUTCMonth() + 1, day: u.getUTCDate() };
  };
  const startOf = (day: number): number => {
    let s = starts.get(day);
    if (s === undefined) starts.set(day, (s = wallClock(localDay(day), 0, timeZone)));
    return s;
  };
  return {
    timeZone,
    dayOf: (ms) => Math.floor((ms + offsetAt(ms)) / DAY_MS),
    minuteOf: (ms) => {
      const local = ms + offsetAt(ms);
      return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / 60_000);
    },
    startOf,
    at: (day, minute) => {
      const start = startOf(day);
      const end = startOf(day + 1);
      // A day of 24 hours has no change in it: plain arithmetic; otherwise ask the zone code.
      return end - start === DAY_MS ? start + minute * 60_000 : wallClock(localDay(day), minute, timeZone);
    },
  };
}
