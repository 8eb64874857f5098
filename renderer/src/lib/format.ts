/**
 * Text formatting for the console. Pure functions; instants are read in the shop's time zone,
 * never the browser's, so a dispatcher on a laptop in another zone still sees shop time.
 *
 * The locale is fixed to en-GB (24-hour clock, day before month) so the console reads the same on
 * every machine and the tests can assert exact strings; a locale setting can replace it later.
 */

const LOCALE = 'en-GB';

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A span of minutes in the compact form dispatchers read at a glance: `45 m`, `1 h 05 m`,
 * `2 d 03 h`. Negative input is treated as its absolute value.
 */
export function formatMinutes(minutes: number): string {
  const m = Math.abs(Math.trunc(minutes));
  if (m < 60) return `${m} m`;
  if (m < 24 * 60) return `${Math.floor(m / 60)} h ${pad2(m % 60)} m`;
  const days = Math.floor(m / (24 * 60));
  return `${days} d ${pad2(Math.floor((m % (24 * 60)) / 60))} h`;
}

/**
 * Time left on an SLA clock, from the domain's whole `minutesLeft` (rounded up, so 0 or less means
 * the clock is breached): `1 h 05 m` while there is time, `overdue 12 m` once breached. The first
 * minute after the due time already reads `overdue 1 m`, never `0 m`.
 */
export function formatTimeLeft(minutesLeft: number): string {
  if (minutesLeft <= 0) return `overdue ${formatMinutes(Math.max(1, -minutesLeft))}`;
  return formatMinutes(minutesLeft);
}

/** A job's estimate: `45 m`, `1 h 30 m`, `2 h`. */
export function formatEstimate(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} m`;
  const rest = m % 60;
  return rest === 0 ? `${m / 60} h` : `${Math.floor(m / 60)} h ${pad2(rest)} m`;
}

// Intl formatters are costly to build and the queue formats thousands of cells: cache per zone.
const formatterCache = new Map<string, Intl.DateTimeFormat>();
function formatter(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = formatterCache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE, options);
    formatterCache.set(key, f);
  }
  return f;
}

/** `09:05`: wall-clock time of an instant in `timeZone`. */
export function formatClock(instant: string | number | Date, timeZone: string): string {
  return formatter(`clock|${timeZone}`, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    new Date(instant),
  );
}

/**
 * Joins the parts of an Intl format with single spaces. ICU versions disagree on separators
 * ("Thursday, 26 November" in one, "Thursday 26 November" in another), and the console must read
 * the same in Electron, Chromium and Node tests.
 */
function joinParts(f: Intl.DateTimeFormat, date: Date): string {
  return f
    .formatToParts(date)
    .filter((p) => p.type !== 'literal')
    .map((p) => p.value)
    .join(' ');
}

/** `Tue 24 Nov 09:05`: an instant with its day, in `timeZone`. */
export function formatDayTime(instant: string | number | Date, timeZone: string): string {
  const f = formatter(`daytime|${timeZone}`, { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
  return `${joinParts(f, new Date(instant))} ${formatClock(instant, timeZone)}`;
}

/** Parse `YYYY-MM-DD` as a calendar date (noon UTC, so no zone can push it onto another day). */
function calendarDate(day: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`Expected a day such as 2026-11-26, got "${day}".`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
}

/** `Thursday 26 November 2026`: a calendar day in words. */
export function formatDayTitle(day: string): string {
  const f = formatter('daytitle', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  return joinParts(f, calendarDate(day));
}

/**
 * A week (first and last day, inclusive) in words, without repeating what the two ends share:
 * `23 – 29 November 2026`, `30 November – 6 December 2026`, `28 December 2026 – 3 January 2027`.
 */
export function formatWeekTitle(firstDay: string, lastDay: string): string {
  const a = calendarDate(firstDay);
  const b = calendarDate(lastDay);
  const full = formatter('full', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${joinParts(full, a)} – ${joinParts(full, b)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) {
    const dayMonth = formatter('daymonth', { timeZone: 'UTC', day: 'numeric', month: 'long' });
    return `${joinParts(dayMonth, a)} – ${joinParts(full, b)}`;
  }
  return `${a.getUTCDate()} – ${joinParts(full, b)}`;
}

/** The day `n` calendar days after `day` (`YYYY-MM-DD` in, `YYYY-MM-DD` out). */
export function addDays(day: string, n: number): string {
  const d = calendarDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
