/**
 * The board's actions: assign, move (and resize), unassign, undo and redo. Every change goes
 * through the contract as an optimistic change of the console's job cache: until the host has
 * answered the job is shown pending where the dispatcher put it; then the cache shows the host's
 * copy (the reply, or anything newer another client made meanwhile), and a refusal rolls back to
 * the host's copy with a message chosen by error code. Every booking is
 * confirmed by a toast saying where the job went (with Show and Undo; conflicts as a warning with
 * "Add reason…" too), and each success records an undo entry.
 *
 * `createBoardActions` holds the logic (unit-tested with a fake host); use-board-actions.ts wires it
 * to this window's console store and session for components (the board, the queue, the job panel).
 */
import type { invoke as hostInvoke } from '../../api/client';
import type { Input } from '../../../../shared/ipc/contract';
import type { ScheduleResult } from '../../../../shared/ipc/outputs';
import type { AppErrorData, Result } from '../../../../shared/ipc/result';
import type { Job } from '../../../../shared/schemas/job';
import type { ConsoleState } from '../../state/console-store';
import type { LiveJobs } from '../../state/live-jobs';
import { restoreBatch } from '../undo/batch-restore';
import { togglePin } from './pin-action';
import { describeEntry } from '../undo/undo-stack';
import type { ScheduleSnapshot, UndoEntry, UndoKind } from '../undo/undo-stack';
import type { BoardSession } from './board-session';
import { bookingDeadlineText, bookingToast, conflictLines, failureText, offScreenText } from './board-messages';

export type PlaceRequest = {
  jobId: string;
  technicianId: string;
  /** ISO instant. */
  start: string;
  /** ISO instant; defaults to start + the job's estimate. */
  end?: string;
  overrideReason?: string;
};

export type BoardActions = {
  /** Book a queued job on a technician. Resolves true once the host has saved it. */
  assign(p: PlaceRequest): Promise<boolean>;
  /** Move or resize a booked job. Resolves true once the host has saved it. */
  move(p: PlaceRequest): Promise<boolean>;
  /** Back to the queue. Resolves true once the host has saved it. */
  unassign(jobId: string): Promise<boolean>;
  /** Pin a booking in place (the planner never moves it), or unpin it. */
  togglePin(jobId: string): Promise<boolean>;
  /** Jobs whose change is still saving. */
  pendingJobIds: ReadonlySet<string>;
};

export type BoardActionDeps = {
  invoke: typeof hostInvoke;
  /** The console's current data (names and the shown range, for the toasts). */
  getState: () => Pick<ConsoleState, 'board' | 'settings' | 'boardRange'>;
  /** The console's job cache: reads, optimistic changes and the host's replies. */
  jobs: Pick<LiveJobs, 'get' | 'begin' | 'settle' | 'merge'>;
  session: BoardSession;
  /** Fetch one job again (after a refusal that says this window's copy is stale). */
  refresh: (jobId: string) => void;
};

const MINUTE = 60_000;

export const snapshotOf = (job: Job): ScheduleSnapshot => ({
  assignment: job.assignment,
  status: job.status,
  statusReason: job.statusReason,
  pinned: job.pinned,
});

