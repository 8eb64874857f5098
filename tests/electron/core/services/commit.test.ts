/**
 * A shared store runs a change again when another desk committed first (store-pg/postgres-store.ts):
 * the second run on the fresh state may refuse (a stale revision becomes CONFLICT). That refusal is
 * an answer, not a failed write: nothing is logged as an error and no `data:reset` goes out.
 */
import { describe, expect, it } from 'vitest';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import { validateDocument } from '../../../../shared/schemas/document';
import { MemoryStore } from '../support/memory-store';
import { fixtureDocument, harnessOn, jobInput } from '../support/harness';

/** Runs each change once on the state it knew, then, as if another desk had committed meanwhile, again on the fresh one. */
class RacedStore extends MemoryStore<DispatchDocument> {
  race: ((doc: DispatchDocument) => void) | null = null;
  override async mutate<R>(fn: (doc: DispatchDocument, base: DispatchDocument) => R): Promise<R> {
    const race = this.race;
    this.race = null;
    if (race) {
      const stale = structuredClone(this.read());
      fn(stale, this.read());
      await super.mutate(race);
    }
    return super.mutate(fn);
  }
}

describe('commit on a store that runs a change again', () => {
  it('a refusal on the second run is a CONFLICT answer, not a failed write', async () => {
    const errors: string[] = [];
    const store = new RacedStore(fixtureDocument(), validateDocument);
    const h = harnessOn(store, { log: { info: () => {}, warn: () => {}, error: (message: string) => void errors.push(message) } });
    const job = await h.value('jobs:create', jobInput());
    store.race = (doc) => {
      const other = doc.jobs.find((j) => j.id === job.id)!;
      other.title = 'Changed at the other desk';
      other.revision += 1;
    };
    const eventsBefore = h.events.length;
    const refused = await h.error('jobs:update', { id: job.id, patch: { title: 'Mine' }, expectedRevision: job.revision });
    expect(refused.code).toBe('CONFLICT');
    expect(errors).toEqual([]);
    expect(h.events.slice(eventsBefore).map((e) => e.name)).not.toContain('data:reset');
  });
});
