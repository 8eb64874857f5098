import { describe, expect, it } from 'vitest';
import { parseStatementRoute, statementHash } from '../../../shared/ipc/statement-route';

describe('statement route', () => {
  it('round-trips a client and period, with the print-window flag', () => {
    const hash = statementHash('c 1', '2026-11-01', '2026-11-30', true);
    expect(hash).toBe('#/statement?client=c%201&from=2026-11-01&to=2026-11-30&print=1');
    expect(parseStatementRoute(hash)).toEqual({ clientId: 'c 1', from: '2026-11-01', to: '2026-11-30', printWindow: true });
    expect(parseStatementRoute(encodeURIComponent(statementHash('c1', '2026-11-01', '2026-11-30')))).toMatchObject({ clientId: 'c1', printWindow: false });
  });

  it('is not a statement without a client, with bad days, or with the period reversed', () => {
    expect(parseStatementRoute('#/statement?from=2026-11-01&to=2026-11-30')).toBeNull();
    expect(parseStatementRoute('#/statement?client=c1&from=2026-11&to=2026-11-30')).toBeNull();
    expect(parseStatementRoute('#/statement?client=c1&from=2026-11-30&to=2026-11-01')).toBeNull();
    expect(parseStatementRoute('#/statements?client=c1&from=2026-11-01&to=2026-11-30')).toBeNull();
    expect(parseStatementRoute('#/run-sheets?day=2026-11-01')).toBeNull();
  });
});
