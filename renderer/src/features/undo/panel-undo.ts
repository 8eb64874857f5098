/**
 * The job panel's changes (a status step, putting on hold, an edit of its fields) as undo entries
 * on the same stack as the board's actions, so Ctrl+Z after closing the panel steps back through
 * them in order. Pure: the caller records the returned entry.
 */
import { isOpenStatus } from '../../../../shared/domain/status';
import type { Job } from '../../../../shared/schemas/job';
import type { FieldValues, ScheduleSnapshot, UndoEntry } from './undo-stack';

const snapshotOf = (job: Job): ScheduleSnapshot => ({ assignment: job.assignment, status: job.status, statusReason: job.statusReason, pinned: job.pinned });

/**
 * The entry for a status change, or null when it cannot be undone: a closed job (done, cancelled)
 * is no longer scheduled, so putting its status back is not a board change the host allows.
 */
export function statusUndoEntry(before: Job, saved: Job): UndoEntry | null {
  if (!isOpenStatus(saved.status) || !isOpenStatus(before.status)) return null;
  return {
    jobId: saved.id,
    jobNumber: saved.number,
    kind: 'status',
    before: snapshotOf(before),
    after: snapshotOf(saved),
    beforeRevision: before.revision,
    afterRevision: saved.revision,
  };
}

/** The values of the patched fields as `job` has them (what undo writes back). */
export function fieldValuesOf(job: Job, fields: readonly (keyof FieldValues)[]): FieldValues {
  const values: Record<string, unknown> = {};
  for (const field of fields) values[field] = (job as Record<string, unknown>)[field];
  return values as FieldValues;
}

/** The entry for an edit saved with `patch`, from the job before it to the job the host saved. */
export function editUndoEntry(before: Job, patch: FieldValues, saved: Job): UndoEntry | null {
  const fields = Object.keys(patch) as (keyof FieldValues)[];
  if (fields.length === 0) return null;
  return {
    jobId: saved.id,
    jobNumber: saved.number,
    kind: 'edit',
    before: snapshotOf(saved),
    after: snapshotOf(saved),
    beforeRevision: before.revision,
    afterRevision: saved.revision,
    fields: { before: fieldValuesOf(before, fields), after: fieldValuesOf(saved, fields) },
  };
}
