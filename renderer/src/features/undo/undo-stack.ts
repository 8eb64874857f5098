/**
 * The board's undo history: one window's schedule changes, in memory. Each entry holds the job's
 * scheduling state before and after the change plus the job's `revision` on each side, so undo
 * and redo can go through `schedule:restore` with optimistic concurrency: if the job changed in
 * between (another window, intake), the host refuses and nothing is overwritten.
 *
 * Pure data structure (no React, no host calls) so its rules are unit-tested directly.
 */
import type { Input } from '../../../../shared/ipc/contract';
import type { Assignment, JobStatus } from '../../../../shared/schemas/job';

/** Edited fields of a job as `jobs:update` takes them (title, priority, notes…). */
export type FieldValues = Input<'jobs:update'>['patch'];

/** Everything about a job that a board action changes, and that undo must put back. */
export type ScheduleSnapshot = {
  assignment: Assignment | null;
  status: JobStatus;
  statusReason: string | null;
  /** The booking's pin (absent in entries that do not know it, which leave the pin as it is). */
  pinned?: boolean;
};

export type UndoKind = 'assign' | 'move' | 'resize' | 'unassign' | 'reason' | 'status' | 'edit' | 'pin' | 'plan';

/** One job of a batch change (an accepted plan): its two states and revisions. */
export type BatchItem = Pick<UndoEntry, 'jobId' | 'jobNumber' | 'before' | 'after' | 'beforeRevision' | 'afterRevision'>;

export type UndoEntry = {
  jobId: string;
  jobNumber: string;
  kind: UndoKind;
  before: ScheduleSnapshot;
  after: ScheduleSnapshot;
  /** The job's `revision` while it is in the `before` state. */
  beforeRevision: number;
  /** The job's `revision` while it is in the `after` state. */
  afterRevision: number;
  /**
   * An edit made in the job panel: the changed fields' values on each side. Undo and redo put
   * them back through `jobs:update` instead of `schedule:restore` (`before`/`after` then hold the
   * job's unchanged scheduling state).
   */
  fields?: { before: FieldValues; after: FieldValues };
  /**
   * A change of many jobs at once (an accepted plan): undo and redo put all of them back in one
   * host change (`planner:restore`). `jobId` is then empty and `jobNumber` says how many.
   */
  batch?: BatchItem[];
};

const NOUNS: Record<UndoKind, string> = {
  assign: 'assignment',
  move: 'move',
  resize: 'resize',
  unassign: 'unassignment',
  reason: 'override reason',
  status: 'status change',
  edit: 'edit',
  pin: 'pin',
  plan: 'accepted plan',
};

/** "move of J-1042", for "Undo move of J-1042" / "Redo move of J-1042". */
export function describeEntry(entry: Pick<UndoEntry, 'kind' | 'jobNumber'>): string {
  return `${NOUNS[entry.kind]} of ${entry.jobNumber}`;
}

export type UndoStack = ReturnType<typeof createUndoStack>;

/** Entries beyond this are forgotten, oldest first. */
export const UNDO_LIMIT = 100;

export function createUndoStack(limit = UNDO_LIMIT) {
  let past: UndoEntry[] = [];
  let future: UndoEntry[] = [];
  let version = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    version++;
    for (const listener of [...listeners]) listener();
  };

  /**
   * After job `jobId` reached `revision` in a state that an older entry expected at `expected`,
   * hand that entry the new revision, so undoing two changes of one job in a row keeps working.
   */
  const rebaseNeighbour = (list: UndoEntry[], jobId: string, side: 'beforeRevision' | 'afterRevision', expected: number, revision: number, fromTop: boolean) => {
    const order = fromTop ? [...list.keys()].reverse() : [...list.keys()];
    for (const i of order) {
      const entry = list[i];
      if (!entry || entry.jobId !== jobId) continue;
      if (entry[side] === expected) list[i] = { ...entry, [side]: revision };
      return;
    }
  };

  return {
    /** A new change: it becomes the next undo and clears the redo list. */
    record(entry: UndoEntry): void {
      past = [...past, entry].slice(-limit);
      future = [];
      changed();
    },
    peekUndo: (): UndoEntry | undefined => past[past.length - 1],
    peekRedo: (): UndoEntry | undefined => future[future.length - 1],

    /** The top entry was undone; the job now has `revision` (in the entry's `before` state). */
    undone(entry: UndoEntry, revision: number, batch?: BatchItem[]): void {
      if (past[past.length - 1] !== entry) return;
      past = past.slice(0, -1);
      rebaseNeighbour(past, entry.jobId, 'afterRevision', entry.beforeRevision, revision, true);
      future = [...future, { ...entry, beforeRevision: revision, ...(batch ? { batch } : {}) }];
      changed();
    },

    /** The top redo entry was redone; the job now has `revision` (in the entry's `after` state). */
    redone(entry: UndoEntry, revision: number, batch?: BatchItem[]): void {
      if (future[future.length - 1] !== entry) return;
      future = future.slice(0, -1);
      rebaseNeighbour(future, entry.jobId, 'beforeRevision', entry.afterRevision, revision, true);
      past = [...past, { ...entry, afterRevision: revision, ...(batch ? { batch } : {}) }];
      changed();
    },

    /** The entry cannot be applied any more (the job changed elsewhere): forget it. */
    drop(entry: UndoEntry): void {
      past = past.filter((e) => e !== entry);
      future = future.filter((e) => e !== entry);
      changed();
    },

    /**
     * The job changed again by this window in a way that amends the latest change (an override
     * reason added to it): the newest entry for the job now ends in `after` at `revision`.
     */
    amend(jobId: string, fromRevision: number, after: ScheduleSnapshot, revision: number): boolean {
      const top = past[past.length - 1];
      if (!top || top.jobId !== jobId || top.afterRevision !== fromRevision) return false;
      past = [...past.slice(0, -1), { ...top, after, afterRevision: revision }];
      changed();
      return true;
    },

    /** Changes whenever the lists do (for `useSyncExternalStore`). */
    version: () => version,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sizes: () => ({ undo: past.length, redo: future.length }),
  };
}
