import { describe, expect, it } from 'vitest';
import { incomeReport } from '../../../shared/reports/income';
import { shopClock } from '../../../shared/reports/shop-clock';
import type { BillingBatch } from '../../../shared/schemas/billing';

const clock = shopClock('Europe/London');

function batch(id: string, createdAt: string, netMinor: number, clientId = 'c1', kind: 'invoice' | 'credit' = 'invoice'): BillingBatch {
  return { id, number: 1, kind, clientId, clientName: clientId === 'c1' ? 'Client One' : 'Client Two', periodFrom: '2026-10-01', periodTo: '2026-10-31', currency: 'GBP', taxRateBasisPoints: 2000, lines: [], netMinor, taxMinor: 0, grossMinor: netMinor, creditOf: null, creditedBy: null, note: '', createdAt };
}

describe('income', () => {
  const r = incomeReport({ from: '2026-10-01', to: '2026-11-30' }, clock, {
    currency: 'GBP',
    batches: [
      batch('b1', '2026-10-31T23:30:00Z', 10_000), // 23:30 GMT: still October
      batch('b2', '2026-11-01T00:30:00Z', -4_000, 'c1', 'credit'),
      batch('b3', '2026-09-30T23:30:00Z', 7_000, 'c2'), // 00:30 BST on 1 October
      batch('b4', '2026-09-30T22:30:00Z', 9_999, 'c2'), // 23:30 BST on 30 September: outside
    ],
    unbilled: [{ clientId: 'c2', clientName: 'Client Two', contractType: 'block-hours', visits: [{ day: '2026-10-15', netMinor: 2_500 }, { day: '2026-12-01', netMinor: 999 }] }],
    blockHours: [{ clientId: 'c2', clientName: 'Client Two', balanceMinutes: -30, level: 'negative', toppedUpMinutes: 600, drawnMinutes: 630 }],
    contractOf: (id) => (id === 'c1' ? 'time-and-materials' : 'block-hours'),
  });

  it('puts batches in the shop month they were created, credits taking theirs off', () => {
    expect(r.months).toEqual([
      { month: '2026-10', billedNetMinor: 17_000, unbilledNetMinor: 2_500 },
      { month: '2026-11', billedNetMinor: -4_000, unbilledNetMinor: 0 },
    ]);
    expect(r.totals).toEqual({ billedNetMinor: 13_000, unbilledNetMinor: 2_500 });
  });

  it('sums per client, largest first', () => {
    expect(r.clients).toEqual([
      { clientId: 'c2', clientName: 'Client Two', contractType: 'block-hours', billedNetMinor: 7_000, unbilledNetMinor: 2_500, unbilledVisits: 1 },
      { clientId: 'c1', clientName: 'Client One', contractType: 'time-and-materials', billedNetMinor: 6_000, unbilledNetMinor: 0, unbilledVisits: 0 },
    ]);
    expect(r.hasBillingData).toBe(true);
    expect(r.blockHours[0]).toMatchObject({ clientId: 'c2', balanceMinutes: -30, level: 'negative' });
  });

  it('says when there is no billing data at all', () => {
    const none = incomeReport({ from: '2026-10-01', to: '2026-10-31' }, clock, { currency: 'GBP', batches: [], unbilled: [], blockHours: [], contractOf: () => null });
    expect(none.hasBillingData).toBe(false);
    expect(none.months).toEqual([{ month: '2026-10', billedNetMinor: 0, unbilledNetMinor: 0 }]);
  });
});
