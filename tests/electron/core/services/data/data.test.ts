import { makeContract } from '../../../../support/factories';
import { describe, expect, it } from 'vitest';
import { emptyDocument, validateDocument } from '../../../../../shared/schemas/document';
import { createHarness, jobInput } from '../../support/harness';

describe('data:status', () => {
  it('reports an empty file, the sample offer and the store status', async () => {
    const h = createHarness({ doc: emptyDocument('Europe/London') });
    expect(await h.value('data:status', {})).toEqual({
      dataFile: '/memory/dispatch.json',
      recovery: null,
      lastWriteError: null,
      empty: true,
      sampleOffered: false,
      revision: 0,
    });
    const full = createHarness();
    expect(await full.value('data:status', {})).toMatchObject({ empty: false, sampleOffered: true });
  });
});

describe('sample:load', () => {
  it('fills an empty file, marks the offer answered and publishes data:reset', async () => {
    const h = createHarness({ doc: emptyDocument('Europe/London') });
    const counts = await h.value('sample:load', {});
    const doc = h.doc();
    // Today's thirty calls after the closed-out week before them and, on Wednesday 25 November, the
    // maintenance visits due within their lead times.
    expect(counts).toEqual({ clients: 5, technicians: 8, jobs: doc.jobs.length });
    expect(doc.jobs.filter((j) => !j.maintenance && j.visits.length === 0 && j.followUpOf === null)).toHaveLength(30);
    expect(doc.jobs.filter((j) => j.maintenance)).toHaveLength(4);
    expect(doc.maintenancePlans).toHaveLength(4);
    expect(doc.parts.length).toBeGreaterThan(0);
    expect(doc.settings.sampleOffered).toBe(true);
    expect(doc.nextJobNumber).toBe(Math.max(...doc.jobs.map((j) => Number(j.number.slice(2)))) + 1);
    expect(validateDocument(doc).ok).toBe(true);
    expect(h.events).toEqual([
      {
        name: 'data:reset',
        payload: expect.objectContaining({ empty: false, sampleOffered: true, revision: 1 }),
        commitsAtPublish: 1,
      },
    ]);
  });

  it('re-checks emptiness inside the mutation (a client added meanwhile wins)', async () => {
    const h = createHarness({ doc: emptyDocument('Europe/London') });
    const mutate = h.store.mutate.bind(h.store);
    h.store.mutate = (fn) => {
      h.store.edit((d) => void d.clients.push({ id: 'x', name: 'Typed in meanwhile', contract: makeContract({ type: 'time-and-materials', hourlyRateMinor: 100 }), blockTopUps: [], slaTier: 'standard', environmentNotes: '' }));
      return mutate(fn);
    };
    expect((await h.error('sample:load', {})).code).toBe('CONFLICT');
    expect(h.doc().clients.map((c) => c.id)).toEqual(['x']);
    expect(h.doc().jobs).toEqual([]);
    expect(h.events).toEqual([]);
  });

  it('refuses a file that already has data with CONFLICT', async () => {
    const h = createHarness();
    const err = await h.refused(() => h.error('sample:load', {}));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/empty data file/);
  });
});

describe('backups', () => {
  it('creates, lists and restores a backup, then publishes data:reset', async () => {
    const h = createHarness();
    const backup = await h.value('backups:create', {});
    expect(backup.kind).toBe('manual');
    expect(await h.value('backups:list', {})).toEqual([backup]);

    await h.value('jobs:create', jobInput());
    expect(h.doc().jobs).toHaveLength(1);
    const status = await h.value('backups:restore', { name: backup.name });
    expect(h.doc().jobs).toHaveLength(0);
    expect(status).toMatchObject({ empty: false, revision: 2 });
    expect(h.events.at(-1)).toEqual({ name: 'data:reset', payload: status, commitsAtPublish: 2 });
  });

  it('refuses an unknown backup with NOT_FOUND and an unusable one with CONFLICT, changing nothing', async () => {
    const h = createHarness();
    expect((await h.refused(() => h.error('backups:restore', { name: 'dispatch-manual-9999.json' }))).code).toBe('NOT_FOUND');
    const broken = h.store.addBackup('manual', '{"schemaVersion":1}');
    const err = await h.refused(() => h.error('backups:restore', { name: broken.name }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/cannot be restored.*Nothing was changed/);
  });

  it('refuses a path instead of a name at the boundary (BAD_INPUT)', async () => {
    const h = createHarness();
    const err = await h.error('backups:restore', { name: '../dispatch.json' });
    expect(err).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'name' }] });
  });
});

describe('a write that fails after the change was applied', () => {
  it('returns INTERNAL, publishes data:reset with the write error, and no jobs:changed', async () => {
    const h = createHarness();
    h.store.failNextWrite = 'ENOSPC: no space left on device';
    const err = await h.error('jobs:create', jobInput());
    expect(err.code).toBe('INTERNAL');
    expect(h.events.map((e) => e.name)).toEqual(['data:reset']);
    expect(h.events[0]?.payload).toMatchObject({ lastWriteError: 'ENOSPC: no space left on device', revision: 1 });
    // The next good write carries it; the revision keeps rising.
    await h.value('jobs:create', jobInput());
    expect(h.events.at(-1)).toMatchObject({ name: 'jobs:changed', payload: { revision: 2 } });
  });
});
