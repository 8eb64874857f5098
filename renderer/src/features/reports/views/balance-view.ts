/** Work-life balance: overtime and after-hours visits per technician per week against the shop's limit. */
import type { BalanceReport } from '../../../../../shared/reports/types';
import { BASE, PALETTE, hours, shortDay } from '../report-section';
import type { ReportSection } from '../report-section';

export const OVER_MARK = '▲ over';

export function balanceSections(r: BalanceReport): ReportSection[] {
  const limit = hours(r.weeklyLimitMinutes);
  const over = new Set(r.overLimit);
  const overRows = new Set(r.rows.flatMap((row, i) => (over.has(row.technicianId) ? [i] : [])));
  // The legend names technicians over the limit with the mark too, so it reads without colour.
  const seriesName = (row: BalanceReport['rows'][number]) => (over.has(row.technicianId) ? `${row.name} ${OVER_MARK}` : row.name);
  const overNames = r.rows.filter((row) => over.has(row.technicianId)).map((row) => row.name);
  const weekRows = r.rows.flatMap((row) => row.weeks.map((w) => ({ row, w })));
  return [
    {
      id: 'balance-weeks',
      title: 'Overtime per week',
      note:
        `The dashed line is the shop's weekly limit (${limit} h). ` +
        (overNames.length === 0 ? 'Nobody went over it.' : `Over it in at least one week: ${overNames.join(', ')} — their weeks over are striped and marked ▲.`),
      chart: {
        label: `Bar chart of overtime hours per technician per week with the weekly limit of ${limit} hours drawn as a line; ${overNames.length} technicians went over it. The numbers are in the tables below.`,
        height: 320,
        option: {
          ...BASE,
          // A plain legend (not a scrolling one): on paper every technician's name must be there.
          legend: { top: 0 },
          grid: { ...BASE.grid, top: 64 },
          xAxis: { type: 'category', data: r.weeks.map((w) => `w/c ${shortDay(w)}`) },
          yAxis: { type: 'value', name: 'Overtime (h)' },
          series: r.rows.map((row, i) => ({
            type: 'bar' as const,
            name: seriesName(row),
            itemStyle: { color: PALETTE[i % PALETTE.length] },
            data: row.weeks.map((w) =>
              w.over
                ? { value: hours(w.overtimeMinutes), itemStyle: { borderColor: '#000', borderWidth: 2, decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: -Math.PI / 4 } }, label: { show: true, position: 'top' as const, formatter: '▲' } }
                : hours(w.overtimeMinutes),
            ),
            ...(i === 0 ? { markLine: { symbol: 'none', lineStyle: { type: 'dashed' as const, color: '#b00020', width: 2 }, label: { formatter: `Weekly limit ${limit} h` }, data: [{ yAxis: limit }] } } : {}),
          })),
        },
      },
      table: {
        title: 'Overtime and after-hours visits per technician',
        columns: [{ label: 'Technician' }, { label: 'Overtime (h)', numeric: true }, { label: 'After-hours visits', numeric: true }, { label: 'Weeks over the limit', numeric: true }],
        rows: r.rows.map((row) => [row.name, hours(row.totalOvertimeMinutes), row.totalAfterHoursVisits, row.weeksOver]),
        marked: overRows,
        markLabel: 'Over the limit',
      },
    },
    {
      id: 'balance-detail',
      title: 'Week by week',
      table: {
        title: 'Overtime per technician per week',
        columns: [{ label: 'Technician' }, { label: 'Week starting' }, { label: 'Overtime (h)', numeric: true }, { label: 'After-hours visits', numeric: true }],
        rows: weekRows.map(({ row, w }) => [row.name, w.weekStart, hours(w.overtimeMinutes), w.afterHoursVisits]),
        marked: new Set(weekRows.flatMap(({ w }, i) => (w.over ? [i] : []))),
        markLabel: 'Over the limit',
      },
    },
  ];
}
