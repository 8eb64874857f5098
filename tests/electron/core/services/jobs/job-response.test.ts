import { describe, expect, it } from 'vitest';
import { slaClocks } from '../../../../../shared/domain/sla';
import { createHarness, jobInput } from '../../support/harness';

const at = (hhmm: string) => `2026-11-25T${hhmm}:00.000Z`; // London is on UTC in November

describe('the first response', () => {
  it('is not a booking: a scheduled and dispatched job still owes it; going en route records it once', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00') });
    const dispatched = await h.value('jobs:status', { id: job.id, status: 'dispatched' });
    expect(dispatched.respondedAt).toBeNull();
    h.setNow(at('10:40'));
    const enRoute = await h.value('jobs:status', { id: job.id, status: 'en-route' });
    expect(enRoute.respondedAt).toBe(at('10:40'));
    h.setNow(at('11:05'));
    const onSite = await h.value('jobs:status', { id: job.id, status: 'on-site' });
    expect(onSite.respondedAt).toBe(at('10:40'));
  });

  it('jobs:respond records a remote response: one revision, a history line, the response clock stops', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('15:00') });
    expect(slaClocks(h.doc().jobs[0]!, new Date(at('10:10'))).response).not.toBeNull();
    h.setNow(at('10:10'));
    const responded = await h.value('jobs:respond', { id: job.id, how: 'remote-session', expectedRevision: 2 });
    expect(responded).toMatchObject({ respondedAt: at('10:10'), revision: 3, status: 'scheduled' });
    expect(responded.history.at(-1)).toMatchObject({
      at: at('10:10'),
      by: 'dispatcher',
      action: 'responded',
      detail: 'Responded remotely (by remote session); the response clock stopped.',
      revision: 3,
    });
    expect(slaClocks(responded, new Date(at('10:11'))).response).toBeNull();
    expect(h.doc().jobs[0]!.respondedAt).toBe(at('10:10'));
  });

  it('refuses a stale revision and a second response with CONFLICT, changing nothing', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    await h.value('jobs:update', { id: job.id, patch: { notes: 'Called twice' } });
    const stale = await h.refused(() => h.error('jobs:respond', { id: job.id, expectedRevision: 1 }));
    expect(stale.code).toBe('CONFLICT');
    expect(h.doc().jobs[0]).toMatchObject({ respondedAt: null, revision: 2 });
    await h.value('jobs:respond', { id: job.id, expectedRevision: 2 });
    const again = await h.refused(() => h.error('jobs:respond', { id: job.id }));
    expect(again).toMatchObject({ code: 'CONFLICT', message: 'J-1001 needs no response now: it already had one at 10:00 or is no longer open.' });
    expect(h.doc().jobs[0]!.revision).toBe(3);
    expect((await h.refused(() => h.error('jobs:respond', { id: 'nope' }))).code).toBe('NOT_FOUND');
  });
});
