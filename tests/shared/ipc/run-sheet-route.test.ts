import { describe, expect, it } from 'vitest';
import { parseRunSheetRoute, runSheetHash } from '../../../shared/ipc/run-sheet-route';

describe('run-sheet route', () => {
  it('round-trips day, technicians and the print-window flag', () => {
    const hash = runSheetHash('2026-11-26', ['t-1', 't-2'], true);
    expect(hash).toBe('#/run-sheets?day=2026-11-26&tech=t-1%2Ct-2&print=1');
    expect(parseRunSheetRoute(hash)).toEqual({ day: '2026-11-26', technicianIds: ['t-1', 't-2'], printWindow: true });
    expect(parseRunSheetRoute(runSheetHash('2026-11-26'))).toEqual({ day: '2026-11-26', technicianIds: [], printWindow: false });
  });

  it('survives the headless bridge re-encoding the fragment after taking the token out', () => {
    // What takeSessionToken leaves of `#/run-sheets?day=…&tech=a,b&token=…`.
    const params = new URLSearchParams('/run-sheets?day=2026-11-26&tech=a,b&token=secret');
    params.delete('token');
    expect(parseRunSheetRoute(`#${params.toString()}`)).toEqual({ day: '2026-11-26', technicianIds: ['a', 'b'], printWindow: false });
  });

  it('is not a route for other fragments or a missing/bad day', () => {
    for (const hash of ['', '#', '#token=x', '#/run-sheetsX?day=2026-11-26', '#/run-sheets', '#/run-sheets?day=26-11-2026', '#%E0%A4%A']) {
      expect(parseRunSheetRoute(hash), hash).toBeNull();
    }
  });
});
