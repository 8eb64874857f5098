import { describe, expect, it } from 'vitest';
import { createServices } from '../../../../../electron/core/services/index';
import { createHandlers } from '../../../../../electron/core/handlers';
import type { PrintJob, Printer } from '../../../../../electron/core/ports';
import { dispatch } from '../../../../../shared/ipc/dispatch';
import { createHarness, jobInput } from '../../support/harness';
import type { Harness } from '../../support/harness';

const DAY = '2026-11-26';

/** Two jobs for Alex (t1) on Thursday 26 Nov, one for Sam (t2). */
async function bookedShop(h: Harness) {
  const a = await h.value('jobs:create', jobInput({ title: 'Reception PC will not boot', priority: 'P1' }));
  const b = await h.value('jobs:create', jobInput({ title: 'Printer offline', clientId: 'c2', siteId: 's2', contactId: 'p2' }));
  const c = await h.value('jobs:create', jobInput({ title: 'Wi-Fi drops' }));
  await h.value('schedule:assign', { jobId: b.id, technicianId: 't1', start: `${DAY}T13:00:00.000Z` });
  await h.value('schedule:assign', { jobId: a.id, technicianId: 't1', start: `${DAY}T09:00:00.000Z` });
  await h.value('schedule:assign', { jobId: c.id, technicianId: 't2', start: `${DAY}T10:00:00.000Z` });
  return { a, b, c };
}

describe('runsheets:get', () => {
  it('gives each technician with work that day their visits in time order, resolved', async () => {
    const h = createHarness();
    const { a, b } = await bookedShop(h);
    const data = await h.value('runsheets:get', { day: DAY });
    expect(data).toMatchObject({ day: DAY, timeZone: 'Europe/London', paperSize: 'A4', generatedAt: '2026-11-25T10:00:00.000Z' });
    const alex = data.sheets.find((s) => s.technicianId === 't1')!;
    expect(alex).toMatchObject({ technicianName: 'Alex Chen', zone: 'North', shift: '08:00–17:30' });
    expect(alex.visits.map((v) => v.number)).toEqual([a.number, b.number]);
    expect(alex.visits[0]).toMatchObject({
      priorityText: 'P1 – Critical',
      clientName: 'Harbour Dental Practice',
      siteName: 'Main surgery',
      siteAddress: '14 Quay Street',
      accessNotes: 'Key at reception',
      contactName: 'Megan Doyle',
      contactPhone: '01632 960102',
      start: `${DAY}T09:00:00.000Z`,
      end: `${DAY}T10:30:00.000Z`,
    });
    expect(alex.visits[0]!.fingerprint).toMatch(/^v1\|/);
  });

  it('orders sheets by board order (zone, then name) and gives asked-for technicians an empty sheet', async () => {
    const h = createHarness();
    await bookedShop(h);
    const all = await h.value('runsheets:get', { day: DAY });
    expect(all.sheets.map((s) => s.technicianId)).toEqual(['t2', 't1']); // Central before North
    const empty = await h.value('runsheets:get', { day: '2026-11-27', technicianIds: ['t1'] });
    expect(empty.sheets).toEqual([expect.objectContaining({ technicianId: 't1', visits: [] })]);
  });

  it('refuses unknown technicians, bad days and extra fields with clear errors', async () => {
    const h = createHarness();
    expect(await h.error('runsheets:get', { day: DAY, technicianIds: ['nobody'] })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await h.error('runsheets:get', { day: '2026-02-30' })).toMatchObject({ code: 'BAD_INPUT' });
    expect(await h.error('runsheets:get', { day: '2036-11-26' })).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('five years') });
    expect(await h.error('runsheets:get', { day: '2206-11-26' })).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('years 2000 to 2099') });
    expect(await h.error('runsheets:get', { day: DAY, extra: 1 } as never)).toMatchObject({ code: 'BAD_INPUT' });
  });
});

