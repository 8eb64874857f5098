/** How a maintenance visit's due window reads, in the queue, on the board and in the job panel. */
import type { JobMaintenance } from '../../../../shared/schemas/job';
import { formatClock, formatDayTime } from '../../lib/format';

/** `Mon 30 Nov 07:00–09:00`: the window in shop time (one day, or both ends with their days). */
export function windowText(m: JobMaintenance, timeZone: string): string {
  const start = formatDayTime(m.windowStart, timeZone);
  const end = formatDayTime(m.windowEnd, timeZone);
  const sameDay = start.slice(0, -6) === end.slice(0, -6);
  return sameDay ? `${start}–${formatClock(m.windowEnd, timeZone)}` : `${start} – ${end}`;
}

/** `Mon 30 Nov`: a shop day in words (noon UTC, so no zone moves it). */
export function dayText(day: string): string {
  return formatDayTime(`${day}T12:00:00Z`, 'UTC').slice(0, -6);
}
