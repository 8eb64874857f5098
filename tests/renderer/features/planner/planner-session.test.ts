import { describe, expect, it } from 'vitest';
import { createBoardActions } from '../../../../renderer/src/features/board/board-actions';
import { createBoardSession } from '../../../../renderer/src/features/board/board-session';
import { createPlannerSession, PROGRESS_DELAY_MS } from '../../../../renderer/src/features/planner/planner-session';
import type { Channel } from '../../../../shared/ipc/contract';
import type { EventMap } from '../../../../shared/ipc/events';
import type { PlanView } from '../../../../shared/ipc/planner-outputs';
import type { Result } from '../../../../shared/ipc/result';
import type { Job } from '../../../../shared/schemas/job';
import { makeJob } from '../../support/factories';

/** What the fake host reads from a call's input (the session's own calls, typed loosely). */
type Loose = { runId?: string; items: Array<{ jobId: string; expectedRevision: number; assignment: Job['assignment'] }> };

const slot = (h: number) => ({ technicianId: 't1', start: `2026-11-27T${h}:00:00.000Z`, end: `2026-11-27T${h + 1}:00:00.000Z` });
const jobs = [makeJob({ id: 'a', number: 'J-1', revision: 3 }), makeJob({ id: 'b', number: 'J-2', revision: 5 })];

function planOf(id: string): PlanView {
  return {
    planId: id,
    runId: 'r',
    madeAt: '2026-11-27T08:00:00.000Z',
    horizonStart: '2026-11-27T08:00:00.000Z',
    horizonEnd: '2026-11-29T00:00:00.000Z',
    mayMoveScheduled: false,
    proposals: jobs.map((j, i) => ({ jobId: j.id, jobNumber: j.number, ...slot(10 + i), moved: false, reasons: ['Meets the response deadline'] })),
    unplaced: [],
    summary: { placed: 2, notPlaced: 0, moved: 0, breachesBefore: 3, breachesAfter: 0, resolutionBreachesBefore: 0, resolutionBreachesAfter: 0, overtimeMinutes: 0, travelMinutes: 0, zoneChanges: 0, technicians: [] },
  };
}

