/**
 * One block of a report: a chart (optional: some numbers are only a list) and the table of the same
 * numbers. Views build these from a report's answer with pure functions, unit-tested without a page.
 */
import type { BarSeriesOption } from 'echarts/charts';
import type { ChartOption } from './echarts-setup';
import type { ReportTable } from './report-table';

export type ReportSection = {
  id: string;
  title: string;
  /** A sentence under the title: what is counted, what the marks mean. */
  note?: string;
  chart?: { option: ChartOption; label: string; height?: number };
  table: ReportTable;
};

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
/** Monday first, as the shop's weeks run (weekdays are 0 = Sunday in the reports). */
export const WEEKDAYS_MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0] as const;

export const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** Minutes as hours with one decimal, for tables and axes (a CSV wants a number, not "3 h 20 m"). */
export const hours = (minutes: number) => Math.round(minutes / 6) / 10;

/** `12 Nov` for a day key. */
export function shortDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** `Mon 12 Nov` */
export function weekdayDay(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
}

/** `Nov 2026` for a `YYYY-MM` month. */
export function monthLabel(month: string): string {
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-15T12:00:00Z`));
}

/** Colours that keep apart for the common colour-vision deficiencies (Okabe–Ito), used in this order. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/** Axis and grid defaults shared by the reports' cartesian charts. */
export const BASE = {
  color: PALETTE,
  // A concrete family (not 'inherit'): ECharts measures label widths with it, so legends do not overlap.
  textStyle: { fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif" },
  grid: { left: 48, right: 64, top: 36, bottom: 44, containLabel: true },
  tooltip: { trigger: 'axis' as const },
} as const;

/** Stripes on the second series of a pair, so the two differ by more than colour. */
export const STRIPES = { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: Math.PI / 4 };

/** One bar per name, laid across (names down the side, first at the top), with the value axis named underneath. */
export function horizontalBars(names: readonly string[], valueName: string, series: BarSeriesOption[], extra: { minInterval?: number } = {}): ChartOption {
  return {
    ...BASE,
    legend: { top: 0 },
    xAxis: { type: 'value', name: valueName, nameLocation: 'middle', nameGap: 26, ...extra },
    yAxis: { type: 'category', data: [...names], inverse: true },
    series,
  };
}
