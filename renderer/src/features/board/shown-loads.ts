/**
 * The hours on each technician's row label: booked against available over the period the board
 * shows (its day, or its week), not today's, so the label answers "has this person room on the
 * day I am looking at?".
 */
import type { Job } from '../../../../shared/schemas/job';
import type { Technician } from '../../../../shared/schemas/technician';
import { addDays } from '../../lib/format';
import { dayLoads } from './board-model';
import type { DayLoad } from './board-model';

/** The shown period as shop days, `to` inclusive. */
export type ShownDays = { from: string; to: string };

/** Every shop day from `from` to `to`, both included. */
export function daysOf({ from, to }: ShownDays): string[] {
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Each technician's booked and available minutes summed over the shown days. */
export function shownLoads(technicians: readonly Technician[], jobs: readonly Job[], shown: ShownDays, timeZone: string): Map<string, DayLoad> {
  const total = new Map<string, DayLoad>(technicians.map((t) => [t.id, { bookedMinutes: 0, availableMinutes: 0 }]));
  for (const day of daysOf(shown)) {
    for (const [id, load] of dayLoads(technicians, jobs, day, timeZone)) {
      const sum = total.get(id)!;
      total.set(id, { bookedMinutes: sum.bookedMinutes + load.bookedMinutes, availableMinutes: sum.availableMinutes + load.availableMinutes });
    }
  }
  return total;
}

/** What the hours on the label are for: "today", a weekday ("Wed") or "week". */
export function periodWord(shown: ShownDays, today: string | null): string {
  if (shown.from !== shown.to) return 'week';
  if (shown.from === today) return 'today';
  return new Date(`${shown.from}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });
}

/** The period as words that follow the hours: "today", "on Wed", "this week". */
export function periodPhrase(period: string): string {
  if (period === 'today') return 'today';
  if (period === 'week') return 'this week';
  return period ? `on ${period}` : '';
}

const QUARTERS = ['', '¼', '½', '¾'];

/**
 * `5 h`, `2¼ h`, `½ h`: quarter hours as fractions, which keep a row label short enough to read
 * whole in a narrow column; anything else to one decimal (`0.3 h`).
 */
function hours(minutes: number): string {
  if (minutes % 15 === 0) {
    const whole = Math.floor(minutes / 60);
    const quarter = QUARTERS[(minutes % 60) / 15]!;
    return `${whole === 0 && quarter ? '' : whole}${quarter} h`;
  }
  return `${Number((minutes / 60).toFixed(1))} h`;
}

/**
 * `5 h booked · 3 h free`, or `9 h booked · 1 h over` past what the technician has: the booked
 * hours and what is left of the available ones (working hours capped by the daily capacity).
 */
export function loadWords(load: DayLoad): string {
  const left = load.availableMinutes - load.bookedMinutes;
  return `${hours(load.bookedMinutes)} booked · ${left >= 0 ? `${hours(left)} free` : `${hours(-left)} over`}`;
}

/** The labels' text per technician id: `5 h booked · 3 h free`. */
export function shownLoadTexts(technicians: readonly Technician[], jobs: readonly Job[], shown: ShownDays, timeZone: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [id, load] of shownLoads(technicians, jobs, shown, timeZone)) texts.set(id, loadWords(load));
  return texts;
}
