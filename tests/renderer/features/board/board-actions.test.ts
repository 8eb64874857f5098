import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBoardActions } from '../../../../renderer/src/features/board/board-actions';
import { createBoardSession } from '../../../../renderer/src/features/board/board-session';
import { editUndoEntry } from '../../../../renderer/src/features/undo/panel-undo';
import type { BoardSession } from '../../../../renderer/src/features/board/board-session';
import { createLiveJobs } from '../../../../renderer/src/state/live-jobs';
import type { Channel, Input, Output } from '../../../../shared/ipc/contract';
import type { BoardData, QueueData } from '../../../../shared/ipc/outputs';
import type { Result } from '../../../../shared/ipc/result';
import type { Job } from '../../../../shared/schemas/job';
import type { Settings } from '../../../../shared/schemas/settings';
import { makeJob, makeTechnician } from '../../support/factories';

type Call = { channel: Channel; input: unknown };

/** A fake host: answers each call with `reply(channel, input)`, recording calls; replies can be held back. */
function fakeHost(reply: (channel: Channel, input: never) => Result<unknown>) {
  const calls: Call[] = [];
  let gate: Promise<void> | null = null;
  const invoke = async <C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> => {
    calls.push({ channel, input });
    if (gate) await gate;
    return reply(channel, input as never) as Result<Output<C>>;
  };
  return {
    invoke,
    calls,
    hold() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => {
        gate = null;
        release();
      };
    },
  };
}

// Due times after the slot below: these bookings keep the SLA unless a test says otherwise.
const queued = makeJob({
  id: 'job-1',
  number: 'J-1042',
  estimateMinutes: 90,
  updatedAt: '2026-11-26T08:00:00.000Z',
  responseDueAt: '2026-11-27T12:00:00Z',
  resolutionDueAt: '2026-11-28T12:00:00Z',
});
const slot = { technicianId: 'tech-1', start: '2026-11-27T09:00:00.000Z', end: '2026-11-27T10:30:00.000Z' };

function setup(reply: (channel: Channel, input: never) => Result<unknown>, shown: { board?: Job[]; queue?: Job[] } = { queue: [queued] }) {
  const host = fakeHost(reply);
  const session: BoardSession = createBoardSession();
  const state = {
    board: { from: '2026-11-27T00:00:00.000Z', to: '2026-11-28T00:00:00.000Z', technicians: [makeTechnician({ id: 'tech-1', name: "Liam O'Connor" })], jobs: shown.board ?? [], revision: 1 } as BoardData,
    boardRange: { from: '2026-11-27T00:00:00.000Z', to: '2026-11-28T00:00:00.000Z' },
    queue: { jobs: shown.queue ?? [], revision: 1 } as QueueData,
    settings: { timeZone: 'Europe/London' } as Settings,
  };
  const refreshes = { count: 0 };
  // The console's real job cache, loaded with the jobs shown.
  const jobs = createLiveJobs({ frame: (flush) => flush(), onChange: () => {}, resync: () => {} });
  jobs.queueSnapshot(state.queue);
  jobs.boardSnapshot(state.board);
  const actions = createBoardActions({ invoke: host.invoke as never, getState: () => state, jobs, session, refresh: () => refreshes.count++ });
  return { host, session, actions, refreshes, jobs };
}

let stamp = 0;
const saved = (job: Job, over: Partial<Job>): Job => ({ ...job, ...over, revision: job.revision + 1, updatedAt: `2026-11-26T09:00:${String(++stamp).padStart(2, '0')}.000Z` });

beforeEach(() => {
  vi.useFakeTimers();
  stamp = 0;
});
afterEach(() => vi.useRealTimers());

