import { describe, expect, it } from 'vitest';
import { createHarness, jobInput } from '../../support/harness';

describe('planner:propose with the shared planner', () => {
  it('books every queued job within working hours, and a pinned booking never moves even when moving is allowed', async () => {
    const h = createHarness();
    const queued = [];
    for (let i = 0; i < 4; i++) queued.push(await h.value('jobs:create', jobInput({ estimateMinutes: 60, priority: i === 0 ? 'P1' : 'P3' })));
    const kept = await h.value('jobs:create', jobInput({ estimateMinutes: 60 }));
    const { job: booked } = await h.value('schedule:assign', { jobId: kept.id, technicianId: 't1', start: '2026-11-25T11:00:00Z' });
    await h.value('jobs:update', { id: booked.id, patch: { pinned: true } });

    const outcome = await h.value('planner:propose', { runId: 'doc', mayMoveScheduled: true });
    if (outcome.status !== 'done') throw new Error('cancelled');
    const plan = outcome.plan;
    expect(plan.proposals.map((p) => p.jobId).sort()).toEqual(queued.map((j) => j.id).sort());
    expect(plan.proposals.some((p) => p.jobId === kept.id)).toBe(false);
    for (const p of plan.proposals) {
      expect(p.reasons.length).toBeGreaterThan(0);
      expect(Date.parse(p.start)).toBeGreaterThanOrEqual(Date.parse('2026-11-25T10:00:00Z'));
      // Nothing overlaps the pinned booking on Alex's row.
      if (p.technicianId === 't1') expect(Date.parse(p.end) <= Date.parse('2026-11-25T11:00:00Z') || Date.parse(p.start) >= Date.parse('2026-11-25T12:00:00Z')).toBe(true);
    }
    expect(plan.summary.placed).toBe(4);

    const accepted = await h.value('planner:accept', { planId: plan.planId });
    expect(accepted.jobs).toHaveLength(4);
    expect(h.doc().jobs.find((j) => j.id === kept.id)?.assignment?.start).toBe('2026-11-25T11:00:00.000Z');
  });
});
