import { describe, expect, it } from 'vitest';
import type { BalanceReport, DemandReport, ReportMeta } from '../../../../../shared/reports/types';
import { balanceSections, OVER_MARK } from '../../../../../renderer/src/features/reports/views/balance-view';
import { demandSections } from '../../../../../renderer/src/features/reports/views/demand-view';

const META: ReportMeta = { from: '2026-11-30', to: '2026-12-13', timeZone: 'Europe/London', generatedAt: '2026-12-06T10:00:00.000Z', jobsRead: { active: 3, archived: 0 }, problems: [] };

function balance(): BalanceReport {
  const week = (weekStart: string, overtimeMinutes: number, over: boolean) => ({ weekStart, overtimeMinutes, afterHoursVisits: over ? 3 : 0, over });
  return {
    ...META,
    weeklyLimitMinutes: 300,
    weeks: ['2026-11-30', '2026-12-07'],
    rows: [
      { technicianId: 't1', name: 'Ana', weeks: [week('2026-11-30', 120, false), week('2026-12-07', 0, false)], totalOvertimeMinutes: 120, totalAfterHoursVisits: 0, weeksOver: 0 },
      { technicianId: 't2', name: 'Ben', weeks: [week('2026-11-30', 330, true), week('2026-12-07', 60, false)], totalOvertimeMinutes: 390, totalAfterHoursVisits: 3, weeksOver: 1 },
    ],
    overLimit: ['t2'],
  };
}

describe('work-life balance view', () => {
  it('draws the weekly limit as a line and marks the technicians over it in words, not by colour alone', () => {
    const [chart, detail] = balanceSections(balance());
    const series = chart!.chart!.option.series as Array<{ name: string; data: unknown[]; markLine?: { data: Array<{ yAxis: number }> } }>;
    expect(series[0]!.markLine!.data).toEqual([{ yAxis: 5 }]);
    expect(series.map((s) => s.name)).toEqual(['Ana', `Ben ${OVER_MARK}`]);
    // Ben's week over the limit: striped with a ▲ label; his other week and Ana's are plain numbers.
    expect(series[1]!.data[0]).toMatchObject({ value: 5.5, itemStyle: { decal: expect.any(Object) }, label: { show: true, formatter: '▲' } });
    expect(series[1]!.data[1]).toBe(1);
    expect(series[0]!.data).toEqual([2, 0]);
    expect(chart!.note).toContain('Ben');
    expect(chart!.table.rows).toEqual([
      ['Ana', 2, 0, 0],
      ['Ben', 6.5, 3, 1],
    ]);
    expect([...chart!.table.marked!]).toEqual([1]);
    expect(chart!.table.markLabel).toBe('Over the limit');
    expect([...detail!.table.marked!]).toEqual([2]);
  });

  it('says nobody went over when nobody did', () => {
    const r = balance();
    r.overLimit = [];
    r.rows[1]!.weeks[0]!.over = false;
    const [chart] = balanceSections(r);
    expect(chart!.note).toContain('Nobody went over it.');
    expect(chart!.table.marked!.size).toBe(0);
  });
});

describe('demand view', () => {
  const heatmap = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  heatmap[1]![9] = 4; // Monday 09:00
  heatmap[0]![23] = 1; // Sunday 23:00
  const report: DemandReport = {
    ...META,
    heatmap,
    days: [
      { day: '2026-11-30', weekday: 1, received: 4, peak: true },
      { day: '2026-12-06', weekday: 0, received: 1, peak: false },
    ],
    totalReceived: 5,
    meanPerDay: 2.5,
    sdPerDay: 1.5,
    peakThreshold: 4,
    lastFourWeeks: { from: '2026-11-16', to: '2026-12-13', byHour: heatmap[1]!.map((n, h) => n + (heatmap[0]![h] ?? 0)), busiest: [{ weekday: 1, hour: 9, received: 4 }] },
    forecast: { from: '2026-12-14', to: '2026-12-20', weeks: 8, slots: [{ day: '2026-12-14', weekday: 1, hour: 9, expected: 0.5, low: 0, high: 1.25 }] },
  };

  it('tables the heatmap Monday first with a total per weekday', () => {
    const [heat] = demandSections(report);
    const rows = heat!.table.rows;
    expect(rows.map((r) => r[0])).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(rows[0]![1 + 9]).toBe(4);
    expect(rows[0]!.at(-1)).toBe(4);
    expect(rows[6]![1 + 23]).toBe(1);
    expect(heat!.table.columns).toHaveLength(26);
  });

  it('marks peak days in the chart and in the table', () => {
    const days = demandSections(report)[1]!;
    expect(days.table.rows).toEqual([
      ['Mon 30 Nov (2026-11-30)', 4],
      ['Sun 6 Dec (2026-12-06)', 1],
    ]);
    expect([...days.table.marked!]).toEqual([0]);
    const series = days.chart!.option.series as Array<{ data: unknown[]; markLine: { data: unknown[] } }>;
    expect(series[0]!.data[0]).toMatchObject({ value: 4, label: { formatter: '▲' } });
    expect(series[0]!.data[1]).toBe(1);
    expect(series[0]!.markLine.data).toEqual([{ yAxis: 4 }]);
  });

  it('draws the forecast band as low plus the band’s height, and tables low, expected and high', () => {
    const forecast = demandSections(report)[3]!;
    const series = forecast.chart!.option.series as Array<{ name: string; data: number[] }>;
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['Band low', [0]],
      ['Band (low – high)', [1.3]],
      ['Expected', [0.5]],
    ]);
    expect(forecast.table.rows).toEqual([['Mon 14 Dec 09:00', 0.5, 0, 1.3]]);
  });
});
