import { describe, expect, it } from 'vitest';
import { dueTimes } from '../../../../../shared/domain/sla';
import { createHarness, jobInput, NOW } from '../../support/harness';

describe('jobs:create', () => {
  it('numbers the job, computes SLA due times from the client tier and priority, and records history', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput({ priority: 'P2' }));

    expect(job).toMatchObject({ id: 'new-1', number: 'J-1001', status: 'new', assignment: null, statusReason: null, receivedAt: NOW });
    const policy = h.doc().slaPolicies.find((p) => p.id === 'standard');
    if (!policy) throw new Error('fixture has no standard tier');
    const due = dueTimes(policy, 'P2', new Date(NOW), 'Europe/London');
    expect(job.responseDueAt).toBe(due.responseDueAt.toISOString());
    expect(job.resolutionDueAt).toBe(due.resolutionDueAt.toISOString());
    expect(job.history).toEqual([{ at: NOW, by: 'dispatcher', action: 'created', detail: 'Created as P2 for Harbour Dental Practice' }]);
    expect(h.doc().nextJobNumber).toBe(1002);
    expect(h.doc().jobs).toHaveLength(1);

    const second = await h.value('jobs:create', jobInput({ clientId: 'c2', siteId: 's2', contactId: 'p2' }));
    expect(second.number).toBe('J-1002');
  });

  it('uses the receivedAt it is given and the priority tier of that client', async () => {
    const h = createHarness();
    const receivedAt = '2026-11-24T16:00:00.000Z';
    const job = await h.value('jobs:create', jobInput({ clientId: 'c2', siteId: null, contactId: null, priority: 'P1', receivedAt }));
    const policy = h.doc().slaPolicies.find((p) => p.id === 'priority');
    if (!policy) throw new Error('fixture has no priority tier');
    expect(job.receivedAt).toBe(receivedAt);
    expect(job.responseDueAt).toBe(dueTimes(policy, 'P1', new Date(receivedAt), 'Europe/London').responseDueAt.toISOString());
  });

  it('publishes jobs:changed with the job, after the write, numbered after the one before', async () => {
    const h = createHarness();
    const a = await h.value('jobs:create', jobInput());
    const b = await h.value('jobs:create', jobInput());
    expect(h.events.map((e) => [e.name, e.payload, e.commitsAtPublish])).toEqual([
      ['jobs:changed', { revision: 1, previous: 0, ids: [a.id], jobs: [a], removed: [] }, 1],
      ['jobs:changed', { revision: 2, previous: 1, ids: [b.id], jobs: [b], removed: [] }, 2],
    ]);
  });

  it('records another actor when the service is called for intake', async () => {
    const h = createHarness();
    const job = await h.services.jobs.create(
      { ...jobInput(), description: '', notes: '', requiredSkills: [] },
      'intake:email',
    );
    expect(job.history[0]?.by).toBe('intake:email');
  });

  it('refuses an unknown client with NOT_FOUND and changes nothing', async () => {
    const h = createHarness();
    const err = await h.refused(() => h.error('jobs:create', jobInput({ clientId: 'gone', siteId: null, contactId: null })));
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toMatch(/client/);
    expect(h.doc().nextJobNumber).toBe(1001);
  });

  it('refuses a site or contact of another client with BAD_INPUT naming the field', async () => {
    const h = createHarness();
    const site = await h.refused(() => h.error('jobs:create', jobInput({ siteId: 's2' })));
    expect(site).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'siteId', message: 'belongs to another client' }] });
    const contact = await h.refused(() => h.error('jobs:create', jobInput({ contactId: 'p2' })));
    expect(contact).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'contactId' }] });
    expect((await h.refused(() => h.error('jobs:create', jobInput({ siteId: 'nope' })))).code).toBe('NOT_FOUND');
  });

  it('refuses a second job for the same external reference with CONFLICT', async () => {
    const h = createHarness();
    const first = await h.value('jobs:create', jobInput({ externalRef: 'TICKET-9' }));
    const err = await h.refused(() => h.error('jobs:create', jobInput({ externalRef: 'TICKET-9' })));
    expect(err).toMatchObject({ code: 'CONFLICT', details: { jobId: first.id } });
    expect(err.message).toContain('J-1001');
  });

  it('skips numbers already taken by imported jobs', async () => {
    const h = createHarness();
    const first = await h.value('jobs:create', jobInput());
    h.store.edit((d) => void (d.nextJobNumber = 1001)); // as if an import had reset the counter
    const next = await h.value('jobs:create', jobInput());
    expect(first.number).toBe('J-1001');
    expect(next.number).toBe('J-1002');
  });
});

