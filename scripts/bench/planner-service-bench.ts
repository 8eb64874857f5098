/**
 * "Plan the queue" through the core, as the console runs it: the large seeded burst (60
 * technicians, 400 queued) written as a data file, the real store and services opened on it,
 * `planner:propose` timed while the event loop's longest stall is sampled (the planner runs in
 * slices inside the process that answers every window, so a stall is what a dispatcher would
 * feel), then `planner:accept` of the whole plan (one write) and `planner:restore` undoing it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createCore } from '../../electron/core/create-core';
import { pinnedClock } from '../../electron/core/pinned-clock';
import { BURSTS, generateBurst } from '../lib/planner-burst';
import type { Row } from './report';
import { summarize } from './stats';

export type PlannerServiceResults = { planMs: number[]; stallMs: number[]; acceptMs: number[]; undoMs: number[]; placed: number; queued: number };

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

async function once(seed: number, now: Date): Promise<{ plan: number; stall: number; accept: number; undo: number; placed: number; queued: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'dispatch-bench-planner-'));
  try {
    const doc = generateBurst({ seed, now, size: BURSTS.large });
    await writeFile(join(dir, 'dispatch.json'), JSON.stringify(doc));
    const core = await createCore({ dataDir: dir, host: 'headless', version: 'bench', clock: pinnedClock(now), log: quiet });
    try {
      const delay = monitorEventLoopDelay({ resolution: 5 });
      delay.enable();
      let t = performance.now();
      const proposed = await core.call('planner:propose', { runId: 'bench' });
      const plan = performance.now() - t;
      delay.disable();
      if (!proposed.ok || proposed.value.status !== 'done') throw new Error(`planning failed: ${JSON.stringify(proposed)}`);
      const view = proposed.value.plan;
      t = performance.now();
      const accepted = await core.call('planner:accept', { planId: view.planId });
      const accept = performance.now() - t;
      if (!accepted.ok) throw new Error(`accepting failed: ${accepted.error.message}`);
      const byId = new Map(accepted.value.jobs.map((j) => [j.id, j.revision]));
      const items = accepted.value.before.map((b) => ({ jobId: b.id, assignment: b.assignment, status: b.status, statusReason: b.statusReason, expectedRevision: byId.get(b.id) ?? 0 }));
      t = performance.now();
      const undone = await core.call('planner:restore', { direction: 'undo', items });
      const undo = performance.now() - t;
      if (!undone.ok) throw new Error(`undo failed: ${undone.error.message}`);
      return { plan, stall: delay.max / 1e6, accept, undo, placed: view.summary.placed, queued: view.summary.placed + view.summary.notPlaced };
    } finally {
      await core.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchPlannerService(opts: { seed: number; now: Date; reps: number }): Promise<PlannerServiceResults> {
  const r: PlannerServiceResults = { planMs: [], stallMs: [], acceptMs: [], undoMs: [], placed: 0, queued: 0 };
  for (let i = 0; i < opts.reps; i++) {
    const m = await once(opts.seed, opts.now);
    r.planMs.push(m.plan);
    r.stallMs.push(m.stall);
    r.acceptMs.push(m.accept);
    r.undoMs.push(m.undo);
    r.placed = m.placed;
    r.queued = m.queued;
  }
  return r;
}

export function plannerServiceRows(r: PlannerServiceResults): Row[] {
  const shop = `${BURSTS.large.technicians} technicians, ${r.queued} queued`;
  return [
    { measure: `Plan the queue through the core (${shop})`, value: summarize(r.planMs), unit: 'ms', budget: { limit: 2000, on: 'median', kind: 'max', text: '< 2 s' } },
    {
      measure: 'Longest pause of the core while it plans',
      value: summarize(r.stallMs),
      unit: 'ms',
      budget: { limit: 100, on: 'p95', kind: 'max', text: 'p95 < 100 ms' },
      note: 'planning runs in 8 ms slices with every other call answered between them; the longest pauses are the planner\'s set-up (model, first-come baseline) and its final summary, which run whole',
    },
    { measure: `Accept the whole plan (${r.placed} bookings, one write)`, value: summarize(r.acceptMs), unit: 'ms' },
    { measure: 'Undo the accepted plan (one write)', value: summarize(r.undoMs), unit: 'ms' },
  ];
}
