/** Technicians: utilisation, billable against non-billable time, jobs and first-time fixes. */
import type { TechniciansReport } from '../../../../../shared/reports/types';
import { PALETTE, STRIPES, horizontalBars, hours } from '../report-section';
import type { ReportSection } from '../report-section';

export function technicianSections(r: TechniciansReport): ReportSection[] {
  const names = r.rows.map((t) => t.name);
  const height = Math.max(200, 34 * r.rows.length + 90);
  const t = r.totals;
  return [
    {
      id: 'technicians-utilisation',
      title: 'Utilisation',
      note: `Booked and worked (on site plus travel) against available working hours. All technicians: booked ${t.bookedPercent ?? '–'}%, worked ${t.workedPercent ?? '–'}%.`,
      chart: {
        label: 'Bar chart of booked and worked time in percent of available hours for each technician; the numbers are in the table below.',
        height,
        option: horizontalBars(names, '% of available', [
          { type: 'bar', name: 'Booked %', data: r.rows.map((x) => x.bookedPercent), itemStyle: { color: PALETTE[0] } },
          { type: 'bar', name: 'Worked %', data: r.rows.map((x) => x.workedPercent), itemStyle: { color: PALETTE[1], decal: STRIPES } },
        ]),
      },
      table: {
        title: 'Utilisation by technician',
        columns: [{ label: 'Technician' }, { label: 'Available (h)', numeric: true }, { label: 'Booked (h)', numeric: true }, { label: 'On site (h)', numeric: true }, { label: 'Travel (h)', numeric: true }, { label: 'Booked %', numeric: true }, { label: 'Worked %', numeric: true }],
        rows: r.rows.map((x) => [x.name, hours(x.availableMinutes), hours(x.bookedMinutes), hours(x.onSiteMinutes), hours(x.travelMinutes), x.bookedPercent, x.workedPercent]),
      },
    },
    {
      id: 'technicians-billable',
      title: 'Billable and non-billable time',
      note: 'On-site hours from closed-out visits, split by whether the client’s contract charges for them.',
      chart: {
        label: 'Stacked bar chart of billable and non-billable on-site hours for each technician; the numbers are in the table below.',
        height,
        option: horizontalBars(names, 'Hours', [
          { type: 'bar', name: 'Billable (h)', stack: 'time', data: r.rows.map((x) => hours(x.billableMinutes)), itemStyle: { color: PALETTE[2] } },
          { type: 'bar', name: 'Non-billable (h)', stack: 'time', data: r.rows.map((x) => hours(x.nonBillableMinutes)), itemStyle: { color: PALETTE[3], decal: STRIPES } },
        ]),
      },
      table: {
        title: 'Billable time and jobs by technician',
        columns: [{ label: 'Technician' }, { label: 'Billable (h)', numeric: true }, { label: 'Non-billable (h)', numeric: true }, { label: 'Jobs resolved', numeric: true }, { label: 'First visits', numeric: true }, { label: 'Fixed first time', numeric: true }, { label: 'First-time fix %', numeric: true }],
        rows: r.rows.map((x) => [x.name, hours(x.billableMinutes), hours(x.nonBillableMinutes), x.jobsResolved, x.firstVisits, x.firstTimeFixes, x.firstTimeFixPercent]),
      },
    },
    {
      id: 'technicians-jobs',
      title: 'Jobs and first-time fixes',
      note: `A first-time fix is a job done on its first visit with no follow-up. All technicians: ${t.firstTimeFixPercent ?? '–'}% of ${t.firstVisits} first visits.`,
      chart: {
        label: 'Bar chart of jobs resolved and first-time fixes for each technician; the numbers are in the table above.',
        height,
        option: horizontalBars(names, 'Jobs', [
          { type: 'bar', name: 'Jobs resolved', data: r.rows.map((x) => x.jobsResolved), itemStyle: { color: PALETTE[0] } },
          { type: 'bar', name: 'Fixed first time', data: r.rows.map((x) => x.firstTimeFixes), itemStyle: { color: PALETTE[2], decal: STRIPES } },
          ], { minInterval: 1 }),
      },
      table: {
        title: 'First-time fix rate by technician',
        columns: [{ label: 'Technician' }, { label: 'Jobs resolved', numeric: true }, { label: 'First-time fix %', numeric: true }],
        rows: r.rows.map((x) => [x.name, x.jobsResolved, x.firstTimeFixPercent]),
      },
    },
  ];
}
