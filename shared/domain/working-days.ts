import type { Technician } from '../schemas/technician';
import { parseDayKey, dayKey, shiftDay, weekdayOf, weeklyTable } from './zoned-time';

type Rota = Pick<Technician, 'active' | 'workingHours' | 'timeOff'>;

/**
 * Whether a technician is due to work on shop day `day` (`YYYY-MM-DD`): active, not on time off,
 * with working hours on that weekday.
 *
 * Why: an empty board on a day nobody works is not a fault, and the console says so; it needs the
 * same notion of "works that day" as the rota, not a guess from the jobs booked.
 */
export function worksOn(t: Rota, day: string): boolean {
  if (!t.active || t.timeOff.some((off) => day >= off.start && day <= off.end)) return false;
  return (weeklyTable(t.workingHours)[weekdayOf(parseDayKey(day))] ?? []).length > 0;
}

/**
 * The first day after `day` on which anyone works, looking at most `horizonDays` ahead; null when
 * nobody works in that time (no technicians, or everyone away).
 */
export function nextWorkingDay(technicians: readonly Rota[], day: string, horizonDays = 366): string | null {
  let d = parseDayKey(day);
  for (let i = 0; i < horizonDays; i++) {
    d = shiftDay(d, 1);
    const key = dayKey(d);
    if (technicians.some((t) => worksOn(t, key))) return key;
  }
  return null;
}
