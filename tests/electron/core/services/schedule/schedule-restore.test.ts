import { describe, expect, it } from 'vitest';
import { restoreShapeProblem } from '../../../../../electron/core/services/schedule/schedule-restore';
import { createHarness, jobInput } from '../../support/harness';
import type { Harness } from '../../support/harness';

const at = (hhmm: string, day = '2026-11-25') => `${day}T${hhmm}:00.000Z`; // London is on UTC in November

/** A job booked on Alex at 11:00, with the clock moved on a minute so each change has its own stamp. */
async function booked(h: Harness) {
  const job = await h.value('jobs:create', jobInput());
  h.setNow('2026-11-25T10:01:00.000Z');
  const { job: after } = await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00') });
  h.setNow('2026-11-25T10:02:00.000Z');
  return { created: job, after };
}

describe('schedule:restore', () => {
  it('undoes an assignment: back to the queue as new, with an "Undo:" history line and an event', async () => {
    const h = createHarness();
    const { created, after } = await booked(h);
    const { job, conflicts } = await h.value('schedule:restore', {
      jobId: created.id,
      assignment: null,
      status: 'new',
      statusReason: null,
      expectedRevision: after.revision,
    });
    expect(conflicts).toEqual([]);
    expect(job).toMatchObject({ status: 'new', assignment: null, statusReason: null, updatedAt: '2026-11-25T10:02:00.000Z' });
    expect(job.history.at(-1)).toMatchObject({ action: 'undo', detail: 'Undo: back to the queue, new' });
    expect(h.doc().jobs[0]).toEqual(job);
    expect(h.events.at(-1)).toMatchObject({ name: 'jobs:changed', payload: { ids: [created.id] } });
  });

  it('brings an unassigned dispatched job back dispatched on its old slot (redo wording for redo)', async () => {
    const h = createHarness();
    const { created, after } = await booked(h);
    await h.value('jobs:status', { id: created.id, status: 'dispatched' });
    h.setNow('2026-11-25T10:03:00.000Z');
    const dispatched = h.doc().jobs[0]!;
    const unassigned = await h.value('schedule:unassign', { jobId: created.id, expectedRevision: dispatched.revision });
    expect(unassigned.status).toBe('new');
    h.setNow('2026-11-25T10:04:00.000Z');
    const { job } = await h.value('schedule:restore', {
      jobId: created.id,
      assignment: dispatched.assignment,
      status: 'dispatched',
      statusReason: null,
      expectedRevision: unassigned.revision,
      direction: 'redo',
    });
    expect(job.status).toBe('dispatched');
    expect(job.assignment).toEqual(after.assignment);
    expect(job.history.at(-1)?.detail).toBe('Redo: back to Alex Chen 11:00–12:30 (Wed 25 Nov), dispatched');
  });

  it("undoing the unassign of a pinned booking pins it again; a restore to the queue never leaves a pin", async () => {
    const h = createHarness();
    const { created } = await booked(h);
    const pinned = await h.value('jobs:update', { id: created.id, patch: { pinned: true }, expectedRevision: h.doc().jobs[0]!.revision });
    const unassigned = await h.value('schedule:unassign', { jobId: created.id, expectedRevision: pinned.revision });
    expect(unassigned.pinned).toBe(false);
    const { job } = await h.value('schedule:restore', {
      jobId: created.id,
      assignment: pinned.assignment,
      status: pinned.status,
      statusReason: null,
      pinned: true,
      expectedRevision: unassigned.revision,
    });
    expect(job).toMatchObject({ assignment: pinned.assignment, pinned: true });
    const { job: queued } = await h.value('schedule:restore', { jobId: created.id, assignment: null, status: 'new', pinned: true, expectedRevision: job.revision, direction: 'redo' });
    expect(queued).toMatchObject({ assignment: null, pinned: false });
  });

  it('refuses with CONFLICT and changes nothing when the job changed since', async () => {
    const h = createHarness();
    const { created } = await booked(h);
    const err = await h.refused(() =>
      h.error('schedule:restore', { jobId: created.id, assignment: null, status: 'new', statusReason: null, expectedRevision: created.revision }),
    );
    expect(err).toMatchObject({
      code: 'CONFLICT',
      message:
        'J-1001 was changed since you last saw it (Assigned to Alex Chen 11:00–12:30 (Wed 25 Nov), by dispatcher at 10:01); nothing was undone. Reload to see the current job.',
    });
  });

  it('refuses a status that does not go with the assignment (BAD_INPUT) and unknown jobs (NOT_FOUND)', async () => {
    const h = createHarness();
    const { created, after } = await booked(h);
    const bad = await h.refused(() =>
      h.error('schedule:restore', { jobId: created.id, assignment: null, status: 'dispatched', statusReason: null, expectedRevision: after.revision }),
    );
    expect(bad).toMatchObject({ code: 'BAD_INPUT', message: 'A job without an assignment cannot be dispatched.' });
    const missing = await h.refused(() =>
      h.error('schedule:restore', { jobId: 'nope', assignment: null, status: 'new', statusReason: null, expectedRevision: after.revision }),
    );
    expect(missing.code).toBe('NOT_FOUND');
    const malformed = await h.refused(() => h.error('schedule:restore', { jobId: created.id } as never));
    expect(malformed.code).toBe('BAD_INPUT');
  });

  it('under the block policy refuses to restore into a slot that is now taken', async () => {
    const h = createHarness();
    const { created, after } = await booked(h);
    const unassigned = await h.value('schedule:unassign', { jobId: created.id });
    const other = await h.value('jobs:create', jobInput());
    await h.value('schedule:assign', { jobId: other.id, technicianId: 't1', start: at('11:30') });
    h.store.edit((d) => void (d.settings.overlapPolicy = 'block'));
    const err = await h.refused(() =>
      h.error('schedule:restore', {
        jobId: created.id,
        assignment: after.assignment,
        status: 'scheduled',
        statusReason: null,
        expectedRevision: unassigned.revision,
      }),
    );
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/Overlaps J-1002.*nothing was undone\.$/);
  });

  it('knows which statuses go with an assignment', () => {
    const a = { technicianId: 't1', start: at('11:00'), end: at('12:00') };
    expect(restoreShapeProblem(null, 'new', null)).toBeNull();
    expect(restoreShapeProblem(null, 'on-hold', 'Waiting for parts')).toBeNull();
    expect(restoreShapeProblem(null, 'on-hold', null)).toBe('An on-hold job needs its reason.');
    expect(restoreShapeProblem(a, 'scheduled', null)).toBeNull();
    expect(restoreShapeProblem(a, 'on-site', null)).toBeNull();
    expect(restoreShapeProblem(a, 'new', null)).toBe('A booked job cannot be new.');
    expect(restoreShapeProblem(a, 'done', null)).toMatch(/only open jobs/);
  });
});

