/**
 * The store contract: one set of tests every implementation of `Store<DispatchDocument>` passes
 * (the data file and the shared PostgreSQL database). The services run on the store under test
 * through the real handlers, so "revision checks", "numbering" and "exactly once" are the app's own
 * rules, not test doubles. Where the store is shared, the concurrency tests race two stores opened
 * on the same database (two desks); the data file has one writer, so they race calls on one store.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, validateDocument, type DispatchDocument } from '../../../../../shared/schemas/document';
import type { Store } from '../../../../../electron/core/store/types';
import { fixtureDocument, harnessOn, jobInput } from '../../support/harness';
import { makeJob, makeMaintenancePlan } from '../../../../support/factories';
import type { ArchiveStorage } from '../../../../../electron/core/archive/archive-files';

/** One place data lives (a data folder, a database), where stores are opened. */
type Desk = ReturnType<typeof harnessOn>;

export type ContractLocation = {
  /** Open a store on it (the first open creates the empty document). */
  open(): Promise<Store<DispatchDocument>>;
  /** Several stores may be open on it at once (desks sharing a database). */
  shared: boolean;
  /** Put a document of an older format there, as an older version of the app left it (before any open). */
  seedOld(raw: { schemaVersion: number }): Promise<void>;
  /** Remove it (after every store on it is closed). */
  cleanup(): Promise<void>;
  /** Where a store opened here keeps archived jobs. */
  archive(store: Store<DispatchDocument>): ArchiveStorage;
};

export type ContractTarget = {
  name: string;
  /** A new, empty location; null when this target cannot run here (it said why). */
  fresh(): Promise<ContractLocation>;
};

export const v5Fixture = (): { schemaVersion: number } =>
  JSON.parse(readFileSync(new URL('../../../../fixtures/migrations/v5-dispatch.json', import.meta.url), 'utf8')) as { schemaVersion: number };

/** Replace everything in the document with `doc` (as the sample shop and imports do: one mutation). */
export function fill(store: Store<DispatchDocument>, doc: DispatchDocument): Promise<void> {
  return store.mutate((draft) => {
    Object.assign(draft, structuredClone(doc));
  });
}

