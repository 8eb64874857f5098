/**
 * Times typed at close-out, as they are written on a returned run sheet: 24-hour, with or without
 * a separator (`0930`, `930`, `9:30`, `9.30`, `9`). Pure; the day and zone are passed in.
 */
import { instantAt } from './jobs';
import { dayKey, formatHm, parseDayKey, shiftDay } from './zoned-time';

export type TimeEntry = { ok: true; minutes: number; text: string } | { ok: false; message: string };

const SHAPE = /^(\d{1,2})(?:[:.h]?(\d{2}))?$/;

/**
 * A typed time of day as minutes since midnight and its `HH:MM` spelling, or why not. One or two
 * digits are whole hours (`9` → 09:00); three or four are hours and minutes (`930` → 09:30,
 * `1745` → 17:45). `24:00` is refused: a visit arrives or leaves at a time on the clock.
 */
export function parseTimeEntry(typed: string): TimeEntry {
  const text = typed.trim();
  if (text === '') return { ok: false, message: 'Enter a time such as 0930.' };
  const compact = /^\d{3,4}$/.test(text) ? `${text.slice(0, -2)}:${text.slice(-2)}` : text;
  const m = SHAPE.exec(compact);
  if (!m) return { ok: false, message: `"${text}" is not a time; type it as 0930 or 09:30 (24-hour).` };
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) return { ok: false, message: `"${text}" is not a time of day; use 00:00 to 23:59.` };
  const total = hours * 60 + minutes;
  return { ok: true, minutes: total, text: hhmm(total) };
}

/** `HH:MM` for minutes since midnight. */
export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The longest visit that may run past midnight: a departure earlier than the arrival by more is a typo. */
export const OVERNIGHT_LIMIT_MINUTES = 8 * 60;

export type VisitSpan = { ok: true; arrivedAt: string; departedAt: string; minutes: number } | { ok: false; field: 'arrival' | 'departure'; message: string };

/**
 * The instants of an arrival and a departure typed for shop `day` in `timeZone`. A departure at or
 * before the arrival is taken as the next morning only when that makes a visit of at most
 * {@link OVERNIGHT_LIMIT_MINUTES} (23:00–01:00); otherwise it is a mistake (0930–0830) and refused.
 */
export function visitSpan(day: string, arrival: string, departure: string, timeZone: string): VisitSpan {
  const a = parseTimeEntry(arrival);
  if (!a.ok) return { ok: false, field: 'arrival', message: a.message };
  const d = parseTimeEntry(departure);
  if (!d.ok) return { ok: false, field: 'departure', message: d.message };
  const start = instantAt(day, a.text, timeZone);
  let end = instantAt(day, d.text, timeZone);
  if (end.getTime() <= start.getTime()) {
    const nextDay = instantAt(dayKey(shiftDay(parseDayKey(day), 1)), d.text, timeZone);
    if (nextDay.getTime() - start.getTime() > OVERNIGHT_LIMIT_MINUTES * 60_000) {
      return { ok: false, field: 'departure', message: `Departure ${d.text} is not after arrival ${a.text}.` };
    }
    end = nextDay;
  }
  const minutes = Math.round((end.getTime() - start.getTime()) / 60_000);
  return { ok: true, arrivedAt: start.toISOString(), departedAt: end.toISOString(), minutes };
}

/** `09:30` for a stored instant in the shop's zone, the way the grid shows it back. */
export function timeOfVisit(instant: string, timeZone: string): string {
  return formatHm(new Date(instant), timeZone);
}
