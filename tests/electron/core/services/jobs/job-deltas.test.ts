import { describe, expect, it } from 'vitest';
import type { JobsDelta } from '../../../../../shared/ipc/deltas';
import { publishJobs } from '../../../../../electron/core/services/jobs/job-deltas';
import { createHarness, jobInput } from '../../support/harness';

const deltas = (h: ReturnType<typeof createHarness>): JobsDelta[] =>
  h.events.filter((e) => e.name === 'jobs:changed').map((e) => e.payload as JobsDelta);

describe('publishJobs', () => {
  it('carries each touched job as it is on disk and names the ones that left', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    publishJobs(h.ctx, h.ctx.revision.next(), [job.id, 'gone']);
    const last = deltas(h).at(-1)!;
    expect(last.jobs).toEqual([h.doc().jobs[0]]);
    expect(last.removed).toEqual(['gone']);
  });

  it('numbers a late announcement after newer ones, so deltas always go out in rising order', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    const stale = h.ctx.revision.current();
    await h.value('jobs:update', { id: job.id, patch: { title: 'Later' }, expectedRevision: job.revision });
    publishJobs(h.ctx, stale, [job.id]);
    const numbers = deltas(h).map((d) => [d.previous, d.revision]);
    expect(numbers).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
  });

  it('chains every delta to the one before across services (intake, schedule, archive share the chain)', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: '2026-11-25T11:00:00.000Z', expectedRevision: job.revision });
    const all = deltas(h);
    for (let i = 1; i < all.length; i++) expect(all[i]!.previous).toBe(all[i - 1]!.revision);
    expect(all.at(-1)!.jobs[0]!.assignment?.technicianId).toBe('t1');
  });
});
