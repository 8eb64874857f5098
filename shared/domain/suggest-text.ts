/** The words of a slot suggestion's reasons: lengths of time and when a slot starts, in the shop's zone. */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { dayOf } from './jobs';

/** `45 m`, `2 h`, `1 h 05 m`. */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes % 60);
  if (h === 0) return `${m} m`;
  return m === 0 ? `${h} h` : `${h} h ${String(m).padStart(2, '0')} m`;
}

/** `10:15` today, `Fri 27 Nov 08:00` on a later day, in the shop's zone. */
export function whenText(start: number, now: Date, timeZone: string): string {
  const zone = { in: tz(timeZone) };
  return dayOf(new Date(start), timeZone) === dayOf(now, timeZone)
    ? format(start, 'HH:mm', zone)
    : format(start, 'EEE d MMM HH:mm', zone);
}
