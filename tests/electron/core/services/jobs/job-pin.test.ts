import { describe, expect, it } from 'vitest';
import { createHarness, jobInput } from '../../support/harness';

const at = (hhmm: string) => `2026-11-25T${hhmm}:00.000Z`;

async function bookedJob() {
  const h = createHarness();
  const job = await h.value('jobs:create', jobInput({ estimateMinutes: 60 }));
  const { job: booked } = await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00') });
  return { h, booked };
}

describe('pin and unpin a booking (jobs:update with pinned)', () => {
  it('pins with a revision check and a history line, and unpins again', async () => {
    const { h, booked } = await bookedJob();
    const pinned = await h.value('jobs:update', { id: booked.id, expectedRevision: booked.revision, patch: { pinned: true } });
    expect(pinned.pinned).toBe(true);
    expect(pinned.revision).toBe(booked.revision + 1);
    expect(pinned.history.at(-1)).toMatchObject({ action: 'edited', detail: 'Pinned in place: the planner will not move it', revision: pinned.revision });
    const stale = await h.refused(() => h.error('jobs:update', { id: booked.id, expectedRevision: booked.revision, patch: { pinned: false } }));
    expect(stale.code).toBe('CONFLICT');
    const unpinned = await h.value('jobs:update', { id: booked.id, expectedRevision: pinned.revision, patch: { pinned: false } });
    expect(unpinned.pinned).toBe(false);
    expect(unpinned.history.at(-1)?.detail).toBe('Unpinned: the planner may move it');
  });

  it('refuses to pin a job that is not booked', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    const err = await h.refused(() => h.error('jobs:update', { id: job.id, patch: { pinned: true } }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/not booked/);
  });

  it('unassigning a pinned job clears the pin and says so', async () => {
    const { h, booked } = await bookedJob();
    const pinned = await h.value('jobs:update', { id: booked.id, patch: { pinned: true } });
    const back = await h.value('schedule:unassign', { jobId: pinned.id, expectedRevision: pinned.revision });
    expect(back.assignment).toBeNull();
    expect(back.pinned).toBe(false);
    expect(back.history.at(-1)?.detail).toMatch(/\(pin removed\)$/);
  });
});
