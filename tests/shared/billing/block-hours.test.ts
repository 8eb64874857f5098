import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockBalance, blockEntries, blockLevel, blockStatement } from '../../../shared/billing/block-hours';
import { buildBatch, buildCredit } from '../../../shared/billing/batches';
import { priceVisit } from '../../../shared/billing/visit-pricing';
import type { PricingContext } from '../../../shared/billing/visit-pricing';
import type { BlockTopUp } from '../../../shared/schemas/contract';
import { makeContract, makeJob, makeVisit } from '../../support/factories';

const ctx: PricingContext = {
  timeZone: 'Europe/London',
  tier: { businessHours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' }], holidays: [] },
  taxRateBasisPoints: 2000,
  technicianName: () => 'Sam Patel',
};
const contract = makeContract({ type: 'block-hours' });
const topUp = (day: string, hours: number, note = ''): BlockTopUp => ({ id: `t-${day}`, day, minutes: hours * 60, note, recordedAt: `${day}T09:00:00.000Z` });
const visitOn = (id: string, day: string, minutes: number) =>
  priceVisit(makeJob({ number: `J-${id}` }), makeVisit({ id, arrivedAt: `${day}T10:00:00.000Z`, departedAt: new Date(Date.parse(`${day}T10:00:00.000Z`) + minutes * 60_000).toISOString() }), contract, ctx);
let n = 0;
const newId = () => `id-${++n}`;
const meta = (number: number) => ({ id: `batch-${number}`, number, clientId: 'client-1', clientName: 'Acme', periodFrom: '2026-03-01', periodTo: '2026-03-31', currency: 'GBP', taxRateBasisPoints: 2000, note: '', createdAt: '2026-04-01T09:00:00.000Z' });

describe('block hours', () => {
  it('draws billed and unbilled work from the hours bought, and a credit gives them back', () => {
    const billed = buildBatch([visitOn('a', '2026-03-03', 120)], meta(1), newId);
    const unbilled = [visitOn('b', '2026-03-10', 50)]; // 50 → 60 minutes billable
    const topUps = [topUp('2026-02-20', 10, 'Invoice 1041')];
    const entries = blockEntries('client-1', topUps, [billed], unbilled);
    expect(entries.map((e) => [e.day, e.kind, e.minutes, e.billed])).toEqual([
      ['2026-02-20', 'top-up', 600, true],
      ['2026-03-03', 'drawdown', -120, true],
      ['2026-03-10', 'drawdown', -60, false],
    ]);
    expect(entries[1]?.description).toBe('J-a (B-0001)');
    expect(blockBalance(entries)).toBe(420);

    const credit = buildCredit(billed, { id: 'batch-2', number: 2, note: 'wrong visit', createdAt: '2026-04-02T09:00:00.000Z' }, newId);
    const after = blockEntries('client-1', topUps, [billed, credit], unbilled);
    expect(blockBalance(after)).toBe(540);
    expect(after.find((e) => e.kind === 'credit')?.minutes).toBe(120);
  });

  it('states a month: opening balance, movements in it, closing balance', () => {
    const entries = blockEntries('client-1', [topUp('2026-02-01', 10), topUp('2026-03-15', 5, 'Top-up')], [], [visitOn('a', '2026-02-10', 180), visitOn('b', '2026-03-03', 60), visitOn('c', '2026-04-02', 60)]);
    const march = blockStatement(entries, '2026-03-01', '2026-03-31');
    expect(march).toMatchObject({ openingMinutes: 420, toppedUpMinutes: 300, drawnMinutes: 60, closingMinutes: 660 });
    expect(march.entries.map((e) => e.kind)).toEqual(['drawdown', 'top-up']);
  });

  it('flags low at the threshold of the latest block and negative below zero', () => {
    const bought = [topUp('2026-01-01', 10)];
    expect(blockLevel(121, bought, 20)).toBe('ok');
    expect(blockLevel(120, bought, 20)).toBe('low');
    expect(blockLevel(0, bought, 20)).toBe('low');
    expect(blockLevel(-1, bought, 20)).toBe('negative');
    expect(blockLevel(30, bought, 0)).toBe('ok');
    expect(blockLevel(0, [], 20)).toBe('low');
  });

  it('periods chain: one month closes where the next opens, and the balance is the last closing (property)', () => {
    const day = fc.integer({ min: 0, max: 364 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.array(fc.record({ day, hours: fc.integer({ min: 1, max: 40 }) }), { maxLength: 5 }),
        fc.array(fc.record({ day, minutes: fc.integer({ min: 1, max: 600 }) }), { maxLength: 15 }),
        day,
        (tops, visits, cut) => {
          const entries = blockEntries('client-1', tops.map((t, i) => ({ ...topUp(t.day, t.hours), id: `t${i}` })), [], visits.map((v, i) => visitOn(`v${i}`, v.day, v.minutes)));
          const first = blockStatement(entries, '2026-01-01', cut);
          const nextDay = new Date(Date.parse(`${cut}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
          const second = blockStatement(entries, nextDay, '2026-12-31');
          expect(first.openingMinutes).toBe(0);
          expect(second.openingMinutes).toBe(first.closingMinutes);
          expect(second.closingMinutes).toBe(blockBalance(entries));
          // Nothing drawn is less than the time on site (rounding and after hours only add).
          const raw = visits.filter((v) => v.day <= cut).reduce((s, v) => s + v.minutes, 0);
          expect(first.drawnMinutes).toBeGreaterThanOrEqual(raw);
        },
      ),
    );
  });
});
