/** Repeat problems: sites and clients with many jobs of one category inside a short window. */
import type { RepeatCandidate, RepeatsReport } from '../../../../../shared/reports/types';
import { CATEGORY_LABELS } from '../../new-job/new-job-form';
import { BASE } from '../report-section';
import type { ReportSection } from '../report-section';

/** `Printer at Harbour Dental — Main office` */
export function candidateLabel(c: RepeatCandidate): string {
  return `${CATEGORY_LABELS[c.category]} at ${c.clientName}${c.siteName ? ` — ${c.siteName}` : ''}`;
}

export function repeatsSections(r: RepeatsReport): ReportSection[] {
  return [
    {
      id: 'repeats-categories',
      title: 'Jobs by category',
      chart: {
        label: 'Bar chart of jobs received per category in the range; the numbers are in the table below.',
        height: 240,
        option: {
          ...BASE,
          xAxis: { type: 'category', data: r.byCategory.map((c) => CATEGORY_LABELS[c.category]) },
          yAxis: { type: 'value', name: 'Jobs', minInterval: 1 },
          series: [{ type: 'bar', name: 'Jobs', data: r.byCategory.map((c) => c.jobs) }],
        },
      },
      table: {
        title: 'Jobs received by category',
        columns: [{ label: 'Category' }, { label: 'Jobs', numeric: true }],
        rows: r.byCategory.map((c) => [CATEGORY_LABELS[c.category], c.jobs]),
      },
    },
  ];
}

/** The candidates' table (shown with a "Create a maintenance plan…" action per row, see RepeatsPanel). */
export function candidatesTable(r: RepeatsReport): ReportSection['table'] {
  return {
    title: 'Maintenance plan candidates',
    columns: [{ label: 'Client' }, { label: 'Site' }, { label: 'Category' }, { label: `Most jobs in ${r.windowDays} days`, numeric: true }, { label: 'Window' }, { label: 'Jobs in range', numeric: true }, { label: 'Jobs' }, { label: 'Maintenance plan' }],
    rows: r.candidates.map((c) => [
      c.clientName,
      c.siteName ?? 'All sites',
      CATEGORY_LABELS[c.category],
      c.jobsInWindow,
      `${c.windowFrom} – ${c.windowTo}`,
      c.jobsInRange,
      c.jobNumbers.join(' '),
      c.hasMaintenancePlan ? 'Has a plan' : 'None',
    ]),
  };
}
