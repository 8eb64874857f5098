import { describe, expect, it } from 'vitest';
import { createHarness, fixtureDocument } from '../../support/harness';
import { makeClient, makeContract, makeJob, makeVisit } from '../../../../support/factories';

/**
 * A shop with a time-and-materials client (c3, £90/h, travel at £40/h) with three March visits and
 * one in April, and the block-hours client c2 with one visit.
 */
function billingShop() {
  const doc = fixtureDocument();
  doc.clients.push(makeClient({ id: 'c3', name: 'Abbey Vets', contract: makeContract({ travelBillable: true, travelRateMinor: 4000 }) }));
  const visit = (id: string, day: string, from: string, to: string, extra = {}) =>
    makeVisit({ id, technicianId: 't1', arrivedAt: `${day}T${from}:00.000Z`, departedAt: `${day}T${to}:00.000Z`, travelMinutes: 30, ...extra });
  doc.jobs = [
    makeJob({ id: 'j1', number: 'J-1001', clientId: 'c3', status: 'done', externalRef: 'VET-1', visits: [visit('v1', '2026-03-03', '10:00', '11:05'), visit('v2', '2026-03-10', '17:30', '18:40')] }),
    makeJob({
      id: 'j2',
      number: 'J-1002',
      clientId: 'c3',
      status: 'done',
      visits: [visit('v3', '2026-03-20', '09:00', '09:40', { parts: [{ partId: null, description: 'SSD 1 TB', quantity: 1, unitPriceMinor: 8999 }] }), visit('v4', '2026-04-02', '09:00', '10:00')],
    }),
    makeJob({ id: 'j3', number: 'J-1003', clientId: 'c2', status: 'done', visits: [visit('v5', '2026-03-05', '09:00', '11:00')] }),
  ];
  doc.nextJobNumber = 1004;
  return createHarness({ doc, now: '2026-04-01T09:00:00.000Z' });
}
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

