import { describe, expect, it } from 'vitest';
import { emptyDocument, validateDocument } from '../../../../../shared/schemas/document';
import type { Job } from '../../../../../shared/schemas/job';
import { parseIntakeJob } from '../../../../../electron/core/services/intake/intake-schema';
import { createHarness, jobInput } from '../../support/harness';
import type { Harness } from '../../support/harness';

// The harness clock stands still unless moved: every change below happens in the same
// millisecond, which is exactly when a check on `updatedAt` cannot tell two versions apart.
const at = (hhmm: string) => `2026-11-25T${hhmm}:00.000Z`; // London is on UTC in November

const stored = (h: Harness, id: string): Job => h.doc().jobs.find((j) => j.id === id)!;

describe('every change adds exactly one to a job’s revision', () => {
  it('create, edit, status, SLA pause and resume, assign, move, unassign, undo: 1, 2, 3…', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    expect(job.revision).toBe(1);
    const steps: Array<() => Promise<Job>> = [
      () => h.value('jobs:update', { id: job.id, patch: { title: 'Reception PC boots to a black screen' } }),
      () => h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00') }).then((r) => r.job),
      () => h.value('schedule:move', { jobId: job.id, technicianId: 't2', start: at('13:00') }).then((r) => r.job),
      () => h.value('jobs:status', { id: job.id, status: 'dispatched' }),
      // On hold pauses the SLA clock: two history lines, one change.
      () => h.value('jobs:status', { id: job.id, status: 'on-hold', reason: 'Waiting for the customer' }),
      () => h.value('jobs:status', { id: job.id, status: 'scheduled' }),
      () => h.value('schedule:unassign', { jobId: job.id }),
      () => h.value('schedule:restore', { jobId: job.id, assignment: null, status: 'on-hold', statusReason: 'Back on hold', expectedRevision: 8 }).then((r) => r.job),
    ];
    for (const [i, step] of steps.entries()) {
      const saved = await step();
      expect(saved.revision, `step ${i + 1}`).toBe(i + 2);
      expect(stored(h, job.id)).toEqual(saved);
    }
    // Each history line says which revision its change produced; the created line is revision 1.
    const final = stored(h, job.id);
    expect(final.history.map((e) => e.revision)).toEqual([undefined, 2, 3, 4, 5, 6, 6, 7, 7, 8, 9, 9]);
    expect(validateDocument(h.doc()).ok).toBe(true);
  });

  it('a change that changes nothing keeps the revision and writes nothing', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    await h.unchanged(() => h.value('jobs:update', { id: job.id, patch: { title: job.title }, expectedRevision: 1 }));
    await h.unchanged(() => h.value('schedule:unassign', { jobId: job.id, expectedRevision: 1 }));
    expect(stored(h, job.id).revision).toBe(1);
  });

  it('intake and import create jobs at revision 1; an intake retry does not change the job', async () => {
    const h = createHarness();
    const parsed = parseIntakeJob({ client: 'Harbour Dental Practice', title: 'Server down', priority: 'P1', category: 'hardware', externalRef: 'T-9' });
    if (!parsed.ok) throw new Error('bad intake body');
    const first = await h.services.intake.submit(parsed.value);
    expect(first.job.revision).toBe(1);
    await h.value('jobs:status', { id: first.job.id, status: 'cancelled', reason: 'Duplicate call' });
    expect((await h.services.intake.submit(parsed.value)).job.revision).toBe(2);
    await h.value('import:commit', { kind: 'jobs', rows: [{ line: 2, values: { client: 'Harbour Dental Practice', title: 'Imported', priority: 'P2' } }] });
    expect(h.doc().jobs.find((j) => j.title === 'Imported')?.revision).toBe(1);
  });

  it('the sample shop’s jobs count their own changes', async () => {
    const h = createHarness({ doc: emptyDocument('Europe/London') });
    await h.value('sample:load', {});
    const jobs = h.doc().jobs;
    expect(jobs.some((j) => j.revision > 2)).toBe(true);
    for (const j of jobs) {
      const revisions = [...new Set(j.history.flatMap((e) => (e.revision === undefined ? [] : [e.revision])))];
      expect(revisions, j.number).toEqual(Array.from({ length: j.revision - 1 }, (_, i) => i + 2));
    }
  });
});