/** A fake host for the planner's channels; `accept` decides how accepting answers. */
function setup(accept: (n: number) => Result<unknown>) {
  const calls: Array<{ channel: Channel; input: Loose }> = [];
  const listeners = new Set<(p: EventMap['planner:progress']) => void>();
  let plans = 0;
  let accepts = 0;
  let releaseProposal: (() => void) | null = null;
  const invoke = async (channel: Channel, input: Loose): Promise<Result<unknown>> => {
    calls.push({ channel, input });
    if (channel === 'planner:propose') {
      if (input.runId === 'slow') await new Promise<void>((r) => (releaseProposal = r));
      return { ok: true, value: { status: 'done', plan: planOf(`p${++plans}`) } };
    }
    if (channel === 'planner:accept') return accept(++accepts);
    if (channel === 'planner:restore') {
      return { ok: true, value: { jobs: input.items.map((it) => ({ ...jobs.find((j) => j.id === it.jobId), revision: it.expectedRevision + 1, assignment: it.assignment })), before: [] } };
    }
    return { ok: true, value: { cancelled: true } };
  };
  const on = (_event: string, listener: (p: EventMap['planner:progress']) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  const board = createBoardSession();
  const merged: Job[] = [];
  const timers: Array<() => void> = [];
  let runIds = ['r1', 'r2', 'r3'];
  const planner = createPlannerSession({
    invoke: invoke as never,
    on: on as never,
    session: board,
    jobs: { merge: (j) => merged.push(j) },
    newRunId: () => runIds.shift() ?? 'rx',
    setTimer: (fn, ms) => {
      expect(ms).toBe(PROGRESS_DELAY_MS);
      timers.push(fn);
      return () => {};
    },
  });
  return {
    planner,
    board,
    calls,
    merged,
    timers,
    setRunIds: (ids: string[]) => (runIds = ids),
    emit: (p: EventMap['planner:progress']) => listeners.forEach((l) => l(p)),
    release: () => releaseProposal?.(),
    invoke,
  };
}

const acceptedAll = (): Result<unknown> => ({
  ok: true,
  value: {
    jobs: jobs.map((j, i) => ({ ...j, status: 'scheduled', assignment: slot(10 + i), revision: j.revision + 1 })),
    before: jobs.map((j) => ({ id: j.id, assignment: null, status: 'new', statusReason: null, revision: j.revision })),
  },
});

describe('planner session', () => {
  it('shows progress only after half a second, for its own run only', async () => {
    const t = setup(acceptedAll);
    t.setRunIds(['slow']);
    const running = t.planner.propose();
    const first = [{ jobId: 'a', jobNumber: 'J-1', technicianId: 't1', start: slot(10).start, end: slot(10).end }];
    t.emit({ runId: 'slow', phase: 'construct', done: 1, total: 4, draft: first });
    expect(t.planner.get()).toMatchObject({ phase: 'running', progress: null, draft: null });
    t.timers.forEach((fn) => fn());
    // Past half a second the plan as it stands is shown too: the board draws it while the run goes on.
    expect(t.planner.get()).toMatchObject({ progress: { done: 1, total: 4, phase: 'construct' }, draft: first });
    t.emit({ runId: 'other', phase: 'improve', done: 9, total: 9, draft: [] });
    const better = [{ ...first[0]!, technicianId: 't2' }];
    t.emit({ runId: 'slow', phase: 'improve', done: 2, total: 4, draft: better });
    expect(t.planner.get()).toMatchObject({ progress: { done: 2 }, draft: better });
    t.release();
    await running;
    expect(t.planner.get()).toMatchObject({ phase: 'ready', progress: null, draft: null, plan: { planId: 'p1' } });
  });

  it('accepting records ONE undo entry for the whole batch, and Ctrl+Z puts every job back in one call', async () => {
    const t = setup(acceptedAll);
    await t.planner.propose();
    expect(await t.planner.accept()).toBe(true);
    expect(t.merged.map((j) => j.id)).toEqual(['a', 'b']);
    expect(t.board.undo.sizes()).toEqual({ undo: 1, redo: 0 });
    expect(t.planner.get()).toMatchObject({ phase: 'idle', plan: null });

    const actions = createBoardActions({
      invoke: t.invoke as never,
      getState: () => ({ board: null, settings: null, boardRange: null }),
      jobs: { get: () => undefined, begin: () => 0, settle: () => {}, merge: () => {} },
      session: t.board,
      refresh: () => {},
    });
    expect(await actions.undo()).toBe(true);
    const restores = t.calls.filter((c) => c.channel === 'planner:restore');
    expect(restores).toHaveLength(1);
    expect(restores[0]?.input).toEqual({
      direction: 'undo',
      items: [
        { jobId: 'a', assignment: null, status: 'new', statusReason: null, expectedRevision: 4 },
        { jobId: 'b', assignment: null, status: 'new', statusReason: null, expectedRevision: 6 },
      ],
    });
    expect(t.board.undo.sizes()).toEqual({ undo: 0, redo: 1 });
    // Redo expects the revisions the undo produced.
    expect(await actions.redo()).toBe(true);
    expect(t.calls.filter((c) => c.channel === 'planner:restore')[1]?.input.items.map((i) => i.expectedRevision)).toEqual([5, 7]);
  });

  it('a CONFLICT on accept plans again and says why', async () => {
    const t = setup(() => ({ ok: false, error: { code: 'CONFLICT', message: 'Things the plan depends on changed since it was made (J-2); nothing was booked. The plan is being made again.' } }));
    await t.planner.propose();
    expect(await t.planner.accept({ jobIds: ['a'] })).toBe(false);
    await new Promise((r) => setTimeout(r, 0));
    expect(t.calls.filter((c) => c.channel === 'planner:propose')).toHaveLength(2);
    expect(t.planner.get()).toMatchObject({ phase: 'ready', plan: { planId: 'p2' }, notice: expect.stringMatching(/changed since it was made/) });
    expect(t.board.undo.sizes()).toEqual({ undo: 0, redo: 0 });
  });

  it('cancel stops the run and clears the plan; discard sends nothing to book', async () => {
    const t = setup(acceptedAll);
    t.setRunIds(['slow']);
    const running = t.planner.propose();
    t.planner.cancel();
    expect(t.calls.at(-1)).toEqual({ channel: 'planner:cancel', input: { runId: 'slow' } });
    t.release();
    await running;
    expect(t.planner.get()).toMatchObject({ phase: 'idle', plan: null });
    await t.planner.propose();
    t.planner.discard();
    expect(t.planner.get().plan).toBeNull();
    expect(t.calls.some((c) => c.channel === 'planner:accept')).toBe(false);
  });
});
