/**
 * The board's actions bound to this window: its console store, job cache and board session, for
 * components (the board, the queue, the job panel, the assign dialog).
 */
import { useMemo } from 'react';
import { invoke as hostInvoke } from '../../api/client';
import { useConsoleState, useConsoleStore } from '../../state/hooks';
import { createBoardActions } from './board-actions';
import type { BoardActions, BoardActionsImpl } from './board-actions';
import { getBoardSession } from './board-session';

/** This window's board actions with the console store's data (stable across renders). */
export function useBoardActionsImpl(): BoardActionsImpl {
  const store = useConsoleStore();
  return useMemo(
    () => createBoardActions({ invoke: hostInvoke, getState: store.getState, jobs: store.jobs, session: getBoardSession(), refresh: (id) => void store.refreshJob(id) }),
    [store],
  );
}

/** The jobs this window is still saving. */
export function usePendingJobIds(): ReadonlySet<string> {
  return useConsoleState((s) => s.pendingJobIds);
}

/**
 * Assign, move and unassign for any component (board drops, the job panel, the assign dialog).
 * Each resolves true once the host has committed the change.
 */
export function useBoardActions(): BoardActions {
  const impl = useBoardActionsImpl();
  const pendingJobIds = usePendingJobIds();
  return useMemo(
    () => ({ assign: impl.assign, move: impl.move, unassign: impl.unassign, togglePin: impl.togglePin, pendingJobIds }),
    [impl, pendingJobIds],
  );
}