describe('schedule:restore and the SLA pause', () => {
  it('undoing a hold on the customer ends the pause and moves the due times by the time paused', async () => {
    const h = createHarness();
    const { created } = await booked(h);
    const held = await h.value('jobs:status', { id: created.id, status: 'on-hold', reason: 'Waiting for the customer' });
    expect(held.slaPausedSince).toBe('2026-11-25T10:02:00.000Z');
    h.setNow('2026-11-25T10:32:00.000Z');
    const { job } = await h.value('schedule:restore', {
      jobId: created.id,
      assignment: held.assignment,
      status: 'scheduled',
      statusReason: null,
      expectedRevision: held.revision,
    });
    expect(job.slaPausedSince).toBeNull();
    expect(job.slaPausedMinutes).toBe(30);
    expect(Date.parse(job.resolutionDueAt!) - Date.parse(held.resolutionDueAt!)).toBe(30 * 60_000);
    expect(job.history.map((e) => e.action)).toContain('sla-resumed');
  });
});

describe('expectedRevision on assign, move and unassign', () => {
  it('refuses a move of a job changed since the caller saw it, and accepts the current stamp', async () => {
    const h = createHarness();
    const { created, after } = await booked(h);
    const err = await h.refused(() =>
      h.error('schedule:move', { jobId: created.id, technicianId: 't2', start: at('14:00'), expectedRevision: created.revision }),
    );
    expect(err).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^J-1001 was changed since you last saw it \(Assigned to Alex Chen .*\); nothing was changed\./) });
    const { job } = await h.value('schedule:move', { jobId: created.id, technicianId: 't2', start: at('14:00'), expectedRevision: after.revision });
    expect(job.assignment?.technicianId).toBe('t2');
  });

  it('refuses a stale unassign', async () => {
    const h = createHarness();
    const { created } = await booked(h);
    const err = await h.refused(() => h.error('schedule:unassign', { jobId: created.id, expectedRevision: created.revision }));
    expect(err.code).toBe('CONFLICT');
  });

  it('records an override reason added to the same slot as such', async () => {
    const h = createHarness();
    const { created, after } = await booked(h);
    const a = after.assignment!;
    const { job } = await h.value('schedule:move', { ...a, jobId: created.id, overrideReason: 'Customer asked for Alex', expectedRevision: after.revision });
    expect(job.assignment?.overrideReason).toBe('Customer asked for Alex');
    expect(job.history.at(-1)).toMatchObject({
      action: 'override-reason',
      detail: 'Override reason recorded for Alex Chen 11:00–12:30 (Wed 25 Nov): Customer asked for Alex',
    });
  });
});
