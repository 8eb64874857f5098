import { describe, expect, it } from 'vitest';
import type { PrintJob, ReportWindows } from '../../../../../electron/core/ports';
import type { ReportKind } from '../../../../../shared/ipc/reports-route';
import { createHarness } from '../../support/harness';

describe('the Reports view in the host', () => {
  it('opens the Reports window through the host’s port, at the report asked for (demand by default)', async () => {
    const opened: ReportKind[] = [];
    const reportWindows: ReportWindows = { open: (report) => void opened.push(report) };
    const h = createHarness({ services: { reportWindows } });
    expect(await h.value('reports:window', { report: 'balance' })).toEqual({ opened: true });
    expect(await h.value('reports:window', {})).toEqual({ opened: true });
    expect(opened).toEqual(['balance', 'demand']);
  });

  it('refuses with FORBIDDEN where there are no windows (the browser shows the route instead)', async () => {
    const h = createHarness();
    expect(await h.error('reports:window', { report: 'sla' })).toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.error('reports:print', { report: 'sla', from: '2026-11-09', to: '2026-12-06', mode: 'dialog' })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('prints the report over its range on the shop’s paper, naming the PDF for both', async () => {
    const jobs: PrintJob[] = [];
    const h = createHarness({ services: { printer: { print: async (job) => (jobs.push(job), { outcome: 'saved', filePath: '/tmp/r.pdf' }) } } });
    expect(await h.value('reports:print', { report: 'income', from: '2026-01-01', to: '2026-12-06', mode: 'pdf' })).toEqual({ outcome: 'saved', filePath: '/tmp/r.pdf' });
    expect(jobs).toEqual([{ report: { kind: 'income', from: '2026-01-01', to: '2026-12-06', fileName: 'report-income-2026-01-01-to-2026-12-06.pdf' }, paperSize: 'A4', mode: 'pdf' }]);
  });

  it('refuses an unknown report, a backwards range and extra fields as BAD_INPUT', async () => {
    const h = createHarness({ services: { reportWindows: { open: () => {} } } });
    expect(await h.error('reports:window', { report: 'payroll' } as never)).toMatchObject({ code: 'BAD_INPUT' });
    expect(await h.error('reports:print', { report: 'sla', from: '2026-12-06', to: '2026-11-01', mode: 'pdf' })).toMatchObject({ code: 'BAD_INPUT' });
    expect(await h.error('reports:print', { report: 'sla', from: '2026-11-01', to: '2026-12-06', mode: 'pdf', path: '/etc' } as never)).toMatchObject({ code: 'BAD_INPUT' });
  });
});
