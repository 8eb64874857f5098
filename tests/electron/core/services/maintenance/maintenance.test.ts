import { describe, expect, it } from 'vitest';
import type { Input } from '../../../../../shared/ipc/contract';
import type { Job } from '../../../../../shared/schemas/job';
import { createHarness } from '../../support/harness';

/** Monthly on the first Tuesday for Harbour Dental, 09:00–12:00, created 14 days ahead. */
function planInput(overrides: Partial<Input<'maintenance:create'>> = {}): Input<'maintenance:create'> {
  return {
    clientId: 'c1',
    siteId: 's1',
    title: 'Monthly server health check',
    estimateMinutes: 90,
    checklist: '- Check backups\n- Apply updates',
    rule: 'FREQ=MONTHLY;BYDAY=+1TU',
    startDay: '2026-11-01',
    windowStart: '09:00',
    windowEnd: '12:00',
    leadDays: 14,
    requiredSkills: ['windows'],
    preferredTechnicianId: 't1',
    ...overrides,
  };
}

const planJobs = (jobs: readonly Job[], planId: string) => jobs.filter((j) => j.maintenance?.planId === planId);

describe('maintenance plans', () => {
  it('creates a plan and at once the jobs due within the lead time: category maintenance, P4, no SLA clock', async () => {
    // Wednesday 25 November 2026: the first Tuesday of December (the 1st) is 6 days away.
    const h = createHarness();
    const plan = await h.value('maintenance:create', planInput());
    expect(plan).toMatchObject({ priority: 'P4', category: 'maintenance', createdThrough: '2026-12-09', exceptions: [] });
    const jobs = planJobs(h.doc().jobs, plan.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      title: 'Monthly server health check',
      category: 'maintenance',
      priority: 'P4',
      status: 'new',
      siteId: 's1',
      description: '- Check backups\n- Apply updates',
      requiredSkills: ['windows'],
      responseDueAt: null,
      resolutionDueAt: null,
      notes: 'Preferred technician: Alex Chen.',
      maintenance: { planId: plan.id, occurrenceDate: '2026-12-01', windowStart: '2026-12-01T09:00:00.000Z', windowEnd: '2026-12-01T12:00:00.000Z' },
    });
    expect(jobs[0]?.history[0]).toMatchObject({ by: 'system:maintenance', action: 'created' });
    expect(h.events.map((e) => e.name)).toEqual(expect.arrayContaining(['clients:changed', 'jobs:changed']));
  });

  it('creates each occurrence once across repeated runs, days passing and a restart-like rerun', async () => {
    const h = createHarness();
    const plan = await h.value('maintenance:create', planInput({ rule: 'FREQ=WEEKLY;BYDAY=MO', leadDays: 3 }));
    for (const day of ['2026-11-26', '2026-11-27', '2026-11-27', '2026-12-05', '2026-12-12']) {
      h.setNow(`${day}T10:00:00.000Z`);
      await h.services.maintenance.generate();
      await h.services.maintenance.generate();
    }
    const dates = planJobs(h.doc().jobs, plan.id).map((j) => j.maintenance?.occurrenceDate);
    expect(dates).toEqual(['2026-11-30', '2026-12-07', '2026-12-14']);
    expect(new Set(h.doc().jobs.map((j) => j.number)).size).toBe(h.doc().jobs.length);
  });

  it('an edit changes only occurrences not yet created, unless asked to apply to created jobs', async () => {
    const h = createHarness();
    const plan = await h.value('maintenance:create', planInput());
    await h.value('maintenance:update', { id: plan.id, patch: { title: 'Quarterly server check', estimateMinutes: 120 } });
    const [first] = planJobs(h.doc().jobs, plan.id);
    expect(first?.title).toBe('Monthly server health check');
    h.setNow('2026-12-22T10:00:00.000Z');
    await h.services.maintenance.generate();
    expect(planJobs(h.doc().jobs, plan.id).map((j) => [j.title, j.estimateMinutes])).toEqual([
      ['Monthly server health check', 90],
      ['Quarterly server check', 120],
    ]);
    await h.value('maintenance:update', { id: plan.id, patch: { windowStart: '13:00', windowEnd: '16:00', priority: 'P3' }, applyToCreated: true });
    const after = planJobs(h.doc().jobs, plan.id);
    expect(after.map((j) => [j.priority, j.maintenance?.windowStart, j.responseDueAt])).toEqual([
      ['P3', '2026-12-01T13:00:00.000Z', null],
      ['P3', '2027-01-05T13:00:00.000Z', null],
    ]);
    expect(after[0]?.revision).toBe(2);
  });

  it('a rule change applied to created jobs cancels visits the new rule drops and makes the new ones, once', async () => {
    const h = createHarness();
    const plan = await h.value('maintenance:create', planInput({ rule: 'FREQ=WEEKLY;BYDAY=MO', leadDays: 14 }));
    expect(planJobs(h.doc().jobs, plan.id).map((j) => j.maintenance?.occurrenceDate)).toEqual(['2026-11-30', '2026-12-07']);
    await h.value('maintenance:update', { id: plan.id, patch: { rule: 'FREQ=WEEKLY;BYDAY=MO;INTERVAL=2' }, applyToCreated: true });
    const jobs = planJobs(h.doc().jobs, plan.id);
    // Every other Monday counted from the week of 1 November: 9 and 23 November, 7 December…
    expect(jobs.map((j) => [j.maintenance?.occurrenceDate, j.status])).toEqual([
      ['2026-11-30', 'cancelled'],
      ['2026-12-07', 'new'],
    ]);
    expect(jobs[0]?.statusReason).toBe('The maintenance plan no longer has this visit');
    await h.services.maintenance.generate();
    expect(planJobs(h.doc().jobs, plan.id)).toHaveLength(2);
  });

  it('records a skip and a move; a created job is cancelled or gets its new window', async () => {
    const h = createHarness();
    const plan = await h.value('maintenance:create', planInput());
    const skipped = await h.value('maintenance:occurrence', { planId: plan.id, date: '2026-12-01', action: 'skip', reason: 'office closed' });
    expect(skipped.exceptions).toEqual([{ date: '2026-12-01', action: 'skip', to: null, reason: 'office closed', at: '2026-11-25T10:00:00.000Z', by: 'dispatcher' }]);
    const [job] = planJobs(h.doc().jobs, plan.id);
    expect(job).toMatchObject({ status: 'cancelled', statusReason: 'Maintenance visit skipped: office closed' });
    // A move of a later occurrence into the lead time makes its job now, on the new day.
    await h.value('maintenance:occurrence', { planId: plan.id, date: '2027-01-05', action: 'move', to: '2026-12-03' });
    const moved = planJobs(h.doc().jobs, plan.id).find((j) => j.maintenance?.occurrenceDate === '2027-01-05');
    expect(moved?.maintenance?.windowStart).toBe('2026-12-03T09:00:00.000Z');
    h.setNow('2026-12-30T10:00:00.000Z');
    await h.services.maintenance.generate();
    expect(planJobs(h.doc().jobs, plan.id).filter((j) => j.maintenance?.occurrenceDate === '2027-01-05')).toHaveLength(1);
  });

  it('refuses bad rules, wrong references, a day that is no occurrence, and started visits', async () => {
    const h = createHarness();
    expect(await h.refused(() => h.error('maintenance:create', planInput({ rule: 'FREQ=MONTHLY;BYMONTH=2;BYMONTHDAY=30' })))).toMatchObject({
      code: 'BAD_INPUT',
      issues: [{ path: 'rule' }],
    });
    expect((await h.refused(() => h.error('maintenance:create', planInput({ siteId: 's2' })))).code).toBe('BAD_INPUT');
    expect((await h.refused(() => h.error('maintenance:create', planInput({ windowStart: '12:00', windowEnd: '09:00' })))).code).toBe('BAD_INPUT');
    expect((await h.refused(() => h.error('maintenance:create', planInput({ clientId: 'nobody' })))).code).toBe('NOT_FOUND');
    const plan = await h.value('maintenance:create', planInput());
    expect((await h.refused(() => h.error('maintenance:occurrence', { planId: plan.id, date: '2026-12-02', action: 'skip' }))).code).toBe('BAD_INPUT');
    const [job] = planJobs(h.doc().jobs, plan.id);
    if (!job) throw new Error('no job');
    await h.value('schedule:assign', { jobId: job.id, technicianId: 't1', start: '2026-12-01T09:00:00.000Z' });
    await h.value('jobs:status', { id: job.id, status: 'dispatched' });
    expect((await h.refused(() => h.error('maintenance:occurrence', { planId: plan.id, date: '2026-12-01', action: 'skip' }))).code).toBe('CONFLICT');
    expect((await h.refused(() => h.error('maintenance:delete', { id: plan.id }))).code).toBe('CONFLICT');
    expect((await h.refused(() => h.error('clients:delete', { id: 'c1' }))).code).toBe('CONFLICT');
  });

  it('a paused plan makes no jobs; resumed, it starts from today without catching up', async () => {
    const h = createHarness();
    const plan = await h.value('maintenance:create', planInput({ active: false }));
    expect(planJobs(h.doc().jobs, plan.id)).toEqual([]);
    h.setNow('2027-02-20T10:00:00.000Z');
    await h.value('maintenance:update', { id: plan.id, patch: { active: true } });
    expect(planJobs(h.doc().jobs, plan.id).map((j) => j.maintenance?.occurrenceDate)).toEqual(['2027-03-02']);
  });

  it('keeps a maintenance job free of SLA due times when its priority changes', async () => {
    const h = createHarness();
    const plan = await h.value('maintenance:create', planInput());
    const [job] = planJobs(h.doc().jobs, plan.id);
    if (!job) throw new Error('no job');
    const updated = await h.value('jobs:update', { id: job.id, patch: { priority: 'P1' } });
    expect([updated.priority, updated.responseDueAt, updated.resolutionDueAt]).toEqual(['P1', null, null]);
  });

  it('lists plans by client and title; deletes a plan whose visits are all finished or skipped', async () => {
    const h = createHarness();
    const b = await h.value('maintenance:create', planInput({ clientId: 'c2', siteId: null, title: 'Backups verified' }));
    const a = await h.value('maintenance:create', planInput({ title: 'Antivirus review' }));
    // Harbour Dental (c1) before Whitfield & Crane (c2), whatever the order of creation.
    expect((await h.value('maintenance:list', {})).map((p) => p.title)).toEqual(['Antivirus review', 'Backups verified']);
    await h.value('maintenance:occurrence', { planId: b.id, date: '2026-12-01', action: 'skip' });
    expect(await h.value('maintenance:delete', { id: b.id })).toEqual({ id: b.id });
    expect((await h.value('maintenance:list', {})).map((p) => p.id)).toEqual([a.id]);
  });
});