describe('runsheets:printed and runsheets:status', () => {
  it('records what went on paper, announces it, and reports changes until printed again', async () => {
    const h = createHarness();
    const { a, b } = await bookedShop(h);
    const status = await h.value('runsheets:printed', { day: DAY, technicianIds: ['t1'] });
    expect(status.technicians).toEqual([{ technicianId: 't1', printedAt: '2026-11-25T10:00:00.000Z', changes: [] }]);
    expect(h.doc().printRecords).toEqual([
      { technicianId: 't1', day: DAY, printedAt: '2026-11-25T10:00:00.000Z', jobs: [{ jobId: a.id, fingerprint: expect.any(String) }, { jobId: b.id, fingerprint: expect.any(String) }] },
    ]);
    expect(h.events.at(-1)).toMatchObject({ name: 'runsheets:changed', payload: { day: DAY, technicianIds: ['t1'] } });

    await h.value('schedule:move', { jobId: a.id, technicianId: 't1', start: `${DAY}T10:30:00.000Z` });
    const d = await h.value('jobs:create', jobInput({ title: 'New laptop' }));
    await h.value('schedule:assign', { jobId: d.id, technicianId: 't1', start: `${DAY}T15:00:00.000Z` });
    await h.value('schedule:assign', { jobId: b.id, technicianId: 't2', start: `${DAY}T14:00:00.000Z` });
    const stale = await h.value('runsheets:status', { day: DAY });
    expect(stale.technicians[0]!.changes.map((c) => c.text)).toEqual([
      `${a.number} moved 09:00 → 10:30`,
      `${b.number} reassigned to Sam Okoro`,
      `${d.number} added`,
    ]);

    h.setNow('2026-11-25T11:00:00.000Z');
    await h.value('runsheets:printed', { day: DAY, technicianIds: ['t1'] });
    expect(h.doc().printRecords).toHaveLength(1);
    expect((await h.value('runsheets:status', { day: DAY })).technicians).toEqual([
      { technicianId: 't1', printedAt: '2026-11-25T11:00:00.000Z', changes: [] },
    ]);
  });

  it('sees cancellations and edits to what the sheet shows (contact phone, access notes)', async () => {
    const h = createHarness();
    const { a, b, c } = await bookedShop(h);
    await h.value('runsheets:printed', { day: DAY });
    await h.value('jobs:status', { id: b.id, status: 'cancelled', reason: 'Customer fixed it' });
    await h.value('contacts:update', { id: 'p1', patch: { phone: '01632 000000' } });
    const texts = (await h.value('runsheets:status', { day: DAY })).technicians.map((t) => [t.technicianId, t.changes.map((c) => c.text)]);
    expect(texts).toEqual([
      // Sam's job has the same contact.
      ['t2', [`${c.number} details changed`]],
      ['t1', [`${a.number} details changed`, `${b.number} cancelled`]],
    ]);
  });

  it('keeps the latest record per technician and day and prunes those older than 60 days', async () => {
    const h = createHarness();
    await bookedShop(h);
    h.store.mutate((doc) => {
      doc.printRecords.push({ technicianId: 't1', day: '2026-09-01', printedAt: '2026-09-01T07:00:00.000Z', jobs: [] });
      doc.printRecords.push({ technicianId: 't1', day: '2026-10-20', printedAt: '2026-10-20T07:00:00.000Z', jobs: [] });
    });
    await h.value('runsheets:printed', { day: DAY });
    await h.value('runsheets:printed', { day: DAY });
    expect(h.doc().printRecords.map((r) => `${r.technicianId} ${r.day}`).sort()).toEqual(['t1 2026-10-20', 't1 2026-11-26', 't2 2026-11-26']);
  });

  it('drops a deleted technician\'s print records so the data file stays valid', async () => {
    const h = createHarness();
    await h.value('runsheets:printed', { day: DAY, technicianIds: ['t3'] });
    expect(h.doc().printRecords).toHaveLength(1);
    await h.value('technicians:delete', { id: 't3' });
    expect(h.doc().printRecords).toEqual([]);
  });
});

describe('runsheets:print', () => {
  function withPrinter(printer: Printer) {
    const h = createHarness();
    const services = createServices(h.ctx, { app: { version: '0', host: 'electron', dataDir: '/m' }, printer });
    const handlers = createHandlers(services);
    return { h, call: (input: unknown) => dispatch(handlers, 'runsheets:print', input) };
  }

  it('prints through the host printer and records the sheets it printed', async () => {
    const jobs: PrintJob[] = [];
    const { h, call } = withPrinter({ print: async (job) => (jobs.push(job), { outcome: 'saved', filePath: '/tmp/x.pdf' }) });
    await bookedShop(h);
    const result = await call({ day: DAY, mode: 'pdf' });
    expect(result).toEqual({ ok: true, value: { outcome: 'saved', filePath: '/tmp/x.pdf', technicianIds: ['t2', 't1'] } });
    expect(jobs).toEqual([{ day: DAY, technicianIds: ['t2', 't1'], paperSize: 'A4', mode: 'pdf' }]);
    expect(h.doc().printRecords.map((r) => r.technicianId).sort()).toEqual(['t1', 't2']);
  });

  it('records nothing when the dialog is cancelled', async () => {
    const { h, call } = withPrinter({ print: async () => ({ outcome: 'cancelled' }) });
    await bookedShop(h);
    expect(await call({ day: DAY, mode: 'dialog' })).toMatchObject({ ok: true, value: { outcome: 'cancelled' } });
    expect(h.doc().printRecords).toEqual([]);
  });

  it('refuses a day with nobody booked, and the headless host sends the browser to print', async () => {
    const { call } = withPrinter({ print: async () => ({ outcome: 'printed' }) });
    expect(await call({ day: DAY, mode: 'dialog' })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    const h = createHarness();
    await bookedShop(h);
    const refused = await h.error('runsheets:print', { day: DAY, mode: 'dialog' });
    expect(refused).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('print from the browser') });
    expect(h.doc().printRecords).toEqual([]);
  });
});
