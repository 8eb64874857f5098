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
};

/** A clock for `timeZone`; keep one per report run (it caches offsets and midnights). */
export function shopClock(timeZone: string): ShopClock {
  assertTimeZone(timeZone);
  const offsets = new Map<number, number>();
  const starts = new Map<number, number>();
  const offsetAt = (ms: number): number => {
    const key = Math.floor(ms / QUARTER_MS);
    let off = offsets.get(key);
    if (off === undefined) {
      const t = key * QUARTER_MS;
      const d = localDayOf(t, timeZone);
      const localMs = Date.UTC(d.year, d.month - 1, d.day) + minuteOfDayIn(t, timeZone) * 60_000;
      off = localMs - t;
      offsets.set(key, off);
    }
    return off;
  };
  return {
    timeZone,
    dayOf: (ms) => Math.floor((ms + offsetAt(ms)) / DAY_MS),
    minuteOf: (ms) => {
      const local = ms + offsetAt(ms);
      return Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / 60_000);
    },
    startOf: (day) => {
      let s = starts.get(day);
      if (s === undefined) {
        const u = new Date(day * DAY_MS);
        s = wallClock({ year: u.getUTCFullYear(), month: u.getUTCMonth() + 1, day: u.getUTCDate() }, 0, timeZone);
        starts.set(day, s);
      }
      return s;
    },
  };
}