describe('jobs:get', () => {
  it('returns the job, or NOT_FOUND', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    expect(await h.value('jobs:get', { id: job.id })).toEqual(job);
    expect((await h.error('jobs:get', { id: 'nope' })).code).toBe('NOT_FOUND');
  });
});

describe('jobs:update', () => {
  it('applies the patch, recomputes due times on a priority change and records what changed', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput({ priority: 'P4' }));
    h.setNow('2026-11-25T11:00:00.000Z');
    const updated = await h.value('jobs:update', { id: job.id, patch: { priority: 'P1', title: 'Whole surgery offline' } });

    const policy = h.doc().slaPolicies.find((p) => p.id === 'standard');
    if (!policy) throw new Error('fixture has no standard tier');
    const due = dueTimes(policy, 'P1', new Date(job.receivedAt), 'Europe/London');
    expect(updated).toMatchObject({ priority: 'P1', title: 'Whole surgery offline', responseDueAt: due.responseDueAt.toISOString() });
    expect(updated.resolutionDueAt).not.toBe(job.resolutionDueAt);
    expect(updated.updatedAt).toBe('2026-11-25T11:00:00.000Z');
    expect(updated.history.at(-1)).toMatchObject({ action: 'edited', detail: 'Priority P4 → P1; Changed title' });
    expect(h.doc().jobs[0]).toEqual(updated);
    expect(h.events.at(-1)).toMatchObject({ name: 'jobs:changed', payload: { ids: [job.id] } });
  });

  it('keeps due times when the priority does not change', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    const updated = await h.value('jobs:update', { id: job.id, patch: { notes: 'Call ahead', siteId: null } });
    expect(updated).toMatchObject({ notes: 'Call ahead', siteId: null, responseDueAt: job.responseDueAt });
  });

  it('writes nothing for a patch that changes nothing', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    const same = await h.unchanged(() => h.value('jobs:update', { id: job.id, patch: { title: job.title } }));
    expect(same).toEqual(job);
  });

  it('refuses unknown jobs (NOT_FOUND) and sites of another client (BAD_INPUT)', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    expect((await h.refused(() => h.error('jobs:update', { id: 'nope', patch: { title: 'x' } }))).code).toBe('NOT_FOUND');
    const err = await h.refused(() => h.error('jobs:update', { id: job.id, patch: { siteId: 's2' } }));
    expect(err.code).toBe('BAD_INPUT');
  });
});

describe('jobs:status', () => {
  async function scheduledJob() {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: '2026-11-25T13:00:00.000Z' });
    return { h, id: job.id };
  }

  it('moves along the field flow with history', async () => {
    const { h, id } = await scheduledJob();
    const dispatched = await h.value('jobs:status', { id, status: 'dispatched' });
    expect(dispatched.status).toBe('dispatched');
    expect(dispatched.history.at(-1)).toMatchObject({ action: 'status', detail: 'scheduled → dispatched', by: 'dispatcher' });
    expect(h.events.at(-1)).toMatchObject({ name: 'jobs:changed', payload: { ids: [id] } });
  });

  it('stores the reason for on-hold and clears it when work resumes', async () => {
    const { h, id } = await scheduledJob();
    // Waiting for parts: the SLA clock keeps running, which the next history line says.
    const held = await h.value('jobs:status', { id, status: 'on-hold', reason: 'Waiting for parts', pauseSla: false });
    expect(held).toMatchObject({ status: 'on-hold', statusReason: 'Waiting for parts' });
    expect(held.history.at(-2)?.detail).toBe('scheduled → on hold: Waiting for parts');
    expect(held.history.at(-1)?.action).toBe('sla-running');
    const resumed = await h.value('jobs:status', { id, status: 'scheduled' });
    expect(resumed).toMatchObject({ status: 'scheduled', statusReason: null });
  });

  it('asks for a reason with BAD_INPUT on the reason field', async () => {
    const { h, id } = await scheduledJob();
    const err = await h.refused(() => h.error('jobs:status', { id, status: 'cancelled' }));
    expect(err).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'reason', message: 'required' }] });
    expect(err.message).toMatch(/reason/i);
  });

  it('refuses a transition the rules do not allow with CONFLICT', async () => {
    const { h, id } = await scheduledJob();
    const skip = await h.refused(() => h.error('jobs:status', { id, status: 'on-site' }));
    expect(skip.code).toBe('CONFLICT');
    expect(skip.message).toMatch(/scheduled/);

    const fresh = await h.value('jobs:create', jobInput());
    const unscheduled = await h.refused(() => h.error('jobs:status', { id: fresh.id, status: 'dispatched' }));
    expect(unscheduled.code).toBe('CONFLICT');
    expect((await h.refused(() => h.error('jobs:status', { id: 'nope', status: 'dispatched' }))).code).toBe('NOT_FOUND');
  });
});
