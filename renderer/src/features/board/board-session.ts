/**
 * This window's board session: the toasts about board actions and the undo history. One per
 * window (a module singleton), so the board, the queue and the job panel share one undo history
 * without a provider around them. Jobs themselves, including changes still saving, live in the
 * console store's job cache.
 */
import type { Assignment, Job } from '../../../../shared/schemas/job';
import { createUndoStack } from '../undo/undo-stack';
import type { UndoEntry } from '../undo/undo-stack';

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
  let toasts: readonly Toast[] = [];
  let nextToastId = 1;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of [...listeners]) listener();
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
    toasts: () => toasts,

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
