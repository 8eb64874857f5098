import { describe, expect, it } from 'vitest';
import { createHarness, jobInput } from '../../support/harness';

const day = { from: '2026-11-25T00:00:00.000Z', to: '2026-11-26T00:00:00.000Z' };

describe('board:range', () => {
  it('returns active technicians by zone then name, and the jobs overlapping the range', async () => {
    const h = createHarness();
    await h.value('technicians:create', {
      name: 'Aaron Able',
      skills: [],
      zone: 'North',
      colour: '#123456',
      workingHours: [],
      dailyCapacityHours: 8,
    });
    const today = await h.value('jobs:create', jobInput());
    const tomorrow = await h.value('jobs:create', jobInput());
    const queued = await h.value('jobs:create', jobInput());
    await h.value('schedule:assign', { jobId: today.id, technicianId: 't1', start: '2026-11-25T23:00:00.000Z' });
    await h.value('schedule:assign', { jobId: tomorrow.id, technicianId: 't1', start: '2026-11-26T09:00:00.000Z' });

    const board = await h.value('board:range', day);
    expect(board.technicians.map((t) => t.name)).toEqual(['Sam Okoro', 'Aaron Able', 'Alex Chen']);
    expect(board.jobs.map((j) => j.id)).toEqual([today.id]);
    expect(board.jobs.map((j) => j.id)).not.toContain(queued.id);
    expect(board).toMatchObject({ from: day.from, to: day.to, revision: h.events.length });
  });

  it('keeps a row for an inactive technician who still has a job in the range', async () => {
    const h = createHarness();
    const job = await h.value('jobs:create', jobInput());
    await h.value('schedule:assign', { jobId: job.id, technicianId: 't3', start: '2026-11-25T11:00:00.000Z' });
    const board = await h.value('board:range', day);
    expect(board.technicians.map((t) => t.id)).toEqual(['t2', 't3', 't1']);
    const later = await h.value('board:range', { from: '2026-11-27T00:00:00.000Z', to: '2026-11-28T00:00:00.000Z' });
    expect(later.technicians.map((t) => t.id)).toEqual(['t2', 't1']);
  });

  it('refuses a range that ends before it starts (BAD_INPUT on to)', async () => {
    const h = createHarness();
    const err = await h.error('board:range', { from: day.to, to: day.from });
    expect(err).toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'to' }] });
  });
});

describe('queue:list', () => {
  it('returns open unassigned jobs (new, or on hold without a technician), most urgent first', async () => {
    const h = createHarness();
    const p4 = await h.value('jobs:create', jobInput({ priority: 'P4', title: 'P4' }));
    const p1 = await h.value('jobs:create', jobInput({ priority: 'P1', title: 'P1' }));
    const held = await h.value('jobs:create', jobInput({ priority: 'P3', title: 'held' }));
    const booked = await h.value('jobs:create', jobInput({ title: 'booked' }));
    const cancelled = await h.value('jobs:create', jobInput({ title: 'cancelled' }));
    const heldBooked = await h.value('jobs:create', jobInput({ title: 'held and booked' }));
    await h.value('jobs:status', { id: held.id, status: 'on-hold', reason: 'Parts' });
    await h.value('schedule:assign', { jobId: booked.id, technicianId: 't1', start: '2026-11-25T11:00:00.000Z' });
    await h.value('jobs:status', { id: cancelled.id, status: 'cancelled', reason: 'Duplicate' });
    await h.value('schedule:assign', { jobId: heldBooked.id, technicianId: 't2', start: '2026-11-25T11:00:00.000Z' });
    await h.value('jobs:status', { id: heldBooked.id, status: 'on-hold', reason: 'Customer away' });

    const queue = await h.value('queue:list', {});
    expect(queue.jobs.map((j) => j.title)).toEqual(['P1', 'held', 'P4']);
    expect(queue.jobs.map((j) => j.id)).toEqual([p1.id, held.id, p4.id]);
    expect(queue.revision).toBe(h.events.length);
  });
});
