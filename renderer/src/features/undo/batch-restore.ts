/**
 * Undo and redo of a batch entry (an accepted plan): every job of it back to its other state in
 * ONE host change (`planner:restore`), so a plan is undone whole or, when one of its jobs changed
 * elsewhere since, not at all (CONFLICT; the entry is then dropped, like a single job's).
 */
import type { invoke as hostInvoke } from '../../api/client';
import type { AppErrorData } from '../../../../shared/ipc/result';
import type { Job } from '../../../../shared/schemas/job';
import type { LiveJobs } from '../../state/live-jobs';
import type { BatchItem, UndoEntry } from './undo-stack';

export type BatchRestoreDeps = { invoke: typeof hostInvoke; jobs: Pick<LiveJobs, 'merge'> };

export type BatchRestored = { ok: true; jobs: Job[]; batch: BatchItem[] } | { ok: false; error: AppErrorData };

export async function restoreBatch(deps: BatchRestoreDeps, entry: UndoEntry, direction: 'undo' | 'redo'): Promise<BatchRestored> {
  const items = entry.batch ?? [];
  const result = await deps.invoke('planner:restore', {
    direction,
    items: items.map((item) => {
      const target = direction === 'undo' ? item.before : item.after;
      return {
        jobId: item.jobId,
        assignment: target.assignment,
        status: target.status,
        statusReason: target.statusReason,
        expectedRevision: direction === 'undo' ? item.afterRevision : item.beforeRevision,
      };
    }),
  });
  if (!result.ok) return result;
  const saved = new Map(result.value.jobs.map((j) => [j.id, j]));
  for (const job of result.value.jobs) deps.jobs.merge(job);
  const batch = items.map((item) => {
    const revision = saved.get(item.jobId)?.revision ?? 0;
    return direction === 'undo' ? { ...item, beforeRevision: revision } : { ...item, afterRevision: revision };
  });
  return { ok: true, jobs: result.value.jobs, batch };
}
