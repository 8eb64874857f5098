/**
 * Dates as ticketing tools write them in their exports: ISO (`2026-11-26 08:14:03`, with or
 * without an offset), US (`11/26/2026 8:14 AM`) or European (`26/11/2026 08:14`, `26.11.2026`)
 * day/month orders, 12- or 24-hour times, month names (`26 Nov 2026`, `Nov 26, 2026 8:14 PM`).
 * A value without an offset is a wall-clock time in the shop's zone. Pure: zone and clock passed in.
 */
import { wallClock } from '../domain/zoned-time';
import type { Read } from './values';
import { clipText } from './values';

/** Which number is the day in `01/02/2026`: `mdy` (US) or `dmy` (Europe); `ymd` is ISO. */
export type DateOrder = 'ymd' | 'mdy' | 'dmy';

export const dateOrderLabels: Record<DateOrder, string> = {
  ymd: 'year-month-day (2026-11-26)',
  mdy: 'month/day/year (11/26/2026, US)',
  dmy: 'day/month/year (26/11/2026, Europe)',
};

type Parts = { year: number; month: number; day: number; minutes: number; seconds: number; offsetMinutes: number | null };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** `8:14 AM`, `20:14`, `08:14:03`, `8.14 pm`, `2026-…T08:14:03.120`: minutes and seconds, or null. */
function readClock(text: string): { minutes: number; seconds: number } | null {
  const key = text.trim();
  if (key === '') return { minutes: 0, seconds: 0 };
  const m = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?\s*([ap])?\.?m?\.?$/i.exec(key);
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2]);
  const seconds = Number(m[3] ?? 0);
  const half = m[4]?.toLowerCase();
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return { minutes: hours * 60 + minutes, seconds };
}

/** `Z`, `+01:00`, `-0500`, `UTC`, `GMT+1`; undefined when there is none, null when unreadable. */
function readOffset(text: string): number | null | undefined {
  const key = text.trim().toUpperCase();
  if (key === '') return undefined;
  if (key === 'Z' || key === 'UTC' || key === 'GMT') return 0;
  const m = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(key);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return minutes > 14 * 60 ? null : (m[1] === '-' ? -1 : 1) * minutes;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Split a value into its date, time and offset, the date as three numbers in written order. */
function split(text: string): { date: [string, string, string]; named: boolean; rest: string } | null {
  const key = text.trim().replace(/\s+/g, ' ');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](.*))?$/i.exec(key);
  if (iso) return { date: [iso[1] ?? '', iso[2] ?? '', iso[3] ?? ''], named: false, rest: iso[4] ?? '' };
  const numeric = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?:,?[ T](.*))?$/.exec(key);
  if (numeric) return { date: [numeric[1] ?? '', numeric[2] ?? '', numeric[3] ?? ''], named: false, rest: numeric[4] ?? '' };
  // 26 Nov 2026 08:14 · 26-Nov-2026 · Nov 26, 2026 8:14 PM · Thu, 26 Nov 2026 08:14
  const words = key.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '');
  const dm = /^(\d{1,2})[ -]([a-z]{3,9})\.?[ -,]+(\d{4})(?:,?[ T](.*))?$/i.exec(words);
  if (dm) return monthNamed(dm[1] ?? '', dm[2] ?? '', dm[3] ?? '', dm[4] ?? '');
  const md = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})(?:,?[ T](.*))?$/i.exec(words);
  if (md) return monthNamed(md[2] ?? '', md[1] ?? '', md[3] ?? '', md[4] ?? '');
  return null;
}

function monthNamed(day: string, month: string, year: string, rest: string) {
  const index = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  if (index < 0) return null;
  return { date: [year, String(index + 1), day] as [string, string, string], named: true, rest };
}

