/**
 * Pin or unpin a booking: a job field change through `jobs:update` with the revision this window
 * saw, recorded on the same undo stack as every other change (undo puts the pin back as it was).
 * A pinned booking stays where the dispatcher put it: the planner never moves it.
 */
import type { Job } from '../../../../shared/schemas/job';
import type { AppErrorData } from '../../../../shared/ipc/result';
import { editUndoEntry } from '../undo/panel-undo';
import type { BoardActionDeps } from './board-actions';

export async function togglePin(deps: BoardActionDeps, before: Job, refuse: (jobId: string, token: number, action: string, error: AppErrorData) => false): Promise<boolean> {
  if (!before.assignment && !before.pinned) return false;
  const pinned = !before.pinned;
  const token = deps.jobs.begin({ ...before, pinned });
  const patch = { pinned };
  const result = await deps.invoke('jobs:update', { id: before.id, patch, expectedRevision: before.revision });
  if (!result.ok) return refuse(before.id, token, `${pinned ? 'Pinning' : 'Unpinning'} ${before.number}`, result.error);
  deps.jobs.settle(before.id, token, result.value);
  const entry = editUndoEntry(before, patch, result.value);
  if (entry) deps.session.undo.record({ ...entry, kind: 'pin' });
  deps.session.toast({
    tone: 'info',
    text: pinned ? `Pinned ${before.number}: the planner will not move it.` : `Unpinned ${before.number}: the planner may move it.`,
    details: [],
    actions: [],
  });
  return true;
}

