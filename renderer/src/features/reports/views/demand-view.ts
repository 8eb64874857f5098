/** Demand and peaks: when jobs come in, the peak days, the busiest hours, next week's forecast. */
import type { DemandReport } from '../../../../../shared/reports/types';
import { BASE, PALETTE, WEEKDAY_NAMES, WEEKDAYS_MONDAY_FIRST, hourLabel, shortDay, weekdayDay } from '../report-section';
import type { ReportSection } from '../report-section';

const HOURS = Array.from({ length: 24 }, (_, h) => h);
const round1 = (n: number) => Math.round(n * 10) / 10;

function heatmap(r: DemandReport): ReportSection {
  // Rows Monday first, top to bottom (ECharts draws the first category at the bottom, so reverse).
  const rows = [...WEEKDAYS_MONDAY_FIRST];
  const max = Math.max(1, ...r.heatmap.flat());
  const data = rows.flatMap((weekday, y) => HOURS.map((hour) => [hour, rows.length - 1 - y, r.heatmap[weekday]?.[hour] ?? 0]));
  return {
    id: 'demand-heatmap',
    title: 'Jobs received by hour and weekday',
    note: `${r.totalReceived} customer jobs received; darker is busier.`,
    chart: {
      label: 'Heatmap of jobs received by hour of day and weekday; the numbers are in the table below.',
      height: 300,
      option: {
        ...BASE,
        tooltip: { position: 'top' },
        grid: { ...BASE.grid, left: 90, bottom: 70 },
        xAxis: { type: 'category', data: HOURS.map(hourLabel), splitArea: { show: true } },
        yAxis: { type: 'category', data: [...rows].reverse().map((d) => WEEKDAY_NAMES[d]), splitArea: { show: true } },
        visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, text: [`${max} jobs`, '0'], inRange: { color: ['#f4f8fc', '#0b4f8a'] } },
        // Counts written in the cells (zeros left blank), so the picture reads without telling shades apart.
        series: [{ type: 'heatmap', name: 'Jobs received', data, label: { show: max <= 99, fontSize: 10, formatter: (p) => (Array.isArray(p.value) && p.value[2] ? String(p.value[2]) : '') } }],
      },
    },
    table: {
      title: 'Jobs received by weekday and hour',
      columns: [{ label: 'Weekday' }, ...HOURS.map((h) => ({ label: hourLabel(h), numeric: true })), { label: 'Total', numeric: true }],
      rows: rows.map((weekday) => {
        const counts = HOURS.map((h) => r.heatmap[weekday]?.[h] ?? 0);
        return [WEEKDAY_NAMES[weekday] as string, ...counts, counts.reduce((a, b) => a + b, 0)];
      }),
    },
  };
}

function perDay(r: DemandReport): ReportSection {
  const marked = new Set(r.days.flatMap((d, i) => (d.peak ? [i] : [])));
  return {
    id: 'demand-days',
    title: 'Jobs per day',
    note: `Mean ${round1(r.meanPerDay)} a day; a peak day has at least ${round1(r.peakThreshold)} (the dashed line) and is marked ▲.`,
    chart: {
      label: `Bar chart of customer jobs received per day with ${marked.size} peak days marked; the numbers are in the table below.`,
      option: {
        ...BASE,
        xAxis: { type: 'category', data: r.days.map((d) => shortDay(d.day)) },
        yAxis: { type: 'value', name: 'Jobs', minInterval: 1 },
        series: [
          {
            type: 'bar',
            name: 'Jobs received',
            // Peak days: another colour and a stripe pattern and a ▲ mark above, so colour is never the only sign.
            data: r.days.map((d) => (d.peak ? { value: d.received, itemStyle: { color: PALETTE[5], decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4 } }, label: { show: true, position: 'top', formatter: '▲' } } : d.received)),
            markLine: { symbol: 'none', lineStyle: { type: 'dashed' }, label: { formatter: 'Peak threshold' }, data: [{ yAxis: round1(r.peakThreshold) }] },
          },
        ],
      },
    },
    table: {
      title: 'Jobs received per day',
      columns: [{ label: 'Day' }, { label: 'Jobs received', numeric: true }],
      rows: r.days.map((d) => [`${weekdayDay(d.day)} (${d.day})`, d.received]),
      marked,
      markLabel: 'Peak day',
    },
  };
}

function busiest(r: DemandReport): ReportSection {
  const f = r.lastFourWeeks;
  return {
    id: 'demand-hours',
    title: 'Busiest hours of the last 4 weeks',
    note: `${shortDay(f.from)} – ${shortDay(f.to)}: jobs received by hour of day; the table lists the ten busiest weekday hours.`,
    chart: {
      label: 'Bar chart of jobs received by hour of day over the last four weeks; the busiest hours are in the table below.',
      height: 240,
      option: {
        ...BASE,
        xAxis: { type: 'category', data: HOURS.map(hourLabel) },
        yAxis: { type: 'value', name: 'Jobs', minInterval: 1 },
        series: [{ type: 'bar', name: 'Jobs received', data: f.byHour }],
      },
    },
    table: {
      title: 'Busiest weekday hours, last 4 weeks',
      columns: [{ label: 'Weekday and hour' }, { label: 'Jobs received', numeric: true }],
      rows: f.busiest.map((b) => [`${WEEKDAY_NAMES[b.weekday]} ${hourLabel(b.hour)}`, b.received]),
    },
  };
}

function forecast(r: DemandReport): ReportSection {
  const f = r.forecast;
  const labels = f.slots.map((s) => `${weekdayDay(s.day)} ${hourLabel(s.hour)}`);
  return {
    id: 'demand-forecast',
    title: 'Next week’s expected load',
    note: `${shortDay(f.from)} – ${shortDay(f.to)}, by hour: the mean of the same weekday and hour over the last ${f.weeks} weeks, with a band of one standard deviation either side.`,
    chart: {
      label: 'Line chart of the jobs expected each hour next week with a shaded band from low to high; the numbers are in the table below.',
      option: {
        ...BASE,
        legend: { top: 0, data: ['Expected', 'Band (low – high)'] },
        xAxis: { type: 'category', data: labels, axisLabel: { interval: 23 } },
        yAxis: { type: 'value', name: 'Jobs per hour' },
        series: [
          // The band: an invisible line at `low` with the band's height stacked on it and filled.
          { type: 'line', name: 'Band low', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, data: f.slots.map((s) => round1(s.low)), tooltip: { show: false } },
          { type: 'line', name: 'Band (low – high)', stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: PALETTE[4], opacity: 0.3 }, data: f.slots.map((s) => round1(s.high - s.low)) },
          { type: 'line', name: 'Expected', symbol: 'none', lineStyle: { width: 2, color: PALETTE[0] }, itemStyle: { color: PALETTE[0] }, data: f.slots.map((s) => round1(s.expected)) },
        ],
      },
    },
    table: {
      title: 'Forecast for next week by hour',
      columns: [{ label: 'Day and hour' }, { label: 'Expected', numeric: true }, { label: 'Low', numeric: true }, { label: 'High', numeric: true }],
      rows: f.slots.map((s, i) => [labels[i] as string, round1(s.expected), round1(s.low), round1(s.high)]),
    },
  };
}

export function demandSections(r: DemandReport): ReportSection[] {
  return [heatmap(r), perDay(r), busiest(r), forecast(r)];
}
