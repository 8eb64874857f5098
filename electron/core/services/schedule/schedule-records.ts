/**
 * Pure builders for schedule changes (assign, move, unassign): check the request against the
 * current document and return the updated job, or throw an `AppError` before anything changes.
 * Shared by the schedule service (inside one `store.mutate`) and the sample shop.
 */
import { findConflicts, isBlocking } from '../../../../shared/domain/conflicts';
import type { Conflict } from '../../../../shared/domain/conflict-types';
import { assignmentEnd } from '../../../../shared/domain/jobs';
import { isOpenStatus, statusLabel } from '../../../../shared/domain/status';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { ScheduleAssign } from '../../../../shared/schemas/inputs';
import type { Assignment, Job } from '../../../../shared/schemas/job';
import type { Technician } from '../../../../shared/schemas/technician';
import { badInput, conflict, notFound } from '../errors';
import { describeSlot } from '../jobs/format';
import { findJob, historyEntry } from '../jobs/job-records';
import type { ChangeMeta } from '../jobs/job-records';
import { assertRevision } from '../jobs/job-revision';

export type ScheduleMode = 'assign' | 'move';

export type Scheduled = { job: Job; index: number; conflicts: Conflict[] };

export function findTechnician(doc: DispatchDocument, id: string): Technician {
  const technician = doc.technicians.find((t) => t.id === id);
  if (!technician) throw notFound('That technician does not exist any more. They may have been removed on another screen.');
  return technician;
}

export function assertOpen(job: Job): void {
  if (!isOpenStatus(job.status)) {
    throw conflict(`${job.number} is ${statusLabel(job.status)}, so its schedule can no longer change.`);
  }
}

/** `Alex Chen 09:00–10:30 (Thu 26 Nov)`, naming a technician who has since been removed as such. */
export function describeAssignment(doc: DispatchDocument, a: Pick<Assignment, 'technicianId' | 'start' | 'end'>): string {
  const name = doc.technicians.find((t) => t.id === a.technicianId)?.name ?? 'a removed technician';
  return `${name} ${describeSlot(new Date(a.start), new Date(a.end), doc.settings.timeZone)}`;
}

/**
 * Book `req.jobId` on `req.technicianId` from `req.start` (to `req.end`, or start + estimate).
 *
 * `assign` takes a job from the queue (or re-books one already booked); `move` requires an existing
 * assignment. A `new` job becomes `scheduled`; any other open status is kept, so a dispatched job
 * stays dispatched when moved. Rule findings come back as `conflicts`; only those that block under
 * `settings.overlapPolicy` refuse the change (CONFLICT, `details` = the conflicts).
 */
export function scheduleJob(doc: DispatchDocument, req: ScheduleAssign, mode: ScheduleMode, meta: ChangeMeta): Scheduled {
  const { job, index } = findJob(doc, req.jobId);
  const technician = findTechnician(doc, req.technicianId);
  assertOpen(job);
  assertRevision(doc, job, req.expectedRevision, 'nothing was changed');
  const previous = job.assignment;
  if (mode === 'move' && !previous) {
    throw conflict(`${job.number} is not on the board yet; assign it from the queue instead.`);
  }
  const start = new Date(req.start);
  const end = req.end ? new Date(req.end) : assignmentEnd(start, job.estimateMinutes);
  if (end.getTime() <= start.getTime()) {
    throw badInput('The end must be after the start.', [{ path: 'end', message: 'must be after start' }]);
  }
  const timeZone = doc.settings.timeZone;
  const conflicts = findConflicts({
    job,
    technician,
    start,
    end,
    technicianJobs: doc.jobs.filter((j) => j.assignment?.technicianId === technician.id),
    now: meta.at,
    timeZone,
  });
  if (isBlocking(conflicts, doc.settings.overlapPolicy)) {
    const overlaps = conflicts.filter((c) => c.kind === 'overlap').map((c) => c.message);
    throw conflict(
      `${technician.name} is already booked then: ${overlaps.join(' ')} Overlapping jobs are not allowed by the shop's settings.`,
      conflicts,
    );
  }

  const overrideReason = req.overrideReason?.trim() || undefined;
  const assignment: Assignment = {
    technicianId: technician.id,
    start: start.toISOString(),
    end: end.toISOString(),
    ...(overrideReason ? { overrideReason } : {}),
  };
  // The board's "Add reason…" re-books the same slot with a reason: say just that.
  const sameSlot =
    previous !== null && previous.technicianId === assignment.technicianId && Date.parse(previous.start) === start.getTime() && Date.parse(previous.end) === end.getTime();
  const verb = mode === 'move' ? 'Moved to' : 'Assigned to';
  let detail = sameSlot && overrideReason ? `Override reason recorded for ${describeAssignment(doc, assignment)}: ${overrideReason}` : `${verb} ${describeAssignment(doc, assignment)}`;
  if (previous && !(sameSlot && overrideReason)) detail += `, was ${describeAssignment(doc, previous)}`;
  if (conflicts.length > 0) detail += `. Accepted warnings: ${conflicts.map((c) => c.message).join(' ')}`;
  if (overrideReason && !sameSlot) detail += ` Reason: ${overrideReason}`;

  const updated: Job = {
    ...job,
    status: job.status === 'new' ? 'scheduled' : job.status,
    assignment,
    history: [...job.history, historyEntry(meta, sameSlot && overrideReason ? 'override-reason' : mode === 'move' ? 'moved' : 'assigned', detail)],
    updatedAt: meta.at.toISOString(),
  };
  return { job: updated, index, conflicts };
}

/**
 * Take the job off the board: back to the queue as `new` (an on-hold job stays on hold, keeping
 * its reason). Null when it has no assignment, so a repeated unassign changes nothing.
 */
export function unassignJob(doc: DispatchDocument, jobId: string, meta: ChangeMeta, expectedRevision?: number): { job: Job; index: number } | null {
  const { job, index } = findJob(doc, jobId);
  assertOpen(job);
  assertRevision(doc, job, expectedRevision, 'nothing was changed');
  if (!job.assignment) return null;
  const onHold = job.status === 'on-hold';
  const updated: Job = {
    ...job,
    status: onHold ? 'on-hold' : 'new',
    statusReason: onHold ? job.statusReason : null,
    assignment: null,
    // A pin holds a booking in place; back in the queue there is no place left to hold.
    pinned: false,
    history: [...job.history, historyEntry(meta, 'unassigned', `Unassigned from ${describeAssignment(doc, job.assignment)}${job.pinned ? ' (pin removed)' : ''}`)],
    updatedAt: meta.at.toISOString(),
  };
  return { job: updated, index };
}
