/**
 * A real store in a temp folder with the fixture shop and finished jobs of chosen ages, plus the
 * archive service on it: archiving is about files on disk, so these tests use the disk.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrations } from '../../../../../shared/migrations/index';
import { CURRENT_SCHEMA_VERSION, validateDocument } from '../../../../../shared/schemas/document';
import type { DispatchDocument } from '../../../../../shared/schemas/document';
import type { Job } from '../../../../../shared/schemas/job';
import { createEventBus } from '../../../../../electron/core/ports';
import { createRevisionCounter } from '../../../../../electron/core/services/context';
import { createArchiveService, type ArchiveTimers } from '../../../../../electron/core/services/archive/archive';
import { openStore } from '../../../../../electron/core/store/open-store';
import { fixtureDocument, NOW, quietLog } from '../../support/harness';
import { makeJob } from '../../../../support/factories';

const DAY = 24 * 3600_000;

/** A finished job (or an open one) last updated `daysAgo` days before NOW. */
export function finishedJob(n: number, daysAgo: number, overrides: Partial<Job> = {}): Job {
  const at = new Date(Date.parse(NOW) - daysAgo * DAY).toISOString();
  return makeJob({
    id: `job-${n}`,
    number: `J-${1000 + n}`,
    clientId: 'c1',
    title: `Finished job ${n}`,
    status: 'done',
    assignment: { technicianId: 't1', start: at, end: new Date(Date.parse(at) + 3600_000).toISOString() },
    history: [
      { at, by: 'dispatcher', action: 'created', detail: 'Created' },
      { at, by: 'dispatcher', action: 'status', detail: 'on site → done' },
    ],
    createdAt: at,
    updatedAt: at,
    receivedAt: at,
    ...overrides,
  });
}

export async function archiveFixture(jobs: Job[], opts: { batchSize?: number; timers?: ArchiveTimers } = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'dispatch-archive-'));
  const doc: DispatchDocument = { ...fixtureDocument('UTC'), jobs };
  let now = new Date(NOW);
  const clock = { now: () => new Date(now) };
  const store = await openStore<DispatchDocument>({
    dir,
    currentVersion: CURRENT_SCHEMA_VERSION,
    migrations,
    validate: validateDocument,
    empty: () => doc,
    now: () => clock.now(),
    onWarning: () => {},
  });
  const events = createEventBus(quietLog);
  const published: { name: string; ids?: string[] }[] = [];
  events.subscribe((name, payload) => published.push({ name, ids: (payload as { ids?: string[] }).ids ?? [] }));
  const ctx = { store, events, clock, log: quietLog, newId: () => 'x', revision: createRevisionCounter() };
  const archive = createArchiveService(ctx, { dataDir: dir, ...opts });
  return {
    dir,
    archiveDir: join(dir, 'archive'),
    store,
    archive,
    published,
    setNow: (iso: string) => (now = new Date(iso)),
    async close() {
      await archive.stop();
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
