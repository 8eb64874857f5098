/**
 * The assign dialog's start field is a `datetime-local` input, which knows no time zone. These
 * read and write it as wall-clock time in the shop's zone, whatever zone the browser is in.
 */
import { dayBounds, dayOf } from '../../../../shared/domain/jobs';
import { formatClock } from '../../lib/format';

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
