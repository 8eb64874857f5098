import { describe, expect, it } from 'vitest';
import { filterRows, rankByRisk, toQueueRows } from '../../../../renderer/src/features/queue/queue-model';
import { makeDirectory, makeJob } from '../../support/factories';

const now = new Date('2026-11-26T10:00:00Z');

describe('toQueueRows', () => {
  it('joins the client name and the zone of the job site', () => {
    const [row] = toQueueRows([makeJob({ siteId: 'site-2', clientId: 'client-2' })], makeDirectory());
    expect(row).toMatchObject({ clientName: 'Brightside Law', zone: 'South', siteName: 'Chambers', skills: 'printers' });
  });

  it('copes with a missing site and an unloaded directory', () => {
    expect(toQueueRows([makeJob({ siteId: null })], makeDirectory())[0]).toMatchObject({ zone: '', siteName: '' });
    expect(toQueueRows([makeJob()], null)[0]).toMatchObject({ clientName: '', zone: '' });
  });
});

describe('rankByRisk', () => {
  const job = (id: string, priority: 'P1' | 'P2' | 'P3' | 'P4', responseDueAt: string | null) =>
    makeJob({ id, number: `J-${id}`, priority, responseDueAt, resolutionDueAt: null });

  it('puts the least time left first, breached jobs at the top', () => {
    const rows = toQueueRows(
      [
        job('1', 'P4', '2026-11-26T15:00:00Z'),
        job('2', 'P3', '2026-11-26T09:50:00Z'), // overdue 10 m
        job('3', 'P2', '2026-11-26T10:30:00Z'),
      ],
      makeDirectory(),
    );
    expect(rankByRisk(rows, now).map((r) => r.id)).toEqual(['2', '3', '1']);
  });

  it('breaks ties on time left by priority, then job number', () => {
    const due = '2026-11-26T11:00:00Z';
    const rows = toQueueRows([job('3', 'P3', due), job('2', 'P1', due), job('1', 'P3', due)], makeDirectory());
    expect(rankByRisk(rows, now).map((r) => r.id)).toEqual(['2', '1', '3']);
  });

  it('sorts jobs without a running clock last, by priority', () => {
    const rows = toQueueRows(
      [job('1', 'P4', null), job('2', 'P1', null), job('3', 'P4', '2026-11-30T10:00:00Z')],
      makeDirectory(),
    );
    expect(rankByRisk(rows, now).map((r) => r.id)).toEqual(['3', '2', '1']);
  });

  it('orders 10,000 rows quickly', () => {
    const jobs = Array.from({ length: 10_000 }, (_, i) =>
      job(String(i), (['P1', 'P2', 'P3', 'P4'] as const)[i % 4]!, new Date(now.getTime() + ((i * 7919) % 5000) * 60_000).toISOString()),
    );
    const rows = toQueueRows(jobs, makeDirectory());
    const started = performance.now();
    const ranked = rankByRisk(rows, now);
    const elapsed = performance.now() - started;
    console.log(`rankByRisk: 10,000 rows in ${elapsed.toFixed(0)} ms`);
    // Generous for a loaded CI machine; a comparator that recomputed risk per comparison takes seconds.
    expect(elapsed).toBeLessThan(1500);
    expect(ranked.every((row, i) => i === 0 || ranked[i - 1]!.risk <= row.risk)).toBe(true);
  });
});

describe('filterRows', () => {
  const rows = toQueueRows(
    [
      makeJob({ id: 'a', number: 'J-1001', title: 'Printer jams', priority: 'P1' }),
      makeJob({ id: 'b', number: 'J-1002', title: 'VPN drops', siteId: 'site-2', clientId: 'client-2', requiredSkills: ['network'] }),
    ],
    makeDirectory(),
  );

  it('keeps everything (the same array) for an empty query', () => {
    expect(filterRows(rows, '   ')).toBe(rows);
  });

  it('matches every word, case-insensitively, across columns', () => {
    expect(filterRows(rows, 'vpn').map((r) => r.id)).toEqual(['b']);
    expect(filterRows(rows, 'BRIGHTSIDE network').map((r) => r.id)).toEqual(['b']);
    expect(filterRows(rows, 'p1 north').map((r) => r.id)).toEqual(['a']);
    expect(filterRows(rows, 'j-1002').map((r) => r.id)).toEqual(['b']);
    expect(filterRows(rows, 'printer south')).toEqual([]);
  });
});