describe('board actions', () => {
  it('assign: shows the job pending at the drop, sends the estimate end and the version seen, records an undo entry', async () => {
    const { host, session, actions, jobs } = setup((channel, input: { jobId: string }) =>
      channel === 'schedule:assign' ? { ok: true, value: { job: saved(queued, { status: 'scheduled', assignment: slot }), conflicts: [] } } : { ok: false, error: { code: 'INTERNAL', message: `unexpected ${channel} ${input.jobId}` } },
    );
    const release = host.hold();
    const done = actions.assign({ jobId: 'job-1', technicianId: 'tech-1', start: slot.start });
    await vi.waitFor(() => expect(jobs.view().pendingJobIds.has('job-1')).toBe(true));
    expect(jobs.get('job-1')).toMatchObject({ status: 'scheduled', assignment: slot, revision: queued.revision });
    // Booked: it has left the queue and is on the board while it saves.
    expect(jobs.view().queue?.jobs).toEqual([]);
    expect(jobs.view().board?.jobs.map((j) => j.id)).toEqual(['job-1']);
    release();
    expect(await done).toBe(true);
    expect(host.calls).toEqual([
      { channel: 'schedule:assign', input: { jobId: 'job-1', technicianId: 'tech-1', start: slot.start, end: slot.end, expectedRevision: queued.revision } },
    ]);
    expect(jobs.view().pendingJobIds.size).toBe(0);
    expect(jobs.get('job-1')?.revision).toBe(queued.revision + 1);
    expect(session.undo.peekUndo()).toMatchObject({ kind: 'assign', before: { assignment: null, status: 'new' }, after: { assignment: slot, status: 'scheduled' } });
    // The booking is confirmed: where the job went, with Show and Undo.
    expect(session.toasts()).toMatchObject([{ tone: 'info', text: "J-1042 → Liam O'Connor, Fri 27 Nov 09:00", details: [] }]);
    expect(session.toasts()[0]!.actions).toEqual([
      { kind: 'show', jobId: 'job-1', start: slot.start },
      { kind: 'undo', entry: session.undo.peekUndo() },
    ]);
  });

  it('a refusal rolls back to the host copy, shows the reason by code and records nothing', async () => {
    const { session, actions, jobs } = setup(() => ({ ok: false, error: { code: 'CONFLICT', message: 'Alex Chen is already booked then.', details: [{ kind: 'overlap', message: 'Overlaps J-1001 (09:00–10:00).' }] } }));
    expect(await actions.assign({ jobId: 'job-1', technicianId: 'tech-1', start: slot.start })).toBe(false);
    expect(jobs.get('job-1')).toBe(queued);
    expect(jobs.view().queue?.jobs).toEqual([queued]);
    expect(jobs.view().pendingJobIds.size).toBe(0);
    expect(session.undo.peekUndo()).toBeUndefined();
    expect(session.toasts()).toMatchObject([
      { tone: 'error', text: 'Assigning J-1042 was refused: Alex Chen is already booked then.', details: ['Overlaps J-1001 (09:00–10:00).'] },
    ]);
  });

  it('conflicts accepted under warn: a warning toast with the reasons, "Undo" and "Add reason…"', async () => {
    const conflicts = [{ kind: 'missing-skills', message: 'Alex lacks the required skills: printers.' }];
    const { session, actions } = setup(() => ({ ok: true, value: { job: saved(queued, { status: 'scheduled', assignment: slot }), conflicts } }));
    await actions.assign({ jobId: 'job-1', technicianId: 'tech-1', start: slot.start });
    const [toast] = session.toasts();
    expect(toast).toMatchObject({ tone: 'warning', text: "J-1042 → Liam O'Connor, Fri 27 Nov 09:00, booked with a warning:", details: ['Alex lacks the required skills: printers.'] });
    expect(toast!.actions.map((a) => a.kind)).toEqual(['show', 'undo', 'add-reason']);
  });

  it('a booking past its response due time: a warning toast that says how late, with "Undo"', async () => {
    const late = { ...queued, responseDueAt: '2026-11-26T12:00:00Z' };
    const { session, actions } = setup(() => ({ ok: true, value: { job: saved(late, { status: 'scheduled', assignment: slot }), conflicts: [] } }), { queue: [late] });
    await actions.assign({ jobId: 'job-1', technicianId: 'tech-1', start: slot.start });
    const [toast] = session.toasts();
    expect(toast).toMatchObject({
      tone: 'warning',
      text: "J-1042 → Liam O'Connor, Fri 27 Nov 09:00, booked after its SLA deadline:",
      details: ['Late: starts 21 h after the response was due (Thu 12:00).'],
    });
    expect(toast!.actions.map((a) => a.kind)).toEqual(['show', 'undo', 'add-reason']);
  });

  it('an assignment that lands on a day other than the one on screen says which day', async () => {
    const later = { ...slot, start: '2026-11-26T09:00:00.000Z', end: '2026-11-26T10:30:00.000Z' };
    const { session, actions } = setup(() => ({ ok: true, value: { job: saved(queued, { status: 'scheduled', assignment: later }), conflicts: [] } }));
    await actions.assign({ jobId: 'job-1', technicianId: 'tech-1', start: later.start });
    const [toast] = session.toasts();
    expect(toast).toMatchObject({ tone: 'info', text: "J-1042 → Liam O'Connor, Thu 26 Nov 09:00. Booked for Thu 26 Nov, not the day on screen." });
    expect(toast!.actions.map((a) => a.kind)).toEqual(['show', 'undo']);
  });

  it('move of a booked job is a move (resize when only the end changes); unassign restores the full state on undo', async () => {
    const booked = makeJob({ id: 'job-1', number: 'J-1042', status: 'dispatched', assignment: slot, updatedAt: '2026-11-26T08:30:00.000Z' });
    let current = booked;
    const { host, session, actions } = setup(
      (channel, input: Input<'schedule:move'> & Input<'schedule:restore'>) => {
        if (channel === 'schedule:move') current = saved(current, { assignment: { technicianId: input.technicianId, start: input.start, end: input.end! } });
        else if (channel === 'schedule:unassign') current = saved(current, { assignment: null, status: 'new' });
        else if (channel === 'schedule:restore') {
          if (input.expectedRevision !== current.revision) return { ok: false, error: { code: 'CONFLICT', message: 'J-1042 was changed elsewhere since; nothing was undone.' } };
          current = saved(current, { assignment: input.assignment, status: input.status, statusReason: input.statusReason ?? null });
          return { ok: true, value: { job: current, conflicts: [] } };
        }
        return channel === 'schedule:unassign' ? { ok: true, value: current } : { ok: true, value: { job: current, conflicts: [] } };
      },
      { board: [booked] },
    );
    await actions.move({ jobId: 'job-1', technicianId: 'tech-1', start: slot.start, end: '2026-11-27T11:00:00.000Z' });
    expect(session.undo.peekUndo()?.kind).toBe('resize');
    await actions.unassign('job-1');
    expect(session.undo.peekUndo()).toMatchObject({ kind: 'unassign', before: { status: 'dispatched' } });

    // Two undos pressed at once run one after the other: unassign, then the resize.
    await Promise.all([actions.undo(), actions.undo()]);
    expect(current).toMatchObject({ status: 'dispatched', assignment: slot });
    expect(host.calls.filter((c) => c.channel === 'schedule:restore')).toHaveLength(2);
    expect(session.undo.sizes()).toEqual({ undo: 0, redo: 2 });
    expect(await actions.redo()).toBe(true);
    expect(current.assignment?.end).toBe('2026-11-27T11:00:00.000Z');
  });

  it('undoing the unassign of a pinned booking asks for the pin back', async () => {
    const booked = makeJob({ id: 'job-1', number: 'J-1042', status: 'scheduled', assignment: slot, pinned: true });
    let current = booked;
    const { host, actions } = setup(
      (channel, input: Input<'schedule:restore'>) => {
        if (channel === 'schedule:unassign') current = saved(current, { assignment: null, status: 'new', pinned: false });
        else current = saved(current, { assignment: input.assignment, status: input.status, pinned: input.pinned ?? false });
        return channel === 'schedule:unassign' ? { ok: true, value: current } : { ok: true, value: { job: current, conflicts: [] } };
      },
      { board: [booked] },
    );
    await actions.unassign('job-1');
    await actions.undo();
    expect(host.calls.find((c) => c.channel === 'schedule:restore')?.input).toMatchObject({ assignment: slot, pinned: true });
    expect(current.pinned).toBe(true);
  });

  it('Ctrl+Z pressed while a move is still saving is enabled and undoes that move once it is saved', async () => {
    const booked = makeJob({ id: 'job-1', number: 'J-1042', status: 'scheduled', assignment: slot });
    let current = booked;
    const { host, session, actions } = setup(
      (channel, input: Input<'schedule:move'> & Input<'schedule:restore'>) => {
        if (channel === 'schedule:move') current = saved(current, { assignment: { technicianId: input.technicianId, start: input.start, end: input.end! } });
        else current = saved(current, { assignment: input.assignment, status: input.status, statusReason: input.statusReason ?? null });
        return { ok: true, value: { job: current, conflicts: [] } };
      },
      { board: [booked] },
    );
    expect(actions.canUndo()).toBe(false);
    const release = host.hold();
    const moving = actions.move({ jobId: 'job-1', technicianId: 'tech-2', start: '2026-11-27T13:00:00.000Z', end: '2026-11-27T14:30:00.000Z' });
    // Nothing recorded yet, but the drop is on its way: the shortcut must not be ignored.
    expect(session.undo.peekUndo()).toBeUndefined();
    expect(actions.canUndo()).toBe(true);
    const undoing = actions.undo();
    release();
    expect(await moving).toBe(true);
    expect(await undoing).toBe(true);
    expect(current.assignment).toEqual(slot);
    expect(session.undo.sizes()).toEqual({ undo: 0, redo: 1 });
    expect(actions.canUndo()).toBe(false);

    // Ctrl+Z then Ctrl+Y before the undo is answered: the redo waits for it and moves the job again.
    await actions.redo();
    const releaseAgain = host.hold();
    const undoingAgain = actions.undo();
    expect(session.undo.peekRedo()).toBeUndefined();
    expect(actions.canRedo()).toBe(true);
    const redoing = actions.redo();
    releaseAgain();
    expect(await undoingAgain).toBe(true);
    expect(await redoing).toBe(true);
    expect(current.assignment).toEqual({ technicianId: 'tech-2', start: '2026-11-27T13:00:00.000Z', end: '2026-11-27T14:30:00.000Z' });
    expect(actions.canRedo()).toBe(false);
  });

  it('an undo refused because the job changed elsewhere drops the entry, says so and refetches the board', async () => {
    const { session, actions, refreshes } = setup((channel) =>
      channel === 'schedule:restore'
        ? { ok: false, error: { code: 'CONFLICT', message: 'J-1042 was changed elsewhere since; nothing was undone.' } }
        : { ok: true, value: { job: saved(queued, { status: 'scheduled', assignment: slot }), conflicts: [] } },
    );
    await actions.assign({ jobId: 'job-1', technicianId: 'tech-1', start: slot.start });
    expect(refreshes.count).toBe(0);
    expect(await actions.undo()).toBe(false);
    expect(refreshes.count).toBe(1);
    expect(session.undo.sizes()).toEqual({ undo: 0, redo: 0 });
    expect(session.toasts().at(-1)).toMatchObject({
      tone: 'error',
      text: 'Undoing the assignment of J-1042 was refused: J-1042 was changed elsewhere since; nothing was undone.',
    });
  });

  it('a booking toast goes once the job is booked elsewhere or unassigned, not when only a reason is added', async () => {
    const conflicts = [{ kind: 'overlap', message: 'Overlaps J-1001.' }];
    const booked = saved(queued, { status: 'scheduled', assignment: slot });
    const { session, actions } = setup(() => ({ ok: true, value: { job: booked, conflicts } }));
    await actions.assign({ jobId: 'job-1', technicianId: 'tech-1', start: slot.start });
    expect(session.toasts()).toHaveLength(1);
    session.dismissStale(() => booked); // the same booking
    session.dismissStale(() => ({ ...booked, revision: booked.revision + 1, assignment: { ...slot, overrideReason: 'ok' } }));
    session.dismissStale(() => ({ ...queued, revision: 0 })); // older data than the toast
    expect(session.toasts()).toHaveLength(1);
    session.dismissStale(() => ({ ...booked, revision: booked.revision + 1, assignment: { ...slot, start: '2026-11-27T10:00:00.000Z' } }));
    expect(session.toasts()).toEqual([]);

    await actions.assign({ jobId: 'job-1', technicianId: 'tech-1', start: slot.start });
    session.dismissStale(() => ({ ...booked, revision: booked.revision + 2, assignment: null, status: 'new' }));
    expect(session.toasts()).toEqual([]);
  });

  it('a newer booking toast about the same job replaces the older one', async () => {
    const { session, actions } = setup(() => ({ ok: true, value: { job: saved(queued, { status: 'scheduled', assignment: slot }), conflicts: [] } }));
    await actions.assign({ jobId: 'job-1', technicianId: 'tech-1', start: slot.start });
    await actions.assign({ jobId: 'job-1', technicianId: 'tech-1', start: slot.start });
    expect(session.toasts()).toHaveLength(1);
  });

  it('undoes and redoes a job-panel edit through jobs:update with the revision each side produced', async () => {
    const edited = saved(queued, { title: 'Printer jams on tray 2' });
    const { host, session, actions } = setup((channel, input: Input<'jobs:update'>) =>
      channel === 'jobs:update' ? { ok: true, value: { ...edited, ...input.patch, revision: input.expectedRevision! + 1 } } : { ok: false, error: { code: 'INTERNAL', message: 'unexpected' } },
    );
    session.undo.record(editUndoEntry(queued, { title: 'Printer jams on tray 2' }, edited)!);
    expect(await actions.undo()).toBe(true);
    expect(host.calls.at(-1)).toEqual({ channel: 'jobs:update', input: { id: 'job-1', patch: { title: queued.title }, expectedRevision: edited.revision } });
    expect(session.toasts().at(-1)).toMatchObject({ tone: 'info', text: 'Undid the edit of J-1042.' });
    expect(await actions.redo()).toBe(true);
    expect(host.calls.at(-1)).toEqual({ channel: 'jobs:update', input: { id: 'job-1', patch: { title: 'Printer jams on tray 2' }, expectedRevision: edited.revision + 1 } });
  });

  it('shows the host reply once saved, and a change made elsewhere meanwhile when that is newer', async () => {
    const ours = saved(queued, { status: 'scheduled', assignment: slot });
    const { host, actions, jobs } = setup(() => ({ ok: true, value: { job: ours, conflicts: [] } }));
    const release = host.hold();
    const done = actions.assign({ jobId: 'job-1', technicianId: 'tech-1', start: slot.start });
    await vi.waitFor(() => expect(jobs.view().pendingJobIds.has('job-1')).toBe(true));
    // Another client moves it after our commit; its delta arrives before our reply.
    const theirs = { ...ours, revision: ours.revision + 1, assignment: { ...slot, technicianId: 'tech-2' } };
    jobs.receive({ revision: 3, previous: 1, ids: ['job-1'], jobs: [theirs], removed: [] });
    expect(jobs.get('job-1')?.assignment?.technicianId).toBe('tech-1'); // ours still saving
    release();
    expect(await done).toBe(true);
    expect(jobs.get('job-1')).toBe(theirs);
  });
});
