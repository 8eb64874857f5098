import { describe, expect, it } from 'vitest';
import { slaClocks } from '../../../../../shared/domain/sla';
import { formatBusinessDuration } from '../../../../../electron/core/services/jobs/jobs-sla-pause';
import { createHarness, fixtureDocument, jobInput } from '../../support/harness';

// Client c1 is on the standard tier: Mon–Fri 08:00–18:00, Europe/London (= UTC in winter).
// NOW in the harness is Wednesday 25 November 2026, 10:00.

describe('SLA clock pause while on hold', () => {
  it('pauses on hold (waiting on the customer), resumes later by the business time paused, and records both', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput({ priority: 'P2' }));
    expect(job).toMatchObject({ responseDueAt: '2026-11-25T12:00:00.000Z', resolutionDueAt: '2026-11-25T18:00:00.000Z' });

    h.setNow('2026-11-25T10:30:00.000Z');
    const held = await h.value('jobs:status', { id: job.id, status: 'on-hold', reason: 'Waiting on customer to call back' });
    expect(held.slaPausedSince).toBe('2026-11-25T10:30:00.000Z');
    expect(held.history.at(-1)).toMatchObject({ action: 'sla-paused', by: 'dispatcher', at: '2026-11-25T10:30:00.000Z' });
    // Read hours later, the clock still shows what it showed at the pause.
    expect(slaClocks(held, new Date('2026-11-25T16:00:00.000Z')).response).toMatchObject({ paused: true, minutesLeft: 90, state: 'ok' });

    h.setNow('2026-11-25T11:50:00.000Z');
    const resumed = await h.value('jobs:status', { id: job.id, status: 'new' });
    expect(resumed).toMatchObject({
      status: 'new',
      slaPausedSince: null,
      slaPausedMinutes: 80,
      responseDueAt: '2026-11-25T13:20:00.000Z',
      // 18:00 is closing time: the 80 minutes run on from Thursday's opening.
      resolutionDueAt: '2026-11-26T09:20:00.000Z',
    });
    expect(resumed.history.at(-1)).toEqual({
      at: '2026-11-25T11:50:00.000Z',
      by: 'dispatcher',
      action: 'sla-resumed',
      detail: 'SLA clock resumed after 1 h 20 m (business time); response now due Wed 25 Nov 13:20, resolution now due Thu 26 Nov 09:20.',
      // Created (1), on hold (2), resumed (3): the status line and the resume line are one change.
      revision: 3,
    });
    expect(resumed.revision).toBe(3);
    expect(resumed.history.at(-2)).toMatchObject({ action: 'status', revision: 3 });
    expect(slaClocks(resumed, new Date('2026-11-25T11:50:00.000Z')).response).toMatchObject({ paused: false, minutesLeft: 90 });
    expect(h.doc().jobs[0]).toEqual(resumed);
  });

  it('counts only business time: a weekend and a holiday while paused do not move the due time', async () => {
    const doc = fixtureDocument();
    const standard = doc.slaPolicies.find((p) => p.id === 'standard')!;
    standard.holidays = ['2026-11-30']; // Monday
    const h = createHarness({ doc, now: '2026-11-27T16:00:00.000Z' }); // Friday 16:00
    const job = await h.value('jobs:create', jobInput({ priority: 'P3' })); // response 4 h → Mon… but Mon is a holiday
    expect(job.responseDueAt).toBe('2026-12-01T10:00:00.000Z'); // Fri 16–18 (2 h) + Tue 08–10 (2 h)

    h.setNow('2026-11-27T17:00:00.000Z'); // Friday 17:00
    await h.value('jobs:status', { id: job.id, status: 'on-hold', reason: 'Customer away until Tuesday' });
    h.setNow('2026-12-01T09:00:00.000Z'); // Tuesday 09:00
    const resumed = await h.value('jobs:status', { id: job.id, status: 'new' });
    // Paused: Fri 17–18 and Tue 08–09 = 2 business hours; the weekend and the holiday count nothing.
    expect(resumed.slaPausedMinutes).toBe(120);
    expect(resumed.responseDueAt).toBe('2026-12-01T12:00:00.000Z');
    expect(resumed.history.at(-1)?.detail).toMatch(/^SLA clock resumed after 2 h \(business time\); response now due Tue 1 Dec 12:00/);
  });

  it('adds up several pauses', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput({ priority: 'P1' }));
    for (const [hold, resume] of [['10:00', '10:15'], ['11:00', '11:30']] as const) {
      h.setNow(`2026-11-25T${hold}:00.000Z`);
      await h.value('jobs:status', { id: job.id, status: 'on-hold', reason: 'Waiting on customer' });
      h.setNow(`2026-11-25T${resume}:00.000Z`);
      await h.value('jobs:status', { id: job.id, status: 'new' });
    }
    const after = h.doc().jobs[0]!;
    expect(after.slaPausedMinutes).toBe(45);
    expect(Date.parse(after.responseDueAt!) - Date.parse(job.responseDueAt!)).toBe(45 * 60_000);
  });

  it('keeps the clock running when on hold for parts or a vendor (pauseSla: false), and says so', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput({ priority: 'P2' }));
    const held = await h.value('jobs:status', { id: job.id, status: 'on-hold', reason: 'Waiting on a replacement PSU', pauseSla: false });
    expect(held.slaPausedSince).toBeNull();
    expect(held.history.at(-1)).toMatchObject({ action: 'sla-running' });
    h.setNow('2026-11-25T11:00:00.000Z');
    const back = await h.value('jobs:status', { id: job.id, status: 'new' });
    expect(back).toMatchObject({ responseDueAt: job.responseDueAt, resolutionDueAt: job.resolutionDueAt, slaPausedMinutes: 0 });
    expect(back.history.map((e) => e.action)).not.toContain('sla-resumed');
  });

  it('ends the pause when an on-hold job is cancelled', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    await h.value('jobs:status', { id: job.id, status: 'on-hold', reason: 'Waiting on customer' });
    h.setNow('2026-11-25T10:20:00.000Z');
    const cancelled = await h.value('jobs:status', { id: job.id, status: 'cancelled', reason: 'Customer fixed it' });
    expect(cancelled).toMatchObject({ slaPausedSince: null, slaPausedMinutes: 20 });
    expect(cancelled.history.at(-1)?.detail).toBe('SLA clock resumed after 20 m (business time).');
  });

  it('refuses pauseSla with any status but on-hold, changing nothing', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    const error = await h.refused(() => h.error('jobs:status', { id: job.id, status: 'cancelled', reason: 'Duplicate', pauseSla: true }));
    expect(error).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'pauseSla', message: 'only with status on-hold' }] });
  });

  it('does not pause a job that has no SLA clock (its tier was removed)', async () => {
    const doc = fixtureDocument();
    doc.clients[0]!.slaTier = 'gone';
    const h = createHarness({ doc });
    const job = await h.value('jobs:create', jobInput());
    expect(job.responseDueAt).toBeNull();
    const held = await h.value('jobs:status', { id: job.id, status: 'on-hold', reason: 'Waiting on customer' });
    expect(held.slaPausedSince).toBeNull();
    expect(held.history.map((e) => e.action)).toEqual(['created', 'status']);
  });

  it('words durations in hours and minutes', () => {
    expect([0, 1, 45, 60, 80, 125.6, 600].map(formatBusinessDuration)).toEqual(['0 m', '1 m', '45 m', '1 h', '1 h 20 m', '2 h 6 m', '10 h']);
  });
});

describe('a priority change after a pause', () => {
  it('keeps the business time already credited for waiting on the customer', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput({ priority: 'P3' }));
    await h.value('jobs:status', { id: job.id, status: 'on-hold', reason: 'Waiting on customer' });
    h.setNow('2026-11-25T10:30:00.000Z');
    await h.value('jobs:status', { id: job.id, status: 'new' });
    const raised = await h.value('jobs:update', { id: job.id, patch: { priority: 'P1' } });
    // P1 responds within 60 business minutes of 10:00, plus the 30 minutes paused.
    expect(raised.responseDueAt).toBe('2026-11-25T11:30:00.000Z');
    expect(raised.slaPausedMinutes).toBe(30);
  });
});
