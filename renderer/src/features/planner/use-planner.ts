/** This window's planner session, for components (one per window, like the board's session). */
import { useMemo, useSyncExternalStore } from 'react';
import { invoke, on } from '../../api/client';
import { useConsoleStore } from '../../state/hooks';
import { getBoardSession } from '../board/board-session';
import { createPlannerSession } from './planner-session';
import type { PlannerSession, PlannerState } from './planner-session';

let session: PlannerSession | null = null;

export function usePlannerSession(): PlannerSession {
  const store = useConsoleStore();
  return useMemo(() => (session ??= createPlannerSession({ invoke, on, session: getBoardSession(), jobs: store.jobs })), [store]);
}

export function usePlannerState(): PlannerState {
  const s = usePlannerSession();
  return useSyncExternalStore(s.subscribe, s.get);
}

/** For tests: start from a clean session. */
export function resetPlannerSessionForTesting(): void {
  session = null;
}