describe('expectedRevision: a stale caller gets CONFLICT and nothing is written', () => {
  /** A job seen by a panel at revision 1, then put on hold from another window at 10:02. */
  async function changedElsewhere(h: Harness) {
    const job = await h.value('jobs:create', jobInput());
    h.setNow(at('10:02'));
    await h.services.jobs.setStatus({ id: job.id, status: 'on-hold', reason: 'Waiting for parts' }, 'intake:api');
    return job;
  }

  it('jobs:update names what changed since, by whom and when', async () => {
    const h = createHarness();
    const job = await changedElsewhere(h);
    const err = await h.refused(() => h.error('jobs:update', { id: job.id, patch: { notes: 'Bring a spare PSU' }, expectedRevision: 1 }));
    expect(err).toMatchObject({
      code: 'CONFLICT',
      message:
        'J-1001 was changed since you last saw it (status new → on hold: Waiting for parts, by intake:api at 10:02); nothing was saved. Reload to see the current job.',
      details: { jobId: job.id, revision: 2 },
    });
    expect(stored(h, job.id)).toMatchObject({ status: 'on-hold', notes: '' });
  });

  it('jobs:status, schedule:assign, move, unassign and restore refuse a stale revision', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: at('11:00'), expectedRevision: 1 });
    await h.value('jobs:update', { id: job.id, patch: { priority: 'P1' } });
    const stale = [
      () => h.error('jobs:status', { id: job.id, status: 'dispatched', expectedRevision: 2 }),
      () => h.error('schedule:assign', { jobId: job.id, technicianId: 't2', start: at('12:00'), expectedRevision: 2 }),
      () => h.error('schedule:move', { jobId: job.id, technicianId: 't2', start: at('12:00'), expectedRevision: 2 }),
      () => h.error('schedule:unassign', { jobId: job.id, expectedRevision: 2 }),
      () => h.error('schedule:restore', { jobId: job.id, assignment: null, status: 'new', expectedRevision: 2 }),
      // A revision from the future is no better than an old one.
      () => h.error('jobs:update', { id: job.id, patch: { notes: 'x' }, expectedRevision: 9 }),
    ];
    for (const [i, call] of stale.entries()) {
      const err = await h.refused(call);
      expect(err.code, `call ${i + 1}`).toBe('CONFLICT');
    }
    const err = await h.error('schedule:unassign', { jobId: job.id, expectedRevision: 2 });
    expect(err.message).toMatch(/^J-1001 was changed since you last saw it \(Priority P3 → P1, by dispatcher at 10:00\); nothing was changed\./);
    // The current revision goes through.
    expect((await h.value('jobs:status', { id: job.id, status: 'dispatched', expectedRevision: 3 })).revision).toBe(4);
  });

  it('lists at most two changes, newest first, and counts the rest', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    for (const [i, title] of ['One', 'Two', 'Three', 'Four'].entries()) {
      h.setNow(at(`10:1${i}`));
      await h.value('jobs:update', { id: job.id, patch: { title } });
    }
    const err = await h.error('jobs:status', { id: job.id, status: 'cancelled', reason: 'No longer needed', expectedRevision: 1 });
    expect(err.message).toBe(
      'J-1001 was changed since you last saw it (Changed title, by dispatcher at 10:13; Changed title, by dispatcher at 10:12; and 2 earlier changes); nothing was saved. Reload to see the current job.',
    );
  });

  it('without expectedRevision the change applies to the job as it is now', async () => {
    const h = createHarness();
    const job = await changedElsewhere(h);
    const saved = await h.value('jobs:update', { id: job.id, patch: { notes: 'Bring a spare PSU' } });
    expect(saved).toMatchObject({ revision: 3, status: 'on-hold', notes: 'Bring a spare PSU' });
  });
});
