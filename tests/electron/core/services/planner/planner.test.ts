import { describe, expect, it } from 'vitest';
import type { EngineRequest, EngineResult, EngineStep, PlanEngine } from '../../../../../electron/core/services/planner/engine';
import type { PlanView } from '../../../../../shared/ipc/planner-outputs';
import { createHarness, jobInput } from '../../support/harness';
import type { Harness } from '../../support/harness';

const HOUR = 3_600_000;

/**
 * A stand-in planner: books the queued jobs one after another on t1 from 11:00 (or, with `techOf`,
 * on the technician it names), one step per job. `spin` keeps each step busy that many ms, so a
 * run spans several turns of the event loop.
 */
function fakeEngine(opts: { techOf?: (i: number) => string; spin?: number; seen?: EngineRequest[] } = {}): PlanEngine {
  return function* (req: EngineRequest): Generator<EngineStep, EngineResult, void> {
    opts.seen?.push(req);
    const ids = req.jobIds ?? req.doc.jobs.filter((j) => j.assignment === null).map((j) => j.id);
    const proposals: EngineResult['proposals'] = [];
    for (const [i, jobId] of ids.entries()) {
      const until = Date.now() + (opts.spin ?? 0);
      while (Date.now() < until) {
        /* busy, like a real search */
      }
      const start = new Date(Date.parse('2026-11-25T11:00:00Z') + i * HOUR);
      proposals.push({ jobId, technicianId: opts.techOf?.(i) ?? 't1', start, end: new Date(start.getTime() + HOUR), reasons: ['Meets the response deadline'] });
      yield { phase: 'construct', done: i + 1, total: ids.length };
    }
    return {
      proposals,
      unplaced: [],
      summary: { moved: 0, breachesBefore: 2, breachesAfter: 0, resolutionBreachesBefore: 0, resolutionBreachesAfter: 0, overtimeMinutes: 0, travelMinutes: 0, zoneChanges: 0, technicians: [] },
    };
  };
}

async function withQueue(count: number, engine: PlanEngine = fakeEngine()): Promise<{ h: Harness; ids: string[] }> {
  const h = createHarness({ services: { planEngine: engine } });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await h.value('jobs:create', jobInput({ estimateMinutes: 60 }))).id);
  return { h, ids };
}

async function plan(h: Harness, input: { jobIds?: string[]; runId?: string } = {}): Promise<PlanView> {
  const outcome = await h.value('planner:propose', { runId: input.runId ?? 'r1', ...(input.jobIds ? { jobIds: input.jobIds } : {}) });
  if (outcome.status !== 'done') throw new Error('cancelled');
  return outcome.plan;
}