describe('billing', () => {
  it('lists unbilled work by client for a period, with totals', async () => {
    const h = billingShop();
    const overview = await h.value('billing:overview', MARCH);
    expect(overview.clients.map((c) => [c.clientName, c.visits])).toEqual([['Abbey Vets', 3], ['Whitfield & Crane Solicitors', 1]]);
    // v1: 75 min £112.50 + travel £20; v2: 30 min £45 + 45 min at 150 % £101.25 + travel £20; v3: 45 min £67.50 + travel £20 + SSD £89.99.
    const abbey = overview.clients[0]!;
    expect(abbey).toMatchObject({ netMinor: 11250 + 2000 + 4500 + 10125 + 2000 + 6750 + 2000 + 8999, blockMinutes: 0 });
    expect(abbey.taxMinor).toBe(2250 + 400 + 2925 + 400 + 1350 + 400 + 1800);
    expect(overview.clients[1]).toMatchObject({ netMinor: 0, blockMinutes: 120 });
    expect(overview.totals.grossMinor).toBe(overview.totals.netMinor + overview.totals.taxMinor);
    expect(overview).toMatchObject({ currency: 'GBP', taxRateBasisPoints: 2000 });
  });

  it('freezes the chosen visits into a numbered batch and marks them billed in one commit', async () => {
    const h = billingShop();
    const commits = h.store.commits;
    const batch = await h.value('billing:bill', { clientId: 'c3', ...MARCH, visitIds: ['v1', 'v3'], note: 'March' });
    expect(h.store.commits).toBe(commits + 1);
    expect(batch).toMatchObject({ number: 1, kind: 'invoice', clientName: 'Abbey Vets', periodFrom: '2026-03-01', periodTo: '2026-03-31', createdAt: '2026-04-01T09:00:00.000Z' });
    expect(batch.lines.map((l) => [l.jobNumber, l.kind, l.amountMinor])).toEqual([
      ['J-1001', 'labour', 11250],
      ['J-1001', 'travel', 2000],
      ['J-1002', 'labour', 6750],
      ['J-1002', 'travel', 2000],
      ['J-1002', 'part', 8999],
    ]);
    expect(batch.lines[0]).toMatchObject({ technicianName: 'Alex Chen', clientReference: 'VET-1', day: '2026-03-03' });
    const doc = h.doc();
    expect(doc.nextBatchNumber).toBe(2);
    const visits = doc.jobs.flatMap((j) => j.visits.map((v) => [v.id, v.billedBatchId]));
    expect(visits).toEqual([['v1', batch.id], ['v2', null], ['v3', batch.id], ['v4', null], ['v5', null]]);
    expect(doc.jobs.find((j) => j.id === 'j1')).toMatchObject({ revision: 2 });
    expect(doc.jobs.find((j) => j.id === 'j1')?.history.at(-1)).toMatchObject({ action: 'billing', detail: 'Billed in B-0001' });
    expect(h.events.map((e) => e.name)).toEqual(['billing:changed', 'jobs:changed']);
    expect((await h.value('billing:client', { clientId: 'c3', ...MARCH })).unbilled.visits.map((v) => v.visitId)).toEqual(['v2']);
  });

  it('refuses visits already billed, another client\'s or outside the period, and writes nothing', async () => {
    const h = billingShop();
    await h.value('billing:bill', { clientId: 'c3', ...MARCH, visitIds: ['v1'] });
    const again = await h.refused(() => h.error('billing:bill', { clientId: 'c3', ...MARCH, visitIds: ['v1', 'v2'] }));
    expect(again).toMatchObject({ code: 'CONFLICT' });
    expect(again.message).toContain('J-1001 (already in B-0001)');
    const other = await h.refused(() => h.error('billing:bill', { clientId: 'c3', ...MARCH, visitIds: ['v5'] }));
    expect(other.message).toContain("J-1003 (another client's)");
    const april = await h.refused(() => h.error('billing:bill', { clientId: 'c3', ...MARCH, visitIds: ['v4'] }));
    expect(april.message).toContain('J-1002 (outside 2026-03-01 – 2026-03-31)');
    expect((await h.refused(() => h.error('billing:bill', { clientId: 'c3', ...MARCH, visitIds: ['nope'] }))).code).toBe('NOT_FOUND');
    expect((await h.error('billing:bill', { clientId: 'c3', from: '2026-03-31', to: '2026-03-01', visitIds: ['v2'] })).code).toBe('BAD_INPUT');
    expect((await h.error('billing:bill', { clientId: 'c3', ...MARCH, visitIds: [] })).code).toBe('BAD_INPUT');
  });

  it('keeps billed lines as they were when the contract or tax changes later', async () => {
    const h = billingShop();
    const batch = await h.value('billing:bill', { clientId: 'c3', ...MARCH, visitIds: ['v1'] });
    await h.value('clients:update', { id: 'c3', patch: { contract: makeContract({ hourlyRateMinor: 20000 }) } });
    await h.value('settings:set', { billing: { currency: 'GBP', taxRateBasisPoints: 500 } });
    expect(await h.value('billing:batch', { id: batch.id })).toEqual(batch);
    // Unbilled work is priced with today's terms.
    expect((await h.value('billing:client', { clientId: 'c3', ...MARCH })).unbilled.visits[0]?.lines[0]).toMatchObject({ rateMinor: 20000, taxMinor: expect.any(Number) });
  });

  it('corrects a batch with a credit batch that reverses it and releases its visits', async () => {
    const h = billingShop();
    const batch = await h.value('billing:bill', { clientId: 'c3', ...MARCH, visitIds: ['v1', 'v2'] });
    const credit = await h.value('billing:credit', { batchId: batch.id, note: 'Wrong technician times on J-1001' });
    expect(credit).toMatchObject({ number: 2, kind: 'credit', creditOf: batch.id, netMinor: -batch.netMinor, taxMinor: -batch.taxMinor, note: 'Wrong technician times on J-1001' });
    expect(credit.lines.map((l) => l.creditOfLineId)).toEqual(batch.lines.map((l) => l.id));
    expect(h.doc().billingBatches.find((b) => b.id === batch.id)).toMatchObject({ creditedBy: credit.id, lines: batch.lines });
    expect(h.doc().jobs.find((j) => j.id === 'j1')?.visits.map((v) => v.billedBatchId)).toEqual([null, null]);
    // Billed again, correctly, under the next number.
    const rebilled = await h.value('billing:bill', { clientId: 'c3', ...MARCH, visitIds: ['v1', 'v2'] });
    expect(rebilled.number).toBe(3);
    expect((await h.refused(() => h.error('billing:credit', { batchId: batch.id, note: 'again' }))).message).toBe('B-0001 was already credited by B-0002.');
    expect((await h.refused(() => h.error('billing:credit', { batchId: credit.id, note: 'again' }))).code).toBe('CONFLICT');
    expect((await h.error('billing:credit', { batchId: batch.id, note: '' })).code).toBe('BAD_INPUT');
    const statement = await h.value('billing:statement', { clientId: 'c3', ...MARCH });
    expect(statement.batches.map((b) => b.number)).toEqual([1, 2, 3]);
    expect(statement.totals.netMinor).toBe(rebilled.netMinor);
  });

  it('records block-hours top-ups and draws the balance down, flagging low and negative', async () => {
    const h = billingShop();
    expect(await h.value('billing:status', { clientId: 'c2' })).toEqual({ contractType: 'block-hours', block: { balanceMinutes: -120, level: 'negative', warnPercent: 20 } });
    const client = await h.value('billing:topup', { clientId: 'c2', day: '2026-03-01', hours: 2.5, note: 'Invoice 77' });
    expect(client.blockTopUps).toEqual([{ id: expect.any(String), day: '2026-03-01', minutes: 150, note: 'Invoice 77', recordedAt: '2026-04-01T09:00:00.000Z' }]);
    expect((await h.value('billing:status', { clientId: 'c2' })).block).toMatchObject({ balanceMinutes: 30, level: 'low' });
    await h.value('billing:topup', { clientId: 'c2', day: '2026-03-02', hours: 10 });
    expect((await h.value('billing:status', { clientId: 'c2' })).block).toMatchObject({ balanceMinutes: 630, level: 'ok' });
    const billed = await h.value('billing:bill', { clientId: 'c2', ...MARCH, visitIds: ['v5'] });
    expect(billed.lines[0]).toMatchObject({ amountMinor: 0, blockMinutes: 120 });
    const { block } = await h.value('billing:client', { clientId: 'c2', ...MARCH });
    expect(block?.statement).toMatchObject({ openingMinutes: 0, toppedUpMinutes: 750, drawnMinutes: 120, closingMinutes: 630 });
    expect((await h.refused(() => h.error('billing:topup', { clientId: 'c3', day: '2026-03-01', hours: 1 }))).code).toBe('CONFLICT');
    expect((await h.error('billing:topup', { clientId: 'c2', day: '2026-03-01', hours: 1.1 })).code).toBe('BAD_INPUT');
    expect((await h.value('billing:status', { clientId: 'c3' })).block).toBeNull();
  });

  it('will not delete a client with billing batches', async () => {
    const h = billingShop();
    await h.value('billing:bill', { clientId: 'c3', ...MARCH, visitIds: ['v1'] });
    h.store.edit((d) => {
      d.jobs = d.jobs.filter((j) => j.clientId !== 'c3');
      d.sites = d.sites.filter((s) => s.clientId !== 'c3');
    });
    expect((await h.refused(() => h.error('clients:delete', { id: 'c3' }))).message).toBe('Abbey Vets has 1 billing batch, which is kept for the books, so the client cannot be deleted.');
  });
});
