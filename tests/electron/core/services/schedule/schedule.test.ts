import { describe, expect, it } from 'vitest';
import type { Conflict } from '../../../../../shared/domain/conflict-types';
import { createHarness, jobInput } from '../../support/harness';
import type { Harness } from '../../support/harness';

const at = (hhmm: string, day = '2026-11-25') => `${day}T${hhmm}:00.000Z`; // London is on UTC in November

async function newJob(h: Harness, estimateMinutes = 90) {
  return h.value('jobs:create', jobInput({ estimateMinutes }));
}

describe('schedule:assign', () => {
  it('books start + estimate, sets scheduled and records "Assigned to …"', async () => {
    const h = createHarness();
    const job = await newJob(h);
    const { job: booked, conflicts } = await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00') });

    expect(conflicts).toEqual([]);
    expect(booked.status).toBe('scheduled');
    expect(booked.assignment).toEqual({ technicianId: 't1', start: at('11:00'), end: at('12:30') });
    expect(booked.history.at(-1)).toMatchObject({ action: 'assigned', by: 'dispatcher', detail: 'Assigned to Alex Chen 11:00–12:30 (Wed 25 Nov)' });
    expect(h.doc().jobs[0]).toEqual(booked);
    expect(h.events.at(-1)).toMatchObject({ name: 'jobs:changed', payload: { revision: 2, ids: [job.id] }, commitsAtPublish: 2 });
  });

  it('uses the end it is given', async () => {
    const h = createHarness();
    const job = await newJob(h);
    const { job: booked } = await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00'), end: at('11:30') });
    expect(booked.assignment?.end).toBe(at('11:30'));
  });

  it('under the warn policy books an overlap, returns the conflicts and keeps the override reason', async () => {
    const h = createHarness();
    const first = await newJob(h);
    const second = await newJob(h);
    await h.value('schedule:assign', { jobId: first.id, technicianId: 't1', start: at('11:00') });
    const result = await h.value('schedule:assign', {
      jobId: second.id,
      technicianId: 't1',
      start: at('12:00'),
      overrideReason: 'Customer insists',
    });
    expect(result.conflicts.map((c) => c.kind)).toEqual(['overlap']);
    expect(result.conflicts[0]?.jobIds).toEqual([first.id]);
    expect(result.job.assignment?.overrideReason).toBe('Customer insists');
    expect(result.job.history.at(-1)?.detail).toMatch(/Overlaps J-1001.*Reason: Customer insists/);
  });

  it('under the block policy refuses an overlap with CONFLICT, the conflicts as details, and changes nothing', async () => {
    const h = createHarness();
    h.store.edit((d) => void (d.settings.overlapPolicy = 'block'));
    const first = await newJob(h);
    const second = await newJob(h);
    await h.value('schedule:assign', { jobId: first.id, technicianId: 't1', start: at('11:00') });
    const err = await h.refused(() => h.error('schedule:assign', { jobId: second.id, technicianId: 't1', start: at('12:00') }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/^Alex Chen is already booked then: Overlaps J-1001 \(11:00–12:30\)\./);
    expect((err.details as Conflict[]).map((c) => c.kind)).toEqual(['overlap']);
    // Back-to-back is not an overlap.
    const ok = await h.value('schedule:assign', { jobId: second.id, technicianId: 't1', start: at('12:30') });
    expect(ok.conflicts).toEqual([]);
  });

  it('reports warnings such as missing skills and an inactive technician without refusing', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput({ requiredSkills: ['networking'] }));
    const result = await h.value('schedule:assign', { jobId: job.id, technicianId: 't3', start: at('11:00') });
    expect(result.conflicts.map((c) => c.kind)).toEqual(['missing-skills', 'inactive']);
    expect(result.job.assignment?.technicianId).toBe('t3');
  });

  it('refuses unknown jobs and technicians with NOT_FOUND', async () => {
    const h = createHarness();
    const job = await newJob(h);
    expect((await h.refused(() => h.error('schedule:assign', { jobId: 'nope', technicianId: 't1', start: at('11:00') }))).code).toBe('NOT_FOUND');
    const err = await h.refused(() => h.error('schedule:assign', { jobId: job.id, technicianId: 'nope', start: at('11:00') }));
    expect(err).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/technician/) });
  });

  it('refuses an end before the start with BAD_INPUT on end', async () => {
    const h = createHarness();
    const job = await newJob(h);
    const err = await h.refused(() => h.error('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00'), end: at('10:00') }));
    expect(err).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'end' }] });
  });

  it('refuses a cancelled job with CONFLICT', async () => {
    const h = createHarness();
    const job = await newJob(h);
    await h.value('jobs:status', { id: job.id, status: 'cancelled', reason: 'Duplicate' });
    const err = await h.refused(() => h.error('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00') }));
    expect(err).toMatchObject({ code: 'CONFLICT', message: 'J-1001 is cancelled, so its schedule can no longer change.' });
  });

  it('keeps an on-hold job on hold when it is booked', async () => {
    const h = createHarness();
    const job = await newJob(h);
    await h.value('jobs:status', { id: job.id, status: 'on-hold', reason: 'Customer away' });
    const { job: booked } = await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00') });
    expect(booked).toMatchObject({ status: 'on-hold', statusReason: 'Customer away' });
  });
});

