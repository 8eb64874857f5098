/**
 * This window's board session: jobs whose change is on its way to the host (shown pending where
 * they were dropped), the toasts about board actions, and the undo history. One per window (a
 * module singleton), so the board, the queue and the job panel all see the same pending jobs and
 * share one undo history without a provider around them.
 */
import type { Assignment, Job } from '../../../../shared/schemas/job';
import { createUndoStack } from '../undo/undo-stack';
import type { UndoEntry } from '../undo/undo-stack';

/** How a job is shown while its change is saving, or just saved but not yet refetched. */
export type JobOverride = {
  /** The job as the board should draw it (optimistic while saving, the host's copy once saved). */
  job: Job;
  phase: 'saving' | 'saved';
};

export type ToastAction =
  | { kind: 'undo'; entry: UndoEntry }
  | { kind: 'add-reason'; job: Job }
  /** Scroll the board to the job's booking and focus it. */
  | { kind: 'show'; jobId: string; start: string };

/** The booking a toast is about: once the job is booked elsewhere or unassigned, the toast is stale. */
export type ToastAbout = { jobId: string; revision: number; assignment: Assignment | null };

export type Toast = {
  id: number;
  tone: 'info' | 'warning' | 'error';
  text: string;
  /** Extra lines (each conflict's reason). */
  details: string[];
  actions: ToastAction[];
  about?: ToastAbout;
};

export type BoardSession = ReturnType<typeof createBoardSession>;

/**
 * Toasts without actions go away by themselves; a booking's confirmation (Show, Undo) stays a
 * little longer, warnings with "Add reason…" longest. They sit over the header's buttons, so none
 * stays longer than it must (Undo stays in the header and on Ctrl+Z).
 */
const TOAST_MS = { plain: 6000, confirmation: 8000, actionable: 15000 };
const MAX_TOASTS = 3;

export function createBoardSession() {
  let overrides: ReadonlyMap<string, JobOverride> = new Map();
  let pendingIds: ReadonlySet<string> = new Set();
  let toasts: readonly Toast[] = [];
  let nextToastId = 1;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of [...listeners]) listener();
  };

  const setOverrides = (next: Map<string, JobOverride>) => {
    overrides = next;
    const ids = [...next].filter(([, o]) => o.phase === 'saving').map(([id]) => id);
    const same = ids.length === pendingIds.size && ids.every((id) => pendingIds.has(id));
    if (!same) pendingIds = new Set(ids);
    emit();
  };

  const dismiss = (id: number) => {
    if (!toasts.some((t) => t.id === id)) return;
    toasts = toasts.filter((t) => t.id !== id);
    emit();
  };

  return {
    undo: createUndoStack(),
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    overrides: () => overrides,
    /** Jobs whose change the host has not committed yet (identity changes only when the set does). */
    pendingJobIds: () => pendingIds,
    toasts: () => toasts,

    /** Show `job` as it will be once saved, marked pending. */
    saving(job: Job): void {
      setOverrides(new Map(overrides).set(job.id, { job, phase: 'saving' }));
    },
    /** The host committed `job`; keep showing it until the refetched data catches up. */
    saved(job: Job): void {
      setOverrides(new Map(overrides).set(job.id, { job, phase: 'saved' }));
    },
    /** Stop overriding `jobId` (failure: the board shows the host's data again). */
    clear(jobId: string): void {
      if (!overrides.has(jobId)) return;
      const next = new Map(overrides);
      next.delete(jobId);
      setOverrides(next);
    },
    /**
     * Drop saved overrides that the refetched data has caught up with: `seen(id)` gives the
     * `revision` the console's data now holds for a job (undefined when it does not hold it).
     */
    reconcile(seen: (jobId: string) => number | undefined): void {
      let next: Map<string, JobOverride> | null = null;
      for (const [id, o] of overrides) {
        if (o.phase !== 'saved') continue;
        const revision = seen(id);
        if (revision !== undefined && revision >= o.job.revision) {
          next ??= new Map(overrides);
          next.delete(id);
        }
      }
      if (next) setOverrides(next);
    },

    toast(t: Omit<Toast, 'id'>): number {
      const id = nextToastId++;
      // A newer toast about the same job replaces the older one, which describes a booking that is gone.
      const kept = t.about ? toasts.filter((old) => old.about?.jobId !== t.about!.jobId) : toasts;
      toasts = [...kept, { ...t, id }].slice(-MAX_TOASTS);
      emit();
      const ms = t.actions.length === 0 ? TOAST_MS.plain : t.tone === 'info' ? TOAST_MS.confirmation : TOAST_MS.actionable;
      setTimeout(() => dismiss(id), ms);
      return id;
    },
    dismiss,
    /**
     * Dismiss toasts whose booking is gone: `current(id)` gives the job as this window now knows
     * it. A toast is stale once a later revision of its job has another technician or time, or
     * none (moved again, unassigned, here or elsewhere); a change that kept the slot (a reason
     * recorded) leaves it.
     */
    dismissStale(current: (jobId: string) => Job | undefined): void {
      const stale = toasts.filter((t) => {
        if (!t.about) return false;
        const job = current(t.about.jobId);
        return job !== undefined && job.revision > t.about.revision && !sameSlot(job.assignment, t.about.assignment);
      });
      if (stale.length === 0) return;
      toasts = toasts.filter((t) => !stale.includes(t));
      emit();
    },
  };
}

function sameSlot(a: Assignment | null, b: Assignment | null): boolean {
  if (!a || !b) return a === b;
  return a.technicianId === b.technicianId && Date.parse(a.start) === Date.parse(b.start) && Date.parse(a.end) === Date.parse(b.end);
}

let session: BoardSession | null = null;

/** This window's session. */
export function getBoardSession(): BoardSession {
  return (session ??= createBoardSession());
}

/** For tests: start from a clean session. */
export function resetBoardSessionForTesting(): void {
  session = null;
}
