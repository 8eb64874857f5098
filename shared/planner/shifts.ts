/**
 * Working intervals as instants, from a technician's weekly hours and time off, for the shop days
 * of a horizon. Wall-clock times are turned into instants by the zone's rules (zoned-time), so a
 * 08:00–17:00 shift on a DST change day is 9 hours of work in a 23- or 25-hour day.
 */
import type { Technician } from '../schemas/technician';
import { dayBounds } from '../domain/jobs';
import { worksOn } from '../domain/working-days';
import { daySpans, dayKey, localDayOf, parseDayKey, shiftDay, weeklyTable } from '../domain/zoned-time';
import type { PlanDay, Span } from './types';

/** The shop days that [start, end) touches, each with its local midnight-to-midnight bounds. */
export function horizonDays(horizon: Span, timeZone: string): PlanDay[] {
  const days: PlanDay[] = [];
  if (horizon.end <= horizon.start) return days;
  const last = dayKey(localDayOf(horizon.end - 1, timeZone));
  for (let d = localDayOf(horizon.start, timeZone); ; d = shiftDay(d, 1)) {
    const key = dayKey(d);
    const b = dayBounds(key, timeZone);
    days.push({ key, start: b.start.getTime(), end: b.end.getTime() });
    if (key >= last || days.length > 62) break;
  }
  return days;
}

/**
 * The technician's working intervals inside the horizon, in time order, clipped to it: none on
 * days without hours (Sundays for most shops), on time off, or when the technician is inactive.
 */
export function workingIntervals(
  tech: Pick<Technician, 'active' | 'workingHours' | 'timeOff'>,
  days: readonly PlanDay[],
  horizon: Span,
  timeZone: string,
): Array<Span & { day: string }> {
  const table = weeklyTable(tech.workingHours);
  const out: Array<Span & { day: string }> = [];
  for (const day of days) {
    if (!worksOn(tech, day.key)) continue;
    for (const [a, b] of daySpans(table, parseDayKey(day.key), timeZone)) {
      const start = Math.max(a, horizon.start);
      const end = Math.min(b, horizon.end);
      if (end > start) out.push({ day: day.key, start, end });
    }
  }
  return out;
}
