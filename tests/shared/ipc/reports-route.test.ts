import { describe, expect, it } from 'vitest';
import { parseReportsRoute, reportsHash } from '../../../shared/ipc/reports-route';

describe('reports route', () => {
  it('reads the report, the range and the window flags', () => {
    expect(parseReportsRoute('#/reports?report=sla&from=2026-11-09&to=2026-12-06&window=1')).toEqual({ report: 'sla', from: '2026-11-09', to: '2026-12-06', ownWindow: true, printWindow: false });
    expect(parseReportsRoute('#/reports')).toEqual({ report: 'demand', from: null, to: null, ownWindow: false, printWindow: false });
  });

  it('is not the reports route for other fragments', () => {
    expect(parseReportsRoute('')).toBeNull();
    expect(parseReportsRoute('#/statement?client=c1&from=2026-11-01&to=2026-11-30')).toBeNull();
    expect(parseReportsRoute('#/reportsx')).toBeNull();
  });

  it('falls back to the defaults for an unknown report or a bad range, never half a range', () => {
    expect(parseReportsRoute('#/reports?report=payroll')?.report).toBe('demand');
    expect(parseReportsRoute('#/reports?report=sla&from=2026-12-06&to=2026-11-01')).toMatchObject({ report: 'sla', from: null, to: null });
    expect(parseReportsRoute('#/reports?from=2026-11-01')).toMatchObject({ from: null, to: null });
    expect(parseReportsRoute('#/reports?from=2026-11-01&to=tomorrow')).toMatchObject({ from: null, to: null });
  });

  it('round-trips through the hash, also re-encoded by the headless bridge', () => {
    const route = { report: 'balance' as const, from: '2026-01-01', to: '2026-12-06', ownWindow: false, printWindow: true };
    const hash = reportsHash(route);
    expect(hash).toBe('#/reports?report=balance&from=2026-01-01&to=2026-12-06&print=1');
    expect(parseReportsRoute(hash)).toEqual(route);
    expect(parseReportsRoute(encodeURIComponent(hash))).toEqual(route);
  });
});
