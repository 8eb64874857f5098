import { afterEach, describe, expect, it } from 'vitest';
import { setBridgeForTesting } from '../../../../renderer/src/api/client';
import { parseCsvText } from '../../../../renderer/src/features/import/csv-reader';
import { prepareImport } from '../../../../renderer/src/features/import/import-model';
import { commitAll, validateAll } from '../../../../renderer/src/features/import/run-import';
import type { Result } from '../../../../shared/ipc/result';

type Call = { channel: string; lines: number[] };

function fakeHost(answer: (call: Call, index: number) => Result<unknown>): Call[] {
  const calls: Call[] = [];
  setBridgeForTesting({
    invoke: async (channel, input) => {
      const call = { channel, lines: (input as { rows: { line: number }[] }).rows.map((r) => r.line) };
      calls.push(call);
      return answer(call, calls.length - 1);
    },
    on: () => () => {},
  });
  return calls;
}

async function bigFile(rows: number) {
  const lines = ['client,title,priority,external_ref', ...Array.from({ length: rows }, (_, i) => `Abbey,Job ${i},P3,R-${i % (rows - 1)}`)];
  return prepareImport('jobs', await parseCsvText(lines.join('\n')));
}

afterEach(() => setBridgeForTesting(null));

describe('validateAll', () => {
  it('checks rows in batches, keeping verdicts found locally (a repeat within the file)', async () => {
    const prepared = await bigFile(2501);
    const calls = fakeHost((call) => ({ ok: true, value: { kind: 'jobs', rows: call.lines.map((line) => ({ line, status: 'ready', issues: [] })) } }));
    const progress: number[] = [];
    const outcomes = await validateAll(prepared, (done) => progress.push(done));
    // The last row repeats R-0 of row 2: judged in the renderer, never sent.
    expect(outcomes.get(2502)).toMatchObject({ status: 'duplicate' });
    expect(calls.map((c) => c.lines.length)).toEqual([1000, 1000, 500]);
    expect(progress).toEqual([1, 1001, 2001, 2501]);
  });

  it('fails with the host error worded for the dispatcher', async () => {
    const prepared = await bigFile(10);
    fakeHost(() => ({ ok: false, error: { code: 'BAD_INPUT', message: 'Invalid input for import:validate: rows: no rows' } }));
    await expect(validateAll(prepared, () => {})).rejects.toThrow(/Checking rows 2–10 failed/);
  });
});

describe('commitAll', () => {
  it('stops at a failed batch and reports the rows not sent', async () => {
    const prepared = await bigFile(2500);
    const calls = fakeHost((call, index) =>
      index === 1
        ? { ok: false, error: { code: 'INTERNAL', message: 'Disk full. The change was not saved.' } }
        : { ok: true, value: { kind: 'jobs', imported: call.lines.map((line) => ({ line, id: `id-${line}`, label: 'x' })), rejected: [], revision: 1 } },
    );
    const result = await commitAll(prepared, prepared.rows, () => {});
    expect(calls).toHaveLength(2);
    expect(result.imported).toHaveLength(1000);
    expect(result.stoppedBy).toContain('Disk full');
    expect(result.notSent).toHaveLength(1500);
  });

  it('stops before the next batch when asked', async () => {
    const prepared = await bigFile(2500);
    let stop = false;
    const calls = fakeHost(() => {
      stop = true;
      return { ok: true, value: { kind: 'jobs', imported: [], rejected: [], revision: 1 } };
    });
    const result = await commitAll(prepared, prepared.rows, () => {}, () => stop);
    expect(calls).toHaveLength(1);
    expect(result.stoppedBy).toBe('You stopped the import.');
    expect(result.notSent).toHaveLength(1500);
  });
});
