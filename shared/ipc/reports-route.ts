/**
 * The Reports view's place in the fragment: `#/reports?report=sla&from=2026-11-09&to=2026-12-06`.
 * Like the run sheets and the statement it lives in the one renderer entry (same CSP, same bridge),
 * so the browser route, Electron's own Reports window and the hidden print window show the same page.
 * `window=1` marks the Electron window (no "back to the console": the console is the other window);
 * `print=1` marks the hidden print window (no toolbar, every chart drawn for paper).
 */
import { ROUTE_DAY, routeParams } from './run-sheet-route';

/** The reports the Reports view offers, in the order of its tabs. */
export const REPORT_KINDS = ['demand', 'sla', 'backlog', 'technicians', 'balance', 'repeats', 'income'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const REPORT_TITLES: Record<ReportKind, string> = {
  demand: 'Demand and peaks',
  sla: 'SLA compliance',
  backlog: 'Backlog',
  technicians: 'Technicians',
  balance: 'Work-life balance',
  repeats: 'Repeat problems',
  income: 'Income',
};

export function isReportKind(value: string): value is ReportKind {
  return (REPORT_KINDS as readonly string[]).includes(value);
}

export type ReportsRoute = {
  report: ReportKind;
  /** Both set, or both null (the view's default range). */
  from: string | null;
  to: string | null;
  ownWindow: boolean;
  printWindow: boolean;
};

const PREFIX = '#/reports';

/** The route in `hash`, or null when it is not the Reports view. Unknown or bad parts fall back to defaults. */
export function parseReportsRoute(hash: string): ReportsRoute | null {
  const params = routeParams(hash, PREFIX);
  if (!params) return null;
  const report = params.get('report') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const range = ROUTE_DAY.test(from) && ROUTE_DAY.test(to) && from <= to;
  return {
    report: isReportKind(report) ? report : 'demand',
    from: range ? from : null,
    to: range ? to : null,
    ownWindow: params.get('window') === '1',
    printWindow: params.get('print') === '1',
  };
}

/** The hash for a report and range (the flags only when set). */
export function reportsHash(route: Partial<ReportsRoute> & { report: ReportKind }): string {
  const parts = [`report=${route.report}`];
  if (route.from && route.to) parts.push(`from=${route.from}`, `to=${route.to}`);
  if (route.ownWindow) parts.push('window=1');
  if (route.printWindow) parts.push('print=1');
  return `${PREFIX}?${parts.join('&')}`;
}