export function createBoardActions(deps: BoardActionDeps) {
  const { session, jobs } = deps;
  // Undo and redo wait for every change already on its way, and run one at a time: a second
  // Ctrl+Z pressed before the first answered must step back one further, not repeat the first.
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    return p;
  };
  let history: Promise<unknown> = Promise.resolve();
  // Undo and redo steps asked for and not yet answered: their entries move between the lists only
  // when the host answers, so a Ctrl+Y right after a Ctrl+Z must count the undo still on its way.
  let historyPending = 0;
  const serial = (step: () => Promise<boolean>): Promise<boolean> => {
    historyPending += 1;
    const run = history
      .then(() => Promise.allSettled([...inFlight]))
      .then(step)
      .finally(() => (historyPending -= 1));
    history = run.catch(() => undefined);
    return run;
  };

  /** The job as this window knows it (asking the host when the cache does not hold it). */
  async function currentJob(jobId: string): Promise<Job | null> {
    const known = jobs.get(jobId);
    if (known) return known;
    const fetched = await deps.invoke('jobs:get', { id: jobId });
    if (fetched.ok) {
      jobs.merge(fetched.value);
      return fetched.value;
    }
    session.toast({ tone: 'error', text: failureText('Finding the job', fetched.error), details: [], actions: [] });
    return null;
  }

  /** Roll the optimistic change back (the host's copy shows again) and say why by code. */
  function refuse(jobId: string, token: number, action: string, error: AppErrorData): false {
    jobs.settle(jobId, token);
    // Changed elsewhere (or blocked by what is booked now): make sure this window has the host's copy.
    if (error.code === 'CONFLICT') deps.refresh(jobId);
    session.toast({ tone: 'error', text: failureText(action, error), details: conflictLines(error.details), actions: [] });
    return false;
  }

  function afterSave(token: number, before: Job, saved: Job, kind: UndoKind, conflicts: ScheduleResult['conflicts']): void {
    jobs.settle(saved.id, token, saved);
    const entry: UndoEntry = {
      jobId: saved.id,
      jobNumber: saved.number,
      kind,
      before: snapshotOf(before),
      after: snapshotOf(saved),
      beforeRevision: before.revision,
      afterRevision: saved.revision,
    };
    session.undo.record(entry);
    if (kind !== 'unassign') {
      const state = deps.getState();
      const zone = state.settings?.timeZone ?? 'UTC';
      const techId = saved.assignment?.technicianId;
      const name = state.board?.technicians.find((t) => t.id === techId)?.name ?? 'a technician';
      const notes = { late: bookingDeadlineText(saved, zone), elsewhere: kind === 'assign' ? offScreenText(saved, state.boardRange, zone) : null };
      session.toast(bookingToast(saved, entry, conflicts, name, zone, notes));
    }
  }

  async function place(mode: 'assign' | 'move', p: PlaceRequest): Promise<boolean> {
    const before = await currentJob(p.jobId);
    if (!before) return false;
    const end = p.end ?? new Date(Date.parse(p.start) + before.estimateMinutes * MINUTE).toISOString();
    const optimistic: Job = {
      ...before,
      status: before.status === 'new' ? 'scheduled' : before.status,
      assignment: { technicianId: p.technicianId, start: p.start, end, ...(p.overrideReason ? { overrideReason: p.overrideReason } : {}) },
    };
    const token = jobs.begin(optimistic);
    // Moving a job that was never booked (the panel's "assign" on a queued job) is an assignment.
    const channel = mode === 'move' && before.assignment ? 'schedule:move' : 'schedule:assign';
    const input: Input<'schedule:move'> = { ...p, end, expectedRevision: before.revision };
    const result = await deps.invoke(channel, input);
    const kind: UndoKind =
      channel === 'schedule:assign'
        ? 'assign'
        : before.assignment?.technicianId === p.technicianId && before.assignment.start === new Date(p.start).toISOString()
          ? 'resize'
          : 'move';
    if (!result.ok) return refuse(p.jobId, token, kind === 'assign' ? `Assigning ${before.number}` : `Moving ${before.number}`, result.error);
    afterSave(token, before, result.value.job, kind, result.value.conflicts);
    return true;
  }

  async function unassign(jobId: string): Promise<boolean> {
    const before = await currentJob(jobId);
    if (!before) return false;
    if (!before.assignment) return true;
    // Shown pending where it is until the host confirms; then it leaves the board.
    const token = jobs.begin(before);
    const result = await deps.invoke('schedule:unassign', { jobId, expectedRevision: before.revision });
    if (!result.ok) return refuse(jobId, token, `Unassigning ${before.number}`, result.error);
    afterSave(token, before, result.value, 'unassign', []);
    return true;
  }

  /**
   * Put `entry`'s job back in one of its two states: through `schedule:restore`, or for an edit
   * made in the job panel through `jobs:update` with the edited fields' other values.
   */
  async function restore(entry: UndoEntry, direction: 'undo' | 'redo'): Promise<boolean> {
    if (entry.batch) return restoreMany(entry, direction);
    const target = direction === 'undo' ? entry.before : entry.after;
    const expected = direction === 'undo' ? entry.afterRevision : entry.beforeRevision;
    const fields = entry.fields && (direction === 'undo' ? entry.fields.before : entry.fields.after);
    const known = jobs.get(entry.jobId);
    const token = known ? jobs.begin({ ...known, ...(fields ?? target) } as Job) : 0;
    const result: Result<ScheduleResult> = fields
      ? await deps
          .invoke('jobs:update', { id: entry.jobId, patch: fields, expectedRevision: expected })
          .then((r) => (r.ok ? { ok: true as const, value: { job: r.value, conflicts: [] } } : r))
      : await deps.invoke('schedule:restore', {
          jobId: entry.jobId,
          assignment: target.assignment,
          status: target.status,
          statusReason: target.statusReason,
          ...(target.pinned === undefined ? {} : { pinned: target.pinned }),
          expectedRevision: expected,
          direction,
        });
    const what = describeEntry(entry);
    if (!result.ok) {
      // A refused restore will be refused again: the job moved on without this window.
      if (result.error.code === 'CONFLICT' || result.error.code === 'NOT_FOUND') session.undo.drop(entry);
      return refuse(entry.jobId, token, direction === 'undo' ? `Undoing the ${what}` : `Redoing the ${what}`, result.error);
    }
    jobs.settle(entry.jobId, token, result.value.job);
    if (direction === 'undo') session.undo.undone(entry, result.value.job.revision);
    else session.undo.redone(entry, result.value.job.revision);
    const conflicts = result.value.conflicts;
    session.toast({
      tone: conflicts.length > 0 ? 'warning' : 'info',
      text: `${direction === 'undo' ? 'Undid' : 'Redid'} the ${what}.`,
      details: conflicts.map((c) => c.message),
      actions: [],
    });
    return true;
  }

  async function restoreMany(entry: UndoEntry, direction: 'undo' | 'redo'): Promise<boolean> {
    const result = await restoreBatch(deps, entry, direction);
    const what = describeEntry(entry);
    if (!result.ok) {
      if (result.error.code === 'CONFLICT' || result.error.code === 'NOT_FOUND') session.undo.drop(entry);
      for (const item of entry.batch ?? []) deps.refresh(item.jobId);
      session.toast({ tone: 'error', text: failureText(direction === 'undo' ? `Undoing the ${what}` : `Redoing the ${what}`, result.error), details: [], actions: [] });
      return false;
    }
    if (direction === 'undo') session.undo.undone(entry, 0, result.batch);
    else session.undo.redone(entry, 0, result.batch);
    session.toast({ tone: 'info', text: `${direction === 'undo' ? 'Undid' : 'Redid'} the ${what}.`, details: [], actions: [] });
    return true;
  }

  return {
    assign: (p: PlaceRequest) => track(place('assign', p)),
    move: (p: PlaceRequest) => track(place('move', p)),
    unassign: (jobId: string) => track(unassign(jobId)),
    togglePin: (jobId: string) =>
      track(currentJob(jobId).then((job) => (job ? togglePin(deps, job, refuse) : false))),
    /**
     * Whether Ctrl+Z has something to step back: an entry on the stack, or a change of this window
     * still saving (its entry is recorded when the host answers, and `undo` waits for that), so a
     * Ctrl+Z pressed right after a drop undoes that drop instead of being ignored.
     */
    canUndo: (): boolean => session.undo.peekUndo() !== undefined || inFlight.size > 0,
    /** Whether Ctrl+Y has something to step forward: a redo entry, or an undo or redo still being answered. */
    canRedo: (): boolean => session.undo.peekRedo() !== undefined || historyPending > 0,
    undo: () =>
      serial(async () => {
        const entry = session.undo.peekUndo();
        return entry ? restore(entry, 'undo') : false;
      }),
    redo: () =>
      serial(async () => {
        const entry = session.undo.peekRedo();
        return entry ? restore(entry, 'redo') : false;
      }),
    /** Record why the dispatcher accepted a conflicting slot, on the job's current assignment. */
    async addReason(job: Job, reason: string): Promise<boolean> {
      const a = job.assignment;
      const text = reason.trim();
      if (!a || text === '') return false;
      const current = (await currentJob(job.id)) ?? job;
      const result = await deps.invoke('schedule:move', {
        jobId: job.id,
        technicianId: a.technicianId,
        start: a.start,
        end: a.end,
        overrideReason: text,
        expectedRevision: current.revision,
      });
      if (!result.ok) return refuse(job.id, 0, `Recording the reason on ${job.number}`, result.error);
      jobs.merge(result.value.job);
      session.undo.amend(job.id, current.revision, snapshotOf(result.value.job), result.value.job.revision);
      session.toast({ tone: 'info', text: `Reason recorded on ${job.number}.`, details: [], actions: [] });
      return true;
    },
  };
}

export type BoardActionsImpl = ReturnType<typeof createBoardActions>;
