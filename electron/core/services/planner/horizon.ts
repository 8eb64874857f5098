/**
 * The time a plan may book into: from now to the end of the `days`-th working day (today counts
 * when anyone still works today), where a working day is one on which any active technician works.
 */
import { nextWorkingDay, worksOn } from '../../../../shared/domain/working-days';
import { dayKey, localDayOf, parseDayKey, shiftDay, wallClock } from '../../../../shared/domain/zoned-time';
import type { Technician } from '../../../../shared/schemas/technician';

export type Horizon = { start: Date; end: Date; lastDay: string };

export function planHorizon(technicians: readonly Technician[], now: Date, days: number, timeZone: string): Horizon {
  const today = dayKey(localDayOf(now, timeZone));
  let last = today;
  let counted = technicians.some((t) => worksOn(t, today)) ? 1 : 0;
  while (counted < days) {
    const next = nextWorkingDay(technicians, last, 31);
    if (next === null) break;
    last = next;
    counted += 1;
  }
  // Midnight after the last day, built with the zone's own rules (a DST day is not 24 hours).
  const end = wallClock(shiftDay(parseDayKey(last), 1), 0, timeZone);
  return { start: now, end: new Date(Math.max(end, now.getTime())), lastDay: last };
}
