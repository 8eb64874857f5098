import { describe, expect, it } from 'vitest';
import { deskActor } from '../../../../shared/domain/desk';
import { createHarness, jobInput } from '../support/harness';

describe('a desk on a shared database names itself in history and in refusals', () => {
  it('writes "Sam at desk 2" on every line it adds, and a stale edit from another desk is refused naming Sam', async () => {
    const sam = createHarness({ dispatcher: deskActor({ dispatcher: 'Sam', desk: 'desk 2' }) });
    const job = await sam.value('jobs:create', jobInput());
    const moved = await sam.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: '2026-11-25T11:00:00.000Z' });
    expect(moved.job.history.map((e) => e.by)).toEqual(['Sam at desk 2', 'Sam at desk 2']);

    const refused = await sam.call('jobs:update', { id: job.id, patch: { title: 'Printer jams on every page' }, expectedRevision: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (refused.ok) throw new Error('expected a refusal');
    expect(refused.error.message).toMatch(/by Sam at desk 2 at \d\d:\d\d/);
  });

  it('stays plain "dispatcher" on a single desk', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    expect(job.history[0]?.by).toBe('dispatcher');
  });
});
