/**
 * Demand and peaks: when customer jobs arrive, by weekday and hour of shop time, which days were
 * peaks, the busiest hours of the last four weeks, and next week's expected load by hour.
 */
import type { ReportJob } from './report-job';
import type { ShopClock } from './shop-clock';
import { dayKeyOfNumber, dayNumberOf, weekdayOfNumber } from './shop-clock';
import { meanSd, round2 } from './stats';
import type { DemandDay, DemandReport, ForecastSlot, HourCount, ReportMeta } from './types';

export type DemandInput = { from: string; to: string; forecastWeeks: number };

/** Customer demand: maintenance jobs come from plans and follow-ups from close-out, not from calls. */
export function isDemand(job: ReportJob): boolean {
  return !job.maintenance && job.followUpOf === null;
}

/** Monday-first order for ties, as a shop reads its week. */
const mondayFirst = (weekday: number) => (weekday + 6) % 7;

/** Demand figures for received jobs of the range; `jobs` may hold more (they are filtered here). */
export function demandReport(jobs: readonly ReportJob[], input: DemandInput, clock: ShopClock): Omit<DemandReport, keyof ReportMeta> {
  const first = dayNumberOf(input.from);
  const last = dayNumberOf(input.to);
  const forecastFirst = last + 1;
  const historyFirst = forecastFirst - 7 * input.forecastWeeks;
  const fourFirst = last - 27;
  const perDay = new Map<number, number>();
  const perDayHour = new Map<number, number>(); // day * 24 + hour
  const heatmap = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  let total = 0;
  for (const job of jobs) {
    if (!isDemand(job)) continue;
    const day = clock.dayOf(job.received);
    if (day < Math.min(first, historyFirst, fourFirst) || day > last) continue;
    const hour = Math.floor(clock.minuteOf(job.received) / 60);
    perDayHour.set(day * 24 + hour, (perDayHour.get(day * 24 + hour) ?? 0) + 1);
    if (day < first) continue;
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
    (heatmap[weekdayOfNumber(day)] as number[])[hour] = ((heatmap[weekdayOfNumber(day)] as number[])[hour] ?? 0) + 1;
    total += 1;
  }
  const counts: number[] = [];
  for (let d = first; d <= last; d++) counts.push(perDay.get(d) ?? 0);
  const { mean, sd } = meanSd(counts);
  const threshold = mean + sd;
  const days: DemandDay[] = counts.map((received, i) => ({
    day: dayKeyOfNumber(first + i),
    weekday: weekdayOfNumber(first + i),
    received,
    // A small epsilon keeps "exactly mean + sd" a peak despite floating-point sums.
    peak: received > mean && received >= threshold - 1e-9,
  }));

  const byHour = new Array<number>(24).fill(0);
  const weekHour = new Map<number, number>(); // weekday * 24 + hour
  for (let d = fourFirst; d <= last; d++) {
    for (let h = 0; h < 24; h++) {
      const n = perDayHour.get(d * 24 + h) ?? 0;
      if (n === 0) continue;
      byHour[h] = (byHour[h] ?? 0) + n;
      const key = weekdayOfNumber(d) * 24 + h;
      weekHour.set(key, (weekHour.get(key) ?? 0) + n);
    }
  }
  const busiest: HourCount[] = [...weekHour.entries()]
    .map(([key, received]) => ({ weekday: Math.floor(key / 24), hour: key % 24, received }))
    .sort((a, b) => b.received - a.received || mondayFirst(a.weekday) - mondayFirst(b.weekday) || a.hour - b.hour)
    .slice(0, 10);

  const slots: ForecastSlot[] = [];
  for (let d = forecastFirst; d < forecastFirst + 7; d++) {
    for (let h = 0; h < 24; h++) {
      const history: number[] = [];
      for (let w = 1; w <= input.forecastWeeks; w++) history.push(perDayHour.get((d - 7 * w) * 24 + h) ?? 0);
      const s = meanSd(history);
      slots.push({ day: dayKeyOfNumber(d), weekday: weekdayOfNumber(d), hour: h, expected: round2(s.mean), low: round2(Math.max(0, s.mean - s.sd)), high: round2(s.mean + s.sd) });
    }
  }
  return {
    heatmap,
    days,
    totalReceived: total,
    meanPerDay: round2(mean),
    sdPerDay: round2(sd),
    peakThreshold: round2(threshold),
    lastFourWeeks: { from: dayKeyOfNumber(fourFirst), to: dayKeyOfNumber(last), byHour, busiest },
    forecast: { from: dayKeyOfNumber(forecastFirst), to: dayKeyOfNumber(forecastFirst + 6), weeks: input.forecastWeeks, slots },
  };
}