describe('schedule:move', () => {
  it('moves a booked job, keeps a dispatched status and records where it was', async () => {
    const h = createHarness();
    const job = await newJob(h);
    await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00') });
    await h.value('jobs:status', { id: job.id, status: 'dispatched' });
    const { job: moved } = await h.value('schedule:move', { jobId: job.id, technicianId: 't2', start: at('14:00') });
    expect(moved.status).toBe('dispatched');
    expect(moved.assignment).toEqual({ technicianId: 't2', start: at('14:00'), end: at('15:30') });
    expect(moved.history.at(-1)).toMatchObject({
      action: 'moved',
      detail: 'Moved to Sam Okoro 14:00–15:30 (Wed 25 Nov), was Alex Chen 11:00–12:30 (Wed 25 Nov)',
    });
  });

  it('does not conflict with its own old slot', async () => {
    const h = createHarness();
    h.store.edit((d) => void (d.settings.overlapPolicy = 'block'));
    const job = await newJob(h);
    await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00') });
    const { conflicts } = await h.value('schedule:move', { jobId: job.id, technicianId: 't1', start: at('11:30') });
    expect(conflicts).toEqual([]);
  });

  it('requires an existing assignment (CONFLICT)', async () => {
    const h = createHarness();
    const job = await newJob(h);
    const err = await h.refused(() => h.error('schedule:move', { jobId: job.id, technicianId: 't1', start: at('11:00') }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/not on the board/);
  });
});

describe('schedule:unassign', () => {
  it('returns the job to the queue as new and records it', async () => {
    const h = createHarness();
    const job = await newJob(h);
    await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00') });
    await h.value('jobs:status', { id: job.id, status: 'dispatched' });
    const back = await h.value('schedule:unassign', { jobId: job.id });
    expect(back).toMatchObject({ status: 'new', assignment: null });
    expect(back.history.at(-1)).toMatchObject({ action: 'unassigned', detail: 'Unassigned from Alex Chen 11:00–12:30 (Wed 25 Nov)' });
    expect(h.events.at(-1)).toMatchObject({ name: 'jobs:changed', payload: { ids: [job.id] } });
  });

  it('keeps an on-hold job on hold with its reason', async () => {
    const h = createHarness();
    const job = await newJob(h);
    await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00') });
    await h.value('jobs:status', { id: job.id, status: 'on-hold', reason: 'Parts' });
    expect(await h.value('schedule:unassign', { jobId: job.id })).toMatchObject({ status: 'on-hold', statusReason: 'Parts', assignment: null });
  });

  it('changes nothing for a job that is not booked, and refuses unknown or finished jobs', async () => {
    const h = createHarness();
    const job = await newJob(h);
    expect(await h.unchanged(() => h.value('schedule:unassign', { jobId: job.id }))).toEqual(job);
    expect((await h.refused(() => h.error('schedule:unassign', { jobId: 'nope' }))).code).toBe('NOT_FOUND');

    await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('08:00') });
    for (const status of ['dispatched', 'en-route', 'on-site', 'done'] as const) await h.value('jobs:status', { id: job.id, status });
    expect((await h.refused(() => h.error('schedule:unassign', { jobId: job.id }))).code).toBe('CONFLICT');
  });
});

describe('changes between validation and commit', () => {
  it('re-checks inside the mutation: a job removed after the pre-check is NOT_FOUND and nothing is written', async () => {
    const h = createHarness();
    const job = await newJob(h);
    // Another call lands between the service's read and its mutation.
    const mutate = h.store.mutate.bind(h.store);
    h.store.mutate = (fn) => {
      h.store.edit((d) => void (d.jobs = []));
      return mutate(fn);
    };
    const commits = h.store.commits;
    const err = await h.error('jobs:update', { id: job.id, patch: { title: 'Changed' } });
    expect(err.code).toBe('NOT_FOUND');
    expect(h.store.commits).toBe(commits);
  });

  it('re-checks inside the mutation: an overlap booked meanwhile still blocks', async () => {
    const h = createHarness();
    h.store.edit((d) => void (d.settings.overlapPolicy = 'block'));
    const first = await newJob(h);
    const second = await newJob(h);
    const mutate = h.store.mutate.bind(h.store);
    let raced = false;
    h.store.mutate = (fn) => {
      if (!raced) {
        raced = true;
        h.store.edit((d) => {
          const target = d.jobs.find((j) => j.id === first.id);
          if (target) target.assignment = { technicianId: 't1', start: at('11:00'), end: at('12:30') };
        });
      }
      return mutate(fn);
    };
    const err = await h.error('schedule:assign', { jobId: second.id, technicianId: 't1', start: at('12:00') });
    expect(err.code).toBe('CONFLICT');
  });
});
