/**
 * The assign dialog's start is a day and a 24-hour time, kept as one `YYYY-MM-DDTHH:mm` value
 * that knows no time zone. These read and write it as wall-clock time in the shop's zone, whatever
 * zone the browser is in, and format and parse its two fields.
 */
import { dayBounds, dayOf } from '../../../../shared/domain/jobs';
import { addDays, formatClock, formatDayTime } from '../../lib/format';

const MINUTE = 60_000;

/** `2026-11-26T10:15` for an instant, in `timeZone`. */
export function toLocalInput(instant: string | number, timeZone: string): string {
  const at = new Date(instant);
  return `${dayOf(at, timeZone)}T${formatClock(at, timeZone)}`;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * The instant of a `YYYY-MM-DDTHH:mm` wall-clock time in `timeZone`, or null for anything else.
 * Counting from the shop day's start is off by the DST shift after a change that day, so the
 * result is corrected by reading the clock back; a time that does not exist (a spring-forward
 * gap) moves forward, as clocks do.
 */
export function fromLocalInput(value: string, timeZone: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?$/.exec(value);
  if (!m) return null;
  const [, day, hm] = m as unknown as [string, string, string];
  const wanted = minutesOf(hm);
  if (wanted >= 24 * 60 || Number(hm.slice(3, 5)) > 59) return null;
  let start: number;
  try {
    start = dayBounds(day, timeZone).start.getTime();
  } catch {
    return null;
  }
  const t = start + wanted * MINUTE;
  const drift = wanted - minutesOf(formatClock(t, timeZone));
  const corrected = t + drift * MINUTE;
  // Keep the correction only if the clock then reads what was typed (not so inside a DST gap).
  const exact = drift !== 0 && formatClock(corrected, timeZone) === hm && dayOf(new Date(corrected), timeZone) === day;
  return new Date(exact ? corrected : t).toISOString();
}

/**
 * The console's own day format for the start field's day choices: `Mon 7 Dec`, whatever the
 * browser's locale (a `datetime-local` picker shows its own, often 12-hour, format instead).
 */
export function dayChoiceLabel(day: string): string {
  return formatDayTime(`${day}T12:00:00Z`, 'UTC').slice(0, -' 12:00'.length);
}

/** The days offered for a start: `count` days from `firstDay`, plus `selected` if outside them. */
export function dayChoices(firstDay: string, count: number, selected: string | null): { value: string; label: string }[] {
  const days = Array.from({ length: count }, (_, i) => addDays(firstDay, i));
  if (selected && /^\d{4}-\d{2}-\d{2}$/.test(selected) && !days.includes(selected)) {
    days.push(selected);
    days.sort();
  }
  return days.map((value) => ({ value, label: dayChoiceLabel(value) }));
}

/**
 * A typed 24-hour time as `HH:mm`, or null: `9:05`, `09:05`, `0905`, `9.05` and `9` are all
 * understood; `25:00`, `9:60` and words are not.
 */
export function parseClockInput(text: string): string | null {
  const m = /^\s*(\d{1,2})(?:[:.h]?(\d{2}))?\s*$/.exec(text);
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
