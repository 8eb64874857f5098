/**
 * The printable statement's route: `#/statement?client=<id>&from=2026-03-01&to=2026-03-31`. Like the
 * run sheets it lives in the fragment of the one renderer entry (same CSP, same bridge), so Electron's
 * hidden print window and the browser print the same page.
 */
import { routeParams } from './run-sheet-route';

export type StatementRoute = {
  clientId: string;
  from: string;
  to: string;
  /** Loaded by Electron's hidden print window: no toolbar. */
  printWindow: boolean;
};

const PREFIX = '#/statement';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Read the route from `location.hash`, or null when the hash is not a statement route. */
export function parseStatementRoute(hash: string): StatementRoute | null {
  const params = routeParams(hash, PREFIX);
  if (!params) return null;
  const clientId = (params.get('client') ?? '').trim();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (clientId === '' || clientId.length > 64 || !DAY.test(from) || !DAY.test(to) || to < from) return null;
  return { clientId, from, to, printWindow: params.get('print') === '1' };
}

/** The hash for a statement. */
export function statementHash(clientId: string, from: string, to: string, printWindow = false): string {
  const parts = [`client=${encodeURIComponent(clientId)}`, `from=${from}`, `to=${to}`];
  if (printWindow) parts.push('print=1');
  return `${PREFIX}?${parts.join('&')}`;
}
