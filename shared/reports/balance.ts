/**
 * Work-life balance: per technician and week, the minutes worked outside their working hours
 * (overtime) and the visits that ran outside them, against the shop's weekly limit.
 */
import type { ReportJob } from './report-job';
import type { ShopClock } from './shop-clock';
import { dayKeyOfNumber, dayNumberOf, mondayOf } from './shop-clock';
import type { BalanceReport, BalanceRow, ReportMeta } from './types';
import { overlap, workedSpans, workingDay, type Rota } from './working-time';

export type BalanceContext = {
  technicians: ReadonlyArray<Rota & { name: string }>;
  weeklyLimitMinutes: number;
};

const MIN = 60_000;

export function balanceReport(jobs: readonly ReportJob[], input: { from: string; to: string }, clock: ShopClock, ctx: BalanceContext): Omit<BalanceReport, keyof ReportMeta> {
  const first = dayNumberOf(input.from);
  const last = dayNumberOf(input.to);
  const mondays: number[] = [];
  for (let m = mondayOf(first); m <= last; m += 7) mondays.push(m);
  const weekIndex = (day: number) => (mondayOf(day) - (mondays[0] as number)) / 7;
  const byTech = new Map<string, { overtime: number[]; afterHours: number[] }>();
  const working = new Map(ctx.technicians.map((t) => [t.id, workingDay(t, clock)]));
  for (const t of ctx.technicians) byTech.set(t.id, { overtime: mondays.map(() => 0), afterHours: mondays.map(() => 0) });
  for (const job of jobs) {
    for (const span of workedSpans(job)) {
      const tally = byTech.get(span.technicianId);
      const hours = working.get(span.technicianId);
      if (!tally || !hours || span.end <= span.start) continue;
      let outside = 0;
      // A span over midnight is split by shop day: each part is judged against its own day's hours.
      for (let day = Math.max(first, clock.dayOf(span.start)); day <= Math.min(last, clock.dayOf(span.end - 1)); day++) {
        const part = overlap(span.start, span.end, clock.startOf(day), clock.startOf(day + 1));
        let inside = 0;
        for (const [s, e] of hours(day)) inside += overlap(span.start, span.end, s, e);
        const dayOutside = (part - inside) / MIN;
        const w = weekIndex(day);
        tally.overtime[w] = (tally.overtime[w] ?? 0) + dayOutside;
        outside += dayOutside;
      }
      const startDay = clock.dayOf(span.start);
      if (outside > 0 && startDay >= first && startDay <= last) {
        const w = weekIndex(startDay);
        tally.afterHours[w] = (tally.afterHours[w] ?? 0) + 1;
      }
    }
  }
  const limit = ctx.weeklyLimitMinutes;
  const rows: BalanceRow[] = ctx.technicians.map((t) => {
    const tally = byTech.get(t.id) as { overtime: number[]; afterHours: number[] };
    const weeks = mondays.map((m, i) => {
      const overtimeMinutes = Math.round(tally.overtime[i] ?? 0);
      return { weekStart: dayKeyOfNumber(m), overtimeMinutes, afterHoursVisits: tally.afterHours[i] ?? 0, over: overtimeMinutes > limit };
    });
    return {
      technicianId: t.id,
      name: t.name,
      weeks,
      totalOvertimeMinutes: weeks.reduce((n, w) => n + w.overtimeMinutes, 0),
      totalAfterHoursVisits: weeks.reduce((n, w) => n + w.afterHoursVisits, 0),
      weeksOver: weeks.filter((w) => w.over).length,
    };
  });
  const overLimit = rows
    .filter((r) => r.weeksOver > 0)
    .sort((a, b) => b.weeksOver - a.weeksOver || b.totalOvertimeMinutes - a.totalOvertimeMinutes || a.name.localeCompare(b.name))
    .map((r) => r.technicianId);
  return { weeklyLimitMinutes: limit, weeks: mondays.map(dayKeyOfNumber), rows, overLimit };
}