describe('maintenance plan edits', () => {
  it('a patch changes only the fields it names (defaults never reset the others)', async () => {
    const h = createHarness();
    const plan = await h.value('maintenance:create', planInput({ leadDays: 5, priority: 'P2', active: true }));
    const edited = await h.value('maintenance:update', { id: plan.id, patch: { title: 'Renamed check' } });
    expect(edited).toMatchObject({ title: 'Renamed check', leadDays: 5, priority: 'P2', category: 'maintenance', preferredTechnicianId: 't1', checklist: plan.checklist });
  });
});

describe('maintenance:list', () => {
  it('gives each plan its next occurrences from today with their jobs, skips and moves', async () => {
    const h = createHarness();
    const plan = await h.value('maintenance:create', planInput());
    await h.value('maintenance:occurrence', { planId: plan.id, date: '2027-02-02', action: 'skip' });
    await h.value('maintenance:occurrence', { planId: plan.id, date: '2027-03-02', action: 'move', to: '2027-03-04' });
    const [listed] = await h.value('maintenance:list', {});
    const job = planJobs(h.doc().jobs, plan.id)[0];
    expect(listed?.upcoming.slice(0, 4)).toEqual([
      { occurrenceDate: '2026-12-01', visitDay: '2026-12-01', state: 'created', jobId: job?.id, jobNumber: job?.number },
      { occurrenceDate: '2027-01-05', visitDay: '2027-01-05', state: 'planned', jobId: null, jobNumber: null },
      { occurrenceDate: '2027-02-02', visitDay: '2027-02-02', state: 'skipped', jobId: null, jobNumber: null },
      { occurrenceDate: '2027-03-02', visitDay: '2027-03-04', state: 'moved', jobId: null, jobNumber: null },
    ]);
  });
});

describe('suggestions for a maintenance visit', () => {
  it('offer slots in the visit window, the plan’s preferred technician first', async () => {
    const h = createHarness();
    const plan = await h.value('maintenance:create', planInput({ preferredTechnicianId: 't2' }));
    const [job] = planJobs(h.doc().jobs, plan.id);
    if (!job) throw new Error('no job');
    const { suggestions } = await h.value('schedule:suggest', { jobId: job.id });
    expect(suggestions[0]).toMatchObject({ technicianId: 't2', preferred: true, inWindow: true, start: '2026-12-01T09:00:00.000Z' });
    expect(suggestions.every((s) => s.inWindow === true)).toBe(true);
  });
});
