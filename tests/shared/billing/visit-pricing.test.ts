import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockDraw, labourAmount, priceVisit } from '../../../shared/billing/visit-pricing';
import type { PricingContext } from '../../../shared/billing/visit-pricing';
import { unbilledWork } from '../../../shared/billing/unbilled';
import { makeContract, makeJob, makeVisit } from '../../support/factories';

const ctx: PricingContext = {
  timeZone: 'Europe/London',
  tier: { businessHours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' }], holidays: [] },
  taxRateBasisPoints: 2000,
  technicianName: (id) => (id === 'tech-sam' ? 'Sam Patel' : 'Unknown'),
};
const job = makeJob({ externalRef: 'TKT-88' });

describe('pricing one visit', () => {
  it('time and materials: 65 minutes → 75 billed at £90/h = £112.50 + £22.50 tax', () => {
    const priced = priceVisit(job, makeVisit({ departedAt: '2026-03-03T11:05:00.000Z' }), makeContract(), ctx);
    expect(priced.lines).toEqual([
      expect.objectContaining({ kind: 'labour', minutes: 75, afterHoursMinutes: 0, rateMinor: 9000, amountMinor: 11250, taxMinor: 2250, day: '2026-03-03', jobNumber: 'J-1001', technicianName: 'Sam Patel', clientReference: 'TKT-88', note: '' }),
    ]);
    expect(priced).toMatchObject({ netMinor: 11250, taxMinor: 2250, blockMinutes: 0 });
  });

  it('a short visit pays the minimum charge, and says so', () => {
    const priced = priceVisit(job, makeVisit({ departedAt: '2026-03-03T10:10:00.000Z' }), makeContract({ minimumChargeMinor: 6000 }), ctx);
    expect(priced.lines[0]).toMatchObject({ minutes: 15, amountMinor: 6000, note: 'minimum charge' });
  });

  it('after hours: 17:30–18:40 → 30 min at £90/h and 45 min at 150 % = £45 + £101.25', () => {
    const visit = makeVisit({ arrivedAt: '2026-03-03T17:30:00.000Z', departedAt: '2026-03-03T18:40:00.000Z' });
    const priced = priceVisit(job, visit, makeContract(), ctx);
    expect(priced.lines[0]).toMatchObject({ minutes: 75, afterHoursMinutes: 45, amountMinor: 4500 + 10125, note: '45 min after hours at 150 %' });
  });

  it('prices the worked examples of docs/billing.md across midnight and a weekend', () => {
    const at = (arrivedAt: string, departedAt: string) => priceVisit(job, makeVisit({ arrivedAt, departedAt }), makeContract(), ctx).netMinor;
    expect(at('2026-12-11T23:00:00.000Z', '2026-12-12T01:30:00.000Z')).toBe(33750); // Friday night into Saturday
    expect(at('2026-12-06T23:00:00.000Z', '2026-12-07T09:00:00.000Z')).toBe(121500 + 9000); // Sunday night into Monday
    const christmas = { ...ctx, tier: { ...ctx.tier, holidays: ['2026-12-25'] } };
    expect(priceVisit(job, makeVisit({ arrivedAt: '2026-12-25T10:00:00.000Z', departedAt: '2026-12-25T11:00:00.000Z' }), makeContract(), christmas).netMinor).toBe(13500);
  });

  it('charges travel at its own rate only when the contract says so', () => {
    const visit = makeVisit({ travelMinutes: 25 });
    expect(priceVisit(job, visit, makeContract(), ctx).lines.map((l) => l.kind)).toEqual(['labour']);
    const priced = priceVisit(job, visit, makeContract({ travelBillable: true, travelRateMinor: 4800 }), ctx);
    expect(priced.lines[1]).toMatchObject({ kind: 'travel', minutes: 25, rateMinor: 4800, amountMinor: 2000, taxMinor: 400 });
  });

  it('adds a line per part at its frozen unit price', () => {
    const visit = makeVisit({ parts: [{ partId: 'p1', description: 'Fuser unit', quantity: 1, unitPriceMinor: 14900 }, { partId: null, description: 'Cat6 cable (m)', quantity: 1.5, unitPriceMinor: 333 }] });
    const priced = priceVisit(job, visit, makeContract(), ctx);
    expect(priced.lines.slice(1)).toEqual([
      expect.objectContaining({ kind: 'part', description: 'Fuser unit', quantity: 1, rateMinor: 14900, amountMinor: 14900, taxMinor: 2980 }),
      expect.objectContaining({ kind: 'part', description: 'Cat6 cable (m)', quantity: 1.5, amountMinor: 500, taxMinor: 100 }),
    ]);
    expect(priced.netMinor).toBe(9000 + 14900 + 500);
  });

  it('managed: an included category is listed at no charge (travel too); parts are still charged', () => {
    const contract = makeContract({ type: 'managed', includedCategories: ['printer'], travelBillable: true, travelRateMinor: 4800 });
    const visit = makeVisit({ parts: [{ partId: null, description: 'Toner', quantity: 1, unitPriceMinor: 5000 }] });
    const priced = priceVisit(job, visit, contract, ctx);
    expect(priced.lines.map((l) => [l.kind, l.amountMinor])).toEqual([['labour', 0], ['part', 5000]]);
    expect(priced.lines[0]?.note).toBe('Included in contract (printer)');
    const network = priceVisit({ ...job, category: 'network' }, visit, contract, ctx);
    expect(network.lines.map((l) => [l.kind, l.amountMinor])).toEqual([['labour', 9000], ['travel', 1600], ['part', 5000]]);
  });

  it('block hours: labour draws the block (after hours at its factor) and costs nothing', () => {
    const contract = makeContract({ type: 'block-hours' });
    const visit = makeVisit({ arrivedAt: '2026-03-03T17:00:00.000Z', departedAt: '2026-03-03T19:00:00.000Z' });
    const priced = priceVisit(job, visit, contract, ctx);
    // 60 normal + 60 after hours at 150 % = 150 minutes drawn.
    expect(priced.blockMinutes).toBe(150);
    expect(priced.lines[0]).toMatchObject({ amountMinor: 0, blockMinutes: 150, note: '2 h 30 min drawn from block hours; 1 h after hours at 150 %' });
  });

  it('labour never costs less than the minimum, and more time never costs less (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 100, max: 300 }), (length, rate, minimum, pct) => {
        const contract = makeContract({ hourlyRateMinor: rate, minimumChargeMinor: minimum, afterHoursPercent: pct });
        const at = (m: number) => new Date(Date.parse('2026-03-03T16:00:00Z') + m * 60_000).toISOString();
        const short = priceVisit(job, makeVisit({ arrivedAt: at(0), departedAt: at(length) }), contract, ctx).netMinor;
        const longer = priceVisit(job, makeVisit({ arrivedAt: at(0), departedAt: at(length + 15) }), contract, ctx).netMinor;
        expect(short).toBeGreaterThanOrEqual(minimum);
        expect(longer).toBeGreaterThanOrEqual(short);
      }),
    );
  });

  it('after-hours labour is the normal price scaled by the factor, to the nearest minor unit (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 100, max: 500 }), (minutes, rate, pct) => {
        const all = labourAmount(minutes, minutes, rate, pct);
        expect(Math.abs(all * 6000 - minutes * rate * pct)).toBeLessThanOrEqual(3000);
        expect(labourAmount(minutes, 0, rate, pct)).toBeLessThanOrEqual(all);
        expect(blockDraw(minutes, 0, pct)).toBe(minutes);
      }),
    );
  });
});

