/**
 * Recurrence rules of maintenance plans, evaluated with the `rrule` library (RFC 5545).
 *
 * Rules are evaluated on calendar days only: the plan's start day becomes a floating DTSTART at
 * 00:00 "UTC", used purely as a day counter, and each occurrence is read back as a `YYYY-MM-DD`
 * shop day. No time zone is involved until the visit window is placed on that day (see
 * maintenance.ts), so a DST change can never shift, drop or double an occurrence.
 */
import * as rruleModule from 'rrule';
import type { Options } from 'rrule';
import { dayKey, parseDayKey } from './zoned-time';

// rrule ships ES modules for bundlers (the app, Vite, Vitest) but a UMD file as its Node entry, from
// which Node's own ES module loader (Playwright's test files, scripts) sees only a default export.
const { RRule } = 'RRule' in rruleModule ? rruleModule : (rruleModule as unknown as { default: typeof rruleModule }).default;

/** The RRULE parts a plan may use: everything day-based. Times of day come from the visit window. */
const ALLOWED_PARTS = new Set(['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTHDAY', 'BYSETPOS', 'BYMONTH', 'BYWEEKNO', 'BYYEARDAY', 'COUNT', 'UNTIL', 'WKST']);
const DAY_FREQUENCIES = new Set(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']);

/** Midnight "UTC" of a shop day: a day counter for rrule, never read as an instant. */
function floating(day: string): Date {
  const d = parseDayKey(day);
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function dayOfFloating(date: Date): string {
  return dayKey({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() });
}

/** Why the text is not a rule a plan can use, or null. Only the parts, not whether it ever occurs. */
function partsProblem(rule: string): string | null {
  const body = rule.replace(/^RRULE:/, '');
  const keys = body.split(';').map((part) => part.split('=')[0] ?? '');
  const unknown = keys.find((k) => !ALLOWED_PARTS.has(k));
  if (unknown) return `${unknown} is not supported: a plan's rule names days, its window gives the time`;
  if (new Set(keys).size !== keys.length) return 'a part of the rule appears twice';
  const freq = /(?:^|;)FREQ=([A-Z]+)/.exec(body)?.[1] ?? '';
  if (!DAY_FREQUENCIES.has(freq)) return 'the rule must repeat daily, weekly, monthly or yearly';
  const interval = /(?:^|;)INTERVAL=(\d+)/.exec(body)?.[1];
  if (interval !== undefined && (Number(interval) < 1 || Number(interval) > 99)) return 'the interval must be 1 to 99';
  return null;
}

/** The rule's options with the plan's days filled in (as given: rrule's normalised form cannot be fed back). */
function options(rule: string, startDay: string, endDay: string | null): Partial<Options> | null {
  if (partsProblem(rule) !== null) return null;
  let parsed: Partial<Options>;
  try {
    parsed = RRule.parseString(rule.replace(/^RRULE:/, ''));
  } catch {
    return null;
  }
  const until = endDay === null ? (parsed.until ?? null) : floating(endDay);
  const merged = { ...parsed, dtstart: floating(startDay), until, tzid: null };
  try {
    // Building the rule checks the values and throws on some out of range; rrule ignores others.
    const built = new RRule(merged).options;
    if (built.bymonthday.some((d) => d > 31 || d < -31) || built.bynmonthday.some((d) => d < -31)) return null;
    return merged;
  } catch {
    return null;
  }
}

/**
 * Why `rule` cannot be a plan's rule from `startDay`, or null. Refuses unknown or time-of-day parts,
 * sub-daily frequencies, values out of range, and rules that never fall on any day (30 February):
 * rrule would search for those until the year 9999.
 *
 * The never-occurs test runs the same rule from the same month and day 400 years later, where the
 * Gregorian calendar repeats exactly, so the search ends at the year 9999 within a few centuries.
 */
export function ruleProblem(rule: string, startDay: string): string | null {
  const parts = partsProblem(rule);
  if (parts !== null) return parts;
  const opts = options(rule, startDay, null);
  if (!opts) return 'the rule is not a valid RFC 5545 recurrence';
  const start = parseDayKey(startDay);
  const probeStart = new Date(Date.UTC(start.year + 400 * Math.floor((9600 - start.year) / 400), start.month - 1, start.day));
  const probe = new RRule({ ...opts, dtstart: probeStart, until: null, count: null });
  if (probe.after(probeStart, true) === null) return 'the rule never falls on a day';
  return null;
}

/**
 * The days in [fromDay, toDay] (both inclusive) on which the plan's rule falls, ascending. A rule
 * refused by {@link ruleProblem} gives none.
 */
export function occurrenceDays(rule: string, startDay: string, endDay: string | null, fromDay: string, toDay: string): string[] {
  if (toDay < fromDay) return [];
  const opts = options(rule, startDay, endDay);
  if (!opts) return [];
  const days = new RRule(opts).between(floating(fromDay), floating(toDay), true).map(dayOfFloating);
  return [...new Set(days)];
}

/** The next `count` days on or after `fromDay` on which the rule falls (fewer if it ends). */
export function nextOccurrenceDays(rule: string, startDay: string, endDay: string | null, fromDay: string, count: number): string[] {
  const opts = options(rule, startDay, endDay);
  if (!opts || count < 1) return [];
  const days: string[] = [];
  new RRule(opts).all((date) => {
    const day = dayOfFloating(date);
    if (day >= fromDay && !days.includes(day)) days.push(day);
    return days.length < count;
  });
  return days;
}

/** The rule in plain English ("every month on the 1st Tuesday"), as rrule words it. */
export function describeRule(rule: string): string {
  const opts = options(rule, '2000-01-01', null);
  if (!opts) return rule;
  return new RRule({ ...opts, dtstart: null }).toText();
}
