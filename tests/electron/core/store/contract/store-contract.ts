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
    async function desks(loc: ContractLocation): Promise<[Desk, Desk]> {
      const first = await openOn(loc);
      await fill(first, fixtureDocument());
      const second = loc.shared ? await openOn(loc) : first;
      return [harnessOn(first, { idPrefix: 'desk1' }), harnessOn(second, { idPrefix: 'desk2' })];
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