describe('unbilled work', () => {
  it('lists the client\'s unbilled visits in the period, oldest first, with totals', () => {
    const jobs = [
      makeJob({ id: 'a', number: 'J-1002', visits: [makeVisit({ id: 'v2', arrivedAt: '2026-03-10T10:00:00.000Z', departedAt: '2026-03-10T10:30:00.000Z' })] }),
      makeJob({
        id: 'b',
        number: 'J-1001',
        visits: [
          makeVisit({ id: 'v1' }),
          makeVisit({ id: 'billed', billedBatchId: 'batch-1' }),
          makeVisit({ id: 'april', arrivedAt: '2026-04-01T10:00:00.000Z', departedAt: '2026-04-01T11:00:00.000Z' }),
        ],
      }),
      makeJob({ id: 'c', number: 'J-1003', clientId: 'someone-else', visits: [makeVisit({ id: 'other' })] }),
    ];
    const work = unbilledWork(jobs, { id: 'client-1', contract: makeContract() }, '2026-03-01', '2026-03-31', ctx);
    expect(work.visits.map((v) => v.visitId)).toEqual(['v1', 'v2']);
    expect(work).toMatchObject({ netMinor: 9000 + 4500, taxMinor: 1800 + 900, grossMinor: 16200 });
  });

  it('takes every visit ever for the widest period (what block-hours balances ask for)', () => {
    const jobs = [makeJob({ visits: [makeVisit({ id: 'early', arrivedAt: '2001-01-01T10:00:00.000Z', departedAt: '2001-01-01T11:00:00.000Z' }), makeVisit({ id: 'late' })] })];
    expect(unbilledWork(jobs, { id: 'client-1', contract: makeContract() }, '0000-01-01', '9999-12-31', ctx).visits.map((v) => v.visitId)).toEqual(['early', 'late']);
  });

  it('reads the period in the shop\'s days: a visit at 00:30 BST on 1 April belongs to April', () => {
    const jobs = [makeJob({ visits: [makeVisit({ arrivedAt: '2026-03-31T23:30:00.000Z', departedAt: '2026-04-01T00:30:00.000Z' })] })];
    expect(unbilledWork(jobs, { id: 'client-1', contract: makeContract() }, '2026-03-01', '2026-03-31', ctx).visits).toEqual([]);
    expect(unbilledWork(jobs, { id: 'client-1', contract: makeContract() }, '2026-04-01', '2026-04-30', ctx).visits).toHaveLength(1);
  });
});