export function describeStoreContract(target: ContractTarget): void {
  describe(`store contract: ${target.name}`, () => {
    const open: Array<Store<DispatchDocument>> = [];
    let location: ContractLocation | null = null;

    async function start(): Promise<ContractLocation> {
      location = await target.fresh();
      return location;
    }
    async function openOn(loc: ContractLocation): Promise<Store<DispatchDocument>> {
      const store = await loc.open();
      open.push(store);
      return store;
    }
    /** Two desks on the location: two stores when shared, else the same one twice. */
    async function desks(loc: ContractLocation, doc = fixtureDocument()): Promise<[Desk, Desk]> {
      const first = await openOn(loc);
      await fill(first, doc);
      const second = loc.shared ? await openOn(loc) : first;
      return [
        harnessOn(first, { idPrefix: 'desk1', services: { archive: loc.archive(first) } }),
        harnessOn(second, { idPrefix: 'desk2', services: { archive: loc.archive(second) } }),
      ];
    }
    async function close(store: Store<DispatchDocument>): Promise<void> {
      open.splice(open.indexOf(store), 1);
      await store.close();
    }

    afterEach(async () => {
      for (const store of open.splice(0)) await store.close().catch(() => undefined);
      await location?.cleanup();
      location = null;
    });

    it('opens a new location with an empty document of the current format', async () => {
      const store = await openOn(await start());
      const doc = store.read();
      expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(doc.jobs).toEqual([]);
      expect(doc.nextJobNumber).toBe(1001);
      expect(validateDocument(doc).ok).toBe(true);
    });

    it('keeps every committed change: a store opened afterwards reads the same document', async () => {
      const loc = await start();
      const store = await openOn(loc);
      await fill(store, fixtureDocument());
      const h = harnessOn(store);
      const job = await h.value('jobs:create', jobInput({ externalRef: 'TICKET-1' }));
      await h.value('jobs:update', { id: job.id, expectedRevision: 1, patch: { title: 'Reception PC still will not boot' } });
      // Lists keep their order (the board's technician order) even when a record in them changes.
      await store.mutate((doc) => void (doc.technicians[0]!.name = 'Alex Chen-Morgan'));
      const expected = structuredClone(store.read());
      await close(store);
      const again = await openOn(loc);
      expect(again.read()).toEqual(expected);
      expect(again.read().jobs[0]?.history.map((e) => e.action)).toEqual(['created', 'edited']);
    });

    it('shows a change in read() only once mutate resolved, and keeps nothing of a change that throws', async () => {
      const store = await openOn(await start());
      await fill(store, fixtureDocument());
      const before = store.read();
      const pending = store.mutate((doc) => {
        doc.technicians[0]!.name = 'Alex Chen-Morgan';
      });
      await pending;
      expect(store.read().technicians[0]!.name).toBe('Alex Chen-Morgan');
      const snapshot = store.read();
      await expect(
        store.mutate((doc) => {
          doc.technicians[0]!.name = 'Half-done';
          throw new Error('refused');
        }),
      ).rejects.toThrow('refused');
      expect(store.read()).toBe(snapshot);
      expect(before.technicians[0]!.name).toBe('Alex Chen');
    });

    it('refuses a change made from a stale revision with CONFLICT naming who changed the job', async () => {
      const [one, two] = await desks(await start());
      const job = await one.value('jobs:create', jobInput());
      // The second desk sees the job (a shared store catches up through its notifications).
      await expect.poll(() => two.store.read().jobs.length, { timeout: 5_000 }).toBe(1);
      await one.value('jobs:update', { id: job.id, expectedRevision: 1, patch: { priority: 'P1' } }, );
      const error = await two.error('jobs:update', { id: job.id, expectedRevision: 1, patch: { title: 'Stale desk edit' } });
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(`${job.number} was changed since you last saw it`);
      expect(error.message).toContain('by dispatcher');
      const final = two.store.read().jobs.find((j) => j.id === job.id)!;
      expect(final.title).toBe(job.title);
      expect(final.priority).toBe('P1');
      expect(final.revision).toBe(2);
    });

    it('numbers jobs created at once from both desks without gaps or duplicates', async () => {
      const [one, two] = await desks(await start());
      const creations = Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? one : two).value('jobs:create', jobInput({ title: `Call number ${i}` })));
      const jobs = await Promise.all(creations);
      const numbers = jobs.map((j) => Number(j.number.slice(2))).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => 1001 + i));
      await expect.poll(() => one.store.read().jobs.length, { timeout: 5_000 }).toBe(30);
      await expect.poll(() => two.store.read().jobs.length, { timeout: 5_000 }).toBe(30);
      expect(one.store.read().nextJobNumber).toBe(1031);
    });

    it('creates a job for an external reference exactly once, whichever desk the copies reach', async () => {
      const [one, two] = await desks(await start());
      const sends = Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? one : two).call('jobs:create', jobInput({ externalRef: 'PSA-77' })));
      const results = await Promise.all(sends);
      const created = results.filter((r) => r.ok);
      expect(created).toHaveLength(1);
      for (const r of results) if (!r.ok) expect(r.error.code).toBe('CONFLICT');
      await expect.poll(() => two.store.read().jobs.filter((j) => j.externalRef === 'PSA-77').length, { timeout: 5_000 }).toBe(1);
      expect(one.store.read().jobs.filter((j) => j.externalRef === 'PSA-77')).toHaveLength(1);
    });

    it('archives finished jobs by month, where search, detail and month queries find them from either desk', async () => {
      const doc = fixtureDocument();
      const finished = (id: string, number: string, at: string) =>
        makeJob({ id, number, clientId: 'c1', status: 'done', title: `Finished ${number}`, updatedAt: at, history: [{ at, by: 'dispatcher', action: 'status', detail: 'on-site → done' }] });
      doc.jobs = [finished('old-1', 'J-900', '2026-09-10T10:00:00.000Z'), finished('old-2', 'J-901', '2026-10-02T10:00:00.000Z'), makeJob({ id: 'open-1', number: 'J-902', clientId: 'c1' })];
      doc.nextJobNumber = 903;
      const [one, two] = await desks(await start(), doc);
      const run = await one.services.archive.run();
      expect(run.moved).toBe(2);
      expect(one.store.read().jobs.map((j) => j.id)).toEqual(['open-1']);
      await expect.poll(() => two.store.read().jobs.map((j) => j.id), { timeout: 5_000 }).toEqual(['open-1']);
      for (const desk of [one, two]) {
        const found = await desk.value('archive:search', { query: 'J-901', limit: 10 });
        expect(found.hits.map((h) => h.number)).toEqual(['J-901']);
        const detail = await desk.value('archive:get', { id: 'old-1' });
        expect(detail).toMatchObject({ month: '2026-09', clientName: 'Harbour Dental Practice', job: { number: 'J-900' } });
        expect((await desk.services.archive.finishedIn(['2026-10'])).map((j) => j.id)).toEqual(['old-2']);
      }
      const storage = location!.archive(one.store);
      expect(await storage.months()).toEqual(['2026-10', '2026-09']);
      // A second run finds nothing left to move and leaves one copy of each.
      expect((await two.services.archive.run()).moved).toBe(0);
      const september = await storage.read('2026-09', true);
      expect(september.ok && september.file.entries.map((e) => e.job.id)).toEqual(['old-1']);
      if (!location!.shared) return;
      // Desk 2 has October indexed; desk 1 archives one more job into October: desk 2 finds it.
      await one.store.mutate((d) => void d.jobs.push(finished('old-3', 'J-903', '2026-10-20T10:00:00.000Z')));
      expect((await one.services.archive.run()).moved).toBe(1);
      const found = await two.value('archive:search', { query: 'finished', limit: 10 });
      expect(found.hits.map((h) => h.number)).toEqual(['J-903', 'J-901', 'J-900']);
    });

    it('makes each maintenance occurrence into one job when both desks generate at once', async () => {
      const doc = fixtureDocument();
      doc.maintenancePlans = [makeMaintenancePlan({ id: 'plan-1', clientId: 'c1', rule: 'FREQ=WEEKLY;BYDAY=TU', startDay: '2026-11-01' })];
      const [one, two] = await desks(await start(), doc);
      const manual = { every: () => () => undefined };
      const made = await Promise.all([one.services.maintenance.start(manual), two.services.maintenance.start(manual)]);
      await Promise.all([one.services.maintenance.stop(), two.services.maintenance.stop()]);
      const keys = one.store.read().jobs.map((j) => `${j.maintenance?.planId}/${j.maintenance?.occurrenceDate}`);
      expect(keys.length).toBeGreaterThan(0);
      expect(new Set(keys).size).toBe(keys.length);
      expect(made[0] + made[1]).toBe(keys.length);
      await expect.poll(() => two.store.read().jobs.length, { timeout: 5_000 }).toBe(keys.length);
    });

    it('migrates a document of an older format at open and validates it', async () => {
      const loc = await start();
      const old = v5Fixture();
      await loc.seedOld(old);
      const store = await openOn(loc);
      const doc = store.read();
      expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(doc.jobs).toHaveLength((old as unknown as { jobs: unknown[] }).jobs.length);
      expect(doc.jobs.every((j) => j.pinned === false)).toBe(true);
      expect(validateDocument(doc).ok).toBe(true);
      await close(store);
      // Written back in the new format: opening again finds nothing to migrate and the same records.
      const again = await openOn(loc);
      expect(again.read()).toEqual(doc);
    });
  });
}
