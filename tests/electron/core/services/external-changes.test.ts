/** Another desk's commits become the same push events as local changes. */
import { describe, expect, it } from 'vitest';
import { publishExternalChange, publishStoreStatus } from '../../../../electron/core/services/external-changes';
import { harnessOn } from '../support/harness';
import { MemoryStore } from '../support/memory-store';
import { fixtureDocument } from '../support/harness';
import { validateDocument } from '../../../../shared/schemas/document';
import { makeJob } from '../../../support/factories';

function setup() {
  const doc = fixtureDocument();
  doc.jobs = [makeJob({ id: 'j1', number: 'J-1001', clientId: 'c1' })];
  const h = harnessOn(new MemoryStore(doc, validateDocument));
  let alerts = 0;
  const hooks = { alertsChanged: () => void (alerts += 1) };
  return { h, hooks, alerts: () => alerts };
}

describe('publishExternalChange', () => {
  it('publishes jobs:changed with the stored jobs and the removed ids', () => {
    const { h, hooks } = setup();
    publishExternalChange(h.ctx, { fields: { jobs: { changed: ['j1'], removed: ['gone'] } }, resync: false }, hooks);
    expect(h.events.map((e) => e.name)).toEqual(['jobs:changed']);
    expect(h.events[0]!.payload).toMatchObject({ ids: ['j1', 'gone'], jobs: [{ id: 'j1', number: 'J-1001' }], removed: ['gone'] });
  });

  it('publishes each kind of event once, in rising revisions, and run sheets per day', () => {
    const { h, hooks, alerts } = setup();
    publishExternalChange(
      h.ctx,
      {
        fields: {
          sites: { changed: ['s1'], removed: [] },
          clients: { changed: ['c1'], removed: [] },
          slaPolicies: { changed: ['standard'], removed: [] },
          calendarFeeds: { changed: ['t1'], removed: [] },
          billingBatches: { changed: ['b1'], removed: [] },
          printRecords: { changed: ['t1/2026-12-07', 't2/2026-12-07'], removed: ['t1/2026-12-08'] },
          alertState: { changed: ['shop'], removed: [] },
        },
        resync: false,
      },
      hooks,
    );
    const names = h.events.map((e) => e.name);
    expect([...names].sort()).toEqual(['billing:changed', 'clients:changed', 'runsheets:changed', 'runsheets:changed', 'settings:changed', 'technicians:changed']);
    const revisions = h.events.map((e) => (e.payload as { revision: number }).revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    expect(new Set(revisions).size).toBe(revisions.length);
    const sheets = h.events.filter((e) => e.name === 'runsheets:changed').map((e) => e.payload);
    expect(sheets).toEqual([expect.objectContaining({ day: '2026-12-07', technicianIds: ['t1', 't2'] }), expect.objectContaining({ day: '2026-12-08', technicianIds: ['t1'] })]);
    expect(alerts()).toBe(1);
  });

  it('asks every view to refetch after a whole reload, and publishes status changes as data:reset', () => {
    const { h, hooks, alerts } = setup();
    publishExternalChange(h.ctx, { fields: {}, resync: true }, hooks);
    publishStoreStatus(h.ctx, { dataFile: 'postgres://db', recovery: null, lastWriteError: null, backend: 'postgres', connection: 'reconnecting' });
    expect(h.events.map((e) => e.name)).toEqual(['data:reset', 'data:reset']);
    expect(h.events[1]!.payload).toMatchObject({ connection: 'reconnecting', backend: 'postgres' });
    expect(alerts()).toBe(1);
  });
});