describe('planner:propose', () => {
  it('plans the queue (or the selection) inside a horizon of today and the next working day, writing nothing', async () => {
    const seen: EngineRequest[] = [];
    const { h, ids } = await withQueue(3, fakeEngine({ seen }));
    const commits = h.store.commits;
    const all = await plan(h);
    expect(all.proposals.map((p) => p.jobNumber)).toEqual(['J-1001', 'J-1002', 'J-1003']);
    expect(all.summary).toMatchObject({ placed: 3, notPlaced: 0, breachesBefore: 2, breachesAfter: 0 });
    // Wed 25 Nov 10:00 London → end of Thu 26 Nov.
    expect(all.horizonEnd).toBe('2026-11-27T00:00:00.000Z');
    expect(h.store.commits).toBe(commits);
    const some = await plan(h, { jobIds: [ids[1] as string] });
    expect(some.proposals.map((p) => p.jobId)).toEqual([ids[1]]);
    expect(seen.map((r) => r.mayMoveScheduled)).toEqual([false, false]);
  });

  it('refuses a selection with a job that is not in the queue', async () => {
    const { h, ids } = await withQueue(1);
    await h.value('schedule:assign', { jobId: ids[0] as string, technicianId: 't1', start: '2026-11-25T11:00:00Z' });
    expect((await h.error('planner:propose', { runId: 'r1', jobIds: [ids[0] as string] })).code).toBe('BAD_INPUT');
  });

  it('pushes progress while it runs and stops when cancelled, without blocking other calls', async () => {
    const { h } = await withQueue(6, fakeEngine({ spin: 60 }));
    const running = h.value('planner:propose', { runId: 'slow' });
    // Another call is answered while the plan is being made.
    await new Promise((r) => setImmediate(r));
    expect((await h.value('queue:list', {})).jobs.length).toBe(6);
    await new Promise((r) => setTimeout(r, 200));
    expect(await h.value('planner:cancel', { runId: 'slow' })).toEqual({ cancelled: true });
    expect(await running).toEqual({ status: 'cancelled', runId: 'slow' });
    const progress = h.events.filter((e) => e.name === 'planner:progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress[0]?.payload).toMatchObject({ runId: 'slow', total: 6 });
    expect(await h.value('planner:cancel', { runId: 'slow' })).toEqual({ cancelled: false });
  });
});

describe('the time budget', () => {
  it('stops the search at the budget and proposes the best plan so far', async () => {
    let steps = 0;
    const engine: PlanEngine = function* (req) {
      while (!req.shouldStop()) {
        steps++;
        const until = Date.now() + 2;
        while (Date.now() < until) {
          /* busy */
        }
        yield { phase: 'improve', done: steps, total: 1_000_000 };
      }
      return { proposals: [], unplaced: [], summary: { moved: 0, breachesBefore: 0, breachesAfter: 0, resolutionBreachesBefore: 0, resolutionBreachesAfter: 0, overtimeMinutes: 0, travelMinutes: 0, zoneChanges: 0, technicians: [] } };
    };
    const h = createHarness({ services: { planEngine: engine, planBudgetMs: 60 } });
    const began = Date.now();
    expect((await h.value('planner:propose', { runId: 'b' })).status).toBe('done');
    expect(Date.now() - began).toBeLessThan(1_000);
    expect(steps).toBeGreaterThan(3);
  });
});

describe('planner:accept', () => {
  it('books all proposals in ONE store mutation and ONE push, with a history line saying so', async () => {
    const { h, ids } = await withQueue(3);
    const p = await plan(h);
    const commits = h.store.commits;
    const pushes = h.events.filter((e) => e.name === 'jobs:changed').length;
    const accepted = await h.value('planner:accept', { planId: p.planId });
    expect(h.store.commits).toBe(commits + 1);
    expect(h.events.filter((e) => e.name === 'jobs:changed').length).toBe(pushes + 1);
    expect(accepted.jobs.map((j) => [j.id, j.status, j.assignment?.start])).toEqual(ids.map((id, i) => [id, 'scheduled', `2026-11-25T1${1 + i}:00:00.000Z`]));
    expect(accepted.before.map((b) => b.assignment)).toEqual([null, null, null]);
    expect(accepted.jobs[0]?.history.at(-1)?.detail).toMatch(/^From the plan: Assigned to Alex Chen 11:00–12:00/);
    // Accepted proposals leave the plan: accepting again has nothing to book.
    expect((await h.error('planner:accept', { planId: p.planId })).code).toBe('BAD_INPUT');
  });

  it('accepts only the chosen jobs, or only the chosen technicians', async () => {
    const { h, ids } = await withQueue(4, fakeEngine({ techOf: (i) => (i % 2 === 0 ? 't1' : 't2') }));
    const p = await plan(h);
    const one = await h.value('planner:accept', { planId: p.planId, jobIds: [ids[0] as string] });
    expect(one.jobs.map((j) => j.id)).toEqual([ids[0]]);
    const sam = await h.value('planner:accept', { planId: p.planId, technicianIds: ['t2'] });
    expect(sam.jobs.map((j) => j.id)).toEqual([ids[1], ids[3]]);
    expect(h.doc().jobs.find((j) => j.id === ids[2])?.assignment).toBeNull();
  });

  it('accepting one job and then the rest of the same technician is not a change elsewhere', async () => {
    const { h, ids } = await withQueue(3);
    const p = await plan(h);
    await h.value('planner:accept', { planId: p.planId, jobIds: [ids[2] as string] });
    const rest = await h.value('planner:accept', { planId: p.planId });
    expect(rest.jobs.map((j) => j.id)).toEqual([ids[0], ids[1]]);
  });

  it('refuses with CONFLICT, writing nothing, when an accepted job changed since the plan', async () => {
    const { h, ids } = await withQueue(2);
    const p = await plan(h);
    await h.value('jobs:update', { id: ids[1] as string, patch: { title: 'Changed meanwhile' } });
    const err = await h.refused(() => h.error('planner:accept', { planId: p.planId }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/J-1002/);
    expect(err.details).toEqual({ jobIds: [ids[1]], technicianIds: [] });
  });

  it('refuses when a technician of the plan changed, or got a new booking in the horizon', async () => {
    const { h } = await withQueue(1);
    const p = await plan(h);
    await h.value('technicians:update', { id: 't1', patch: { zone: 'South' } });
    expect((await h.error('planner:accept', { planId: p.planId })).details).toEqual({ jobIds: [], technicianIds: ['t1'] });

    const again = await withQueue(1);
    const p2 = await plan(again.h);
    const other = await again.h.value('jobs:create', jobInput());
    await again.h.value('schedule:assign', { jobId: other.id, technicianId: 't1', start: '2026-11-26T09:00:00Z' });
    expect((await again.h.error('planner:accept', { planId: p2.planId })).details).toEqual({ jobIds: [other.id], technicianIds: [] });
  });

  it('ignores changes that do not touch the accepted part', async () => {
    const { h, ids } = await withQueue(2, fakeEngine({ techOf: (i) => (i === 0 ? 't1' : 't2') }));
    const p = await plan(h);
    await h.value('jobs:update', { id: ids[1] as string, patch: { title: 'Changed meanwhile' } });
    const ok = await h.value('planner:accept', { planId: p.planId, technicianIds: ['t1'] });
    expect(ok.jobs.map((j) => j.id)).toEqual([ids[0]]);
  });

  it('NOT_FOUND for a plan the core does not hold', async () => {
    const { h } = await withQueue(1);
    expect((await h.error('planner:accept', { planId: 'nope' })).code).toBe('NOT_FOUND');
  });
});

describe('planner:restore', () => {
  it('puts every accepted job back in one change, and refuses all of it if one moved on', async () => {
    const { h } = await withQueue(3);
    const accepted = await h.value('planner:accept', { planId: (await plan(h)).planId });
    const items = accepted.before.map((b) => ({
      jobId: b.id,
      assignment: b.assignment,
      status: b.status,
      statusReason: b.statusReason,
      expectedRevision: accepted.jobs.find((j) => j.id === b.id)?.revision ?? 0,
    }));
    const commits = h.store.commits;
    const undone = await h.value('planner:restore', { direction: 'undo', items });
    expect(h.store.commits).toBe(commits + 1);
    expect(undone.jobs.map((j) => [j.status, j.assignment])).toEqual([['new', null], ['new', null], ['new', null]]);
    // Redo with one job changed elsewhere in between: nothing is redone.
    const redoItems = accepted.jobs.map((j, i) => ({ jobId: j.id, assignment: j.assignment, status: j.status, statusReason: j.statusReason, expectedRevision: undone.jobs[i]?.revision ?? 0 }));
    await h.value('jobs:update', { id: accepted.jobs[2]?.id as string, patch: { notes: 'x' } });
    const err = await h.refused(() => h.error('planner:restore', { direction: 'redo', items: redoItems }));
    expect(err.code).toBe('CONFLICT');
  });
});