/** The time and offset after the date: `8:14 AM`, `08:14:03+01:00`, `08:14 UTC`. */
function splitTime(rest: string): { clock: { minutes: number; seconds: number }; offset: number | null } | null {
  const m = /^(.*?)\s*(Z|(?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?|UTC|GMT)?$/i.exec(rest.trim());
  if (!m) return null;
  const clock = readClock(m[1] ?? '');
  const offset = readOffset(m[2] ?? '');
  if (!clock || offset === null) return null;
  return { clock, offset: offset ?? null };
}

/** Is `text` a date whose day and month are written as two plain numbers (the order matters)? */
function numericDayMonth(text: string): [number, number] | null {
  const parts = split(text);
  if (!parts || parts.named || parts.date[0].length === 4) return null;
  return [Number(parts.date[0]), Number(parts.date[1])];
}

function toParts(text: string, order: DateOrder): Parts | null {
  const parts = split(text);
  if (!parts) return null;
  const [a, b, c] = parts.date;
  let year: number;
  let month: number;
  let day: number;
  if (parts.named || a.length === 4) [year, month, day] = [Number(a), Number(b), Number(c)];
  else if (order === 'dmy') [year, month, day] = [fullYear(c), Number(b), Number(a)];
  else [year, month, day] = [fullYear(c), Number(a), Number(b)];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  const time = splitTime(parts.rest);
  if (!time) return null;
  return { year, month, day, minutes: time.clock.minutes, seconds: time.clock.seconds, offsetMinutes: time.offset };
}

/**
 * The day/month order of a column's values: the one order every readable value can be read in.
 * `order` is null when the values could be either (every day ≤ 12: the user is asked) or
 * contradict each other (11/26 and 26/11 in one column).
 * ISO and month-name values fit any order, so a file of only those is `ymd`.
 */
export function inferDateOrder(values: readonly string[]): { order: DateOrder | null; ambiguous: boolean } {
  let mdy = true;
  let dmy = true;
  let numeric = false;
  for (const value of values) {
    if (value.trim() === '') continue;
    const pair = numericDayMonth(value);
    if (!pair) continue;
    const asMdy = toParts(value, 'mdy') !== null;
    const asDmy = toParts(value, 'dmy') !== null;
    // A value no order can read (11/31/2026) says nothing about the order; its row is refused.
    if (!asMdy && !asDmy) continue;
    numeric = true;
    if (!asMdy) mdy = false;
    if (!asDmy) dmy = false;
  }
  if (!numeric) return { order: 'ymd', ambiguous: false };
  if (mdy && dmy) return { order: null, ambiguous: true };
  if (mdy) return { order: 'mdy', ambiguous: false };
  if (dmy) return { order: 'dmy', ambiguous: false };
  return { order: null, ambiguous: false };
}

/**
 * One date and time, read in `order`, as an ISO instant. No offset: the shop's wall clock in
 * `timeZone`. Refuses years outside 2000–2099 and times more than five minutes after `now`.
 */
export function readDateTime(text: string, order: DateOrder, timeZone: string, now: Date): Read<string> {
  const example = order === 'dmy' ? '26/11/2026 08:14' : order === 'mdy' ? '11/26/2026 8:14 AM' : '2026-11-26 08:14';
  const parts = toParts(text, order);
  if (!parts) return { ok: false, message: `expected a date and time such as ${example}, got "${clipText(text)}"` };
  if (parts.year < 2000 || parts.year > 2099) return { ok: false, message: `expected a year from 2000 to 2099, got "${clipText(text)}"` };
  const { year, month, day, minutes, seconds, offsetMinutes } = parts;
  const instant =
    offsetMinutes === null
      ? wallClock({ year, month, day }, minutes, timeZone) + seconds * 1000
      : Date.UTC(year, month - 1, day, 0, minutes, seconds) - offsetMinutes * 60_000;
  if (instant > now.getTime() + 5 * 60_000) return { ok: false, message: 'is in the future; a call cannot have come in yet' };
  return { ok: true, value: new Date(instant).toISOString() };
}
