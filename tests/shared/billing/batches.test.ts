import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBatch, buildCredit } from '../../../shared/billing/batches';
import { batchCsv, batchFileName, textCell } from '../../../shared/billing/csv';
import { priceVisit } from '../../../shared/billing/visit-pricing';
import type { PricingContext } from '../../../shared/billing/visit-pricing';
import { BillingBatchSchema } from '../../../shared/schemas/billing';
import { makeContract, makeJob, makeVisit } from '../../support/factories';

const ctx: PricingContext = {
  timeZone: 'Europe/London',
  tier: { businessHours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' }], holidays: [] },
  taxRateBasisPoints: 2000,
  technicianName: () => 'Sam Patel',
};
const meta = { id: 'batch-1', number: 7, clientId: 'client-1', clientName: 'Harbour Dental, Ltd', periodFrom: '2026-03-01', periodTo: '2026-03-31', currency: 'GBP', taxRateBasisPoints: 2000, note: '', createdAt: '2026-04-01T09:00:00.000Z' };

function sampleBatch() {
  let n = 0;
  const job = makeJob({ externalRef: '=HYPERLINK("http://x")', title: 'Printer' });
  const visit = makeVisit({ travelMinutes: 30, parts: [{ partId: null, description: 'Toner "XL", black', quantity: 2, unitPriceMinor: 4550 }] });
  const priced = priceVisit(job, visit, makeContract({ travelBillable: true, travelRateMinor: 3000 }), ctx);
  return buildBatch([priced], meta, () => `line-${++n}`);
}

describe('billing batches', () => {
  it('freezes every line with its figures, totals as the sums of the lines', () => {
    const batch = sampleBatch();
    expect(BillingBatchSchema.parse(batch)).toEqual(batch);
    expect(batch.lines.map((l) => [l.kind, l.amountMinor, l.taxMinor])).toEqual([['labour', 9000, 1800], ['travel', 1500, 300], ['part', 9100, 1820]]);
    expect(batch).toMatchObject({ kind: 'invoice', netMinor: 19600, taxMinor: 3920, grossMinor: 23520, creditOf: null, creditedBy: null });
  });

  it('a credit batch reverses each line, pointing at it, and the two sum to nothing (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ minutes: fc.integer({ min: 1, max: 600 }), rate: fc.integer({ min: 0, max: 30_000 }), qty: fc.integer({ min: 1, max: 9 }), price: fc.integer({ min: 0, max: 99_999 }) }), { minLength: 1, maxLength: 8 }), (rows) => {
        let n = 0;
        const priced = rows.map((r, i) =>
          priceVisit(
            makeJob({ number: `J-${i}` }),
            makeVisit({ id: `v${i}`, departedAt: new Date(Date.parse('2026-03-03T10:00:00Z') + r.minutes * 60_000).toISOString(), parts: [{ partId: null, description: 'Part', quantity: r.qty, unitPriceMinor: r.price }] }),
            makeContract({ hourlyRateMinor: r.rate }),
            ctx,
          ),
        );
        const batch = buildBatch(priced, meta, () => `l${++n}`);
        const credit = buildCredit(batch, { id: 'credit-1', number: 8, note: 'wrong rate', createdAt: '2026-04-02T09:00:00.000Z' }, () => `c${++n}`);
        expect(credit.lines.map((l) => l.creditOfLineId)).toEqual(batch.lines.map((l) => l.id));
        expect(batch.netMinor + credit.netMinor).toBe(0);
        expect(batch.taxMinor + credit.taxMinor).toBe(0);
        expect(batch.grossMinor + credit.grossMinor).toBe(0);
        expect(credit).toMatchObject({ kind: 'credit', creditOf: batch.id, clientId: batch.clientId, currency: 'GBP' });
      }),
    );
  });
});

describe('CSV export', () => {
  it('writes one row per line in the documented columns, money as plain decimals', () => {
    const csv = batchCsv(sampleBatch());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows[0]).toBe('Batch,Batch type,Date,Client,Job number,Client reference,Technician,Line type,Description,Minutes,After-hours minutes,Rate,Quantity,Unit price,Net,Tax rate %,Tax,Gross,Currency,Note');
    expect(rows[1]).toBe(`B-0007,Invoice,2026-03-03,"Harbour Dental, Ltd",J-1001,"'=HYPERLINK(""http://x"")",Sam Patel,Labour,Labour: J-1001,60,0,90.00,1,90.00,90.00,20.00,18.00,108.00,GBP,`);
    expect(rows[2]).toBe(`B-0007,Invoice,2026-03-03,"Harbour Dental, Ltd",J-1001,"'=HYPERLINK(""http://x"")",Sam Patel,Travel,Travel: J-1001,30,0,30.00,1,15.00,15.00,20.00,3.00,18.00,GBP,`);
    expect(rows[3]).toBe(`B-0007,Invoice,2026-03-03,"Harbour Dental, Ltd",J-1001,"'=HYPERLINK(""http://x"")",Sam Patel,Part,"Toner ""XL"", black",0,0,45.50,2,45.50,91.00,20.00,18.20,109.20,GBP,`);
    expect(rows[4]).toBe('');
  });

  it('writes a credit with negative quantities and amounts that still multiply out', () => {
    const batch = sampleBatch();
    const credit = buildCredit(batch, { id: 'c', number: 8, note: '', createdAt: '2026-04-02T09:00:00.000Z' }, () => 'x');
    const rows = batchCsv(credit).slice(1).split('\r\n');
    expect(rows[1]).toContain('B-0008,Credit,');
    expect(rows[1]).toContain(',Labour,Labour: J-1001,-60,0,90.00,-1,90.00,-90.00,20.00,-18.00,-108.00,GBP,');
    expect(rows[3]).toContain(',Part,"Toner ""XL"", black",0,0,45.50,-2,45.50,-91.00,');
  });

  it('defuses every cell a spreadsheet would run as a formula', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(textCell(bad).replace(/^"/, '')).toMatch(/^'/);
    expect(textCell('Harbour')).toBe('Harbour');
    expect(textCell('a\nb')).toBe('"a\nb"');
    expect(batchFileName(sampleBatch(), 'csv')).toBe('dispatch-B-0007-harbour-dental-ltd.csv');
  });
});
