/**
 * The job the dispatcher has selected in the queue (or on the board), for commands that act on
 * "the current job" when the menu or a shortcut gives none: `A` assigns it, Enter opens it.
 * One per window, a tiny external store, so the queue and the job commands share it without
 * threading props through the shell.
 */
import { useSyncExternalStore } from 'react';

let selected: string | null = null;
const listeners = new Set<() => void>();

export function setSelectedJob(jobId: string | null): void {
  if (jobId === selected) return;
  selected = jobId;
  for (const listener of [...listeners]) listener();
}

export function getSelectedJob(): string | null {
  return selected;
}

export function subscribeSelectedJob(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The selected job's id, re-rendering when it changes. */
export function useSelectedJob(): string | null {
  return useSyncExternalStore(subscribeSelectedJob, getSelectedJob);
}
