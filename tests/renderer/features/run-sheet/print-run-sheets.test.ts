import { afterEach, describe, expect, it } from 'vitest';
import { setBridgeForTesting } from '../../../../renderer/src/api/client';
import { printRunSheets } from '../../../../renderer/src/features/run-sheet/print-run-sheets';
import type { Result } from '../../../../shared/ipc/result';
import type { RunSheet } from '../../../../shared/ipc/outputs';

const sheet = (technicianId: string): RunSheet => ({ technicianId, technicianName: technicianId, zone: '', shift: '', visits: [] });

function fakeBridge(answers: Record<string, Result<unknown>>) {
  const calls: Array<[string, unknown]> = [];
  setBridgeForTesting({
    invoke: async (channel: string, input: unknown) => {
      calls.push([channel, input]);
      return answers[channel] ?? { ok: false, error: { code: 'INTERNAL', message: 'no answer' } };
    },
    on: () => () => {},
  });
  return calls;
}

afterEach(() => setBridgeForTesting(null));

describe('printRunSheets', () => {
  it('lets Electron print natively and records nothing itself', async () => {
    const calls = fakeBridge({ 'runsheets:print': { ok: true, value: { outcome: 'printed', technicianIds: ['a', 'b'] } } });
    let browserPrinted = false;
    const message = await printRunSheets({ day: '2026-11-26', technicianIds: [], sheets: [sheet('a'), sheet('b')], mode: 'dialog' }, () => (browserPrinted = true));
    expect(message).toEqual({ tone: 'info', text: 'Sent 2 run sheets to the printer.' });
    expect(calls).toEqual([['runsheets:print', { day: '2026-11-26', mode: 'dialog' }]]);
    expect(browserPrinted).toBe(false);
  });

  it('falls back to the browser print when the host refuses, then records the sheets shown', async () => {
    const calls = fakeBridge({
      'runsheets:print': { ok: false, error: { code: 'FORBIDDEN', message: 'print from the browser' } },
      'runsheets:printed': { ok: true, value: { day: '2026-11-26', technicians: [], revision: 3 } },
    });
    const order: string[] = [];
    const message = await printRunSheets({ day: '2026-11-26', technicianIds: ['a'], sheets: [sheet('a')], mode: 'dialog' }, () => order.push('print'));
    expect(order).toEqual(['print']);
    expect(calls.map(([c]) => c)).toEqual(['runsheets:print', 'runsheets:printed']);
    expect(calls[1]![1]).toEqual({ day: '2026-11-26', technicianIds: ['a'] });
    expect(message.text).toMatch(/^Recorded 1 run sheet as printed/);
  });

  it('reports other refusals and never prints then', async () => {
    fakeBridge({ 'runsheets:print': { ok: false, error: { code: 'BAD_INPUT', message: 'Nobody has visits booked on 2026-11-26.' } } });
    let printed = false;
    const message = await printRunSheets({ day: '2026-11-26', technicianIds: [], sheets: [], mode: 'pdf' }, () => (printed = true));
    expect(message.tone).toBe('error');
    expect(message.text).toContain('Nobody has visits booked');
    expect(printed).toBe(false);
  });

  it('says where a PDF was saved, and that a cancelled dialog recorded nothing', async () => {
    fakeBridge({ 'runsheets:print': { ok: true, value: { outcome: 'saved', filePath: '/d/run.pdf', technicianIds: ['a'] } } });
    expect((await printRunSheets({ day: '2026-11-26', technicianIds: [], sheets: [sheet('a')], mode: 'pdf' })).text).toBe('Saved 1 run sheet as /d/run.pdf.');
    fakeBridge({ 'runsheets:print': { ok: true, value: { outcome: 'cancelled', technicianIds: ['a'] } } });
    expect((await printRunSheets({ day: '2026-11-26', technicianIds: [], sheets: [sheet('a')], mode: 'dialog' })).text).toContain('nothing was recorded');
  });
});
