/**
 * Board undo/redo: put a job's scheduling back exactly as it was before (or after) a
 * board change — assignment, status and status reason — through one validated, durable change.
 * Pure builder, run inside the schedule service's `store.mutate`.
 */
import { findConflicts, isBlocking } from '../../../../shared/domain/conflicts';
import type { Conflict } from '../../../../shared/domain/conflict-types';
import { isOpenStatus, isUnassignedStatus, statusLabel } from '../../../../shared/domain/status';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { ScheduleRestore } from '../../../../shared/schemas/inputs';
import type { Assignment, Job, JobStatus } from '../../../../shared/schemas/job';
import { badInput, conflict } from '../errors';
import { findJob, historyEntry } from '../jobs/job-records';
import type { ChangeMeta } from '../jobs/job-records';
import { assertOpen, describeAssignment, findTechnician } from './schedule-records';
import { assertRevision } from '../jobs/job-revision';
import { applySlaPause } from '../jobs/jobs-sla-pause';

/** Statuses a board change can leave a job in while it is booked. */
const BOOKED: readonly JobStatus[] = ['scheduled', 'dispatched', 'en-route', 'on-site', 'on-hold'];

/**
 * Why `status` cannot go with `assignment` (null when it can): a queued job is `new` or on hold,
 * a booked one is scheduled, dispatched, en route, on site or on hold; on hold needs its reason.
 */
export function restoreShapeProblem(assignment: Assignment | null, status: JobStatus, statusReason: string | null): string | null {
  if (!isOpenStatus(status)) return `A job cannot be put back as ${statusLabel(status)}; only open jobs are scheduled.`;
  if (assignment === null && !isUnassignedStatus(status)) return `A job without an assignment cannot be ${statusLabel(status)}.`;
  if (assignment !== null && !BOOKED.includes(status)) return `A booked job cannot be ${statusLabel(status)}.`;
  if (status === 'on-hold' && !statusReason) return 'An on-hold job needs its reason.';
  return null;
}

export function restoreJob(
  doc: DispatchDocument,
  req: ScheduleRestore,
  meta: ChangeMeta,
): { job: Job; index: number; conflicts: Conflict[] } {
  const { job, index } = findJob(doc, req.jobId);
  const verb = req.direction === 'undo' ? 'Undo' : 'Redo';
  assertRevision(doc, job, req.expectedRevision, `nothing was ${req.direction === 'undo' ? 'undone' : 'redone'}`);
  assertOpen(job);
  const statusReason = req.statusReason?.trim() || null;
  const problem = restoreShapeProblem(req.assignment, req.status, statusReason);
  if (problem) throw badInput(problem, [{ path: 'status', message: problem }]);

  let conflicts: Conflict[] = [];
  let where = 'back to the queue';
  if (req.assignment) {
    const technician = findTechnician(doc, req.assignment.technicianId);
    const start = new Date(req.assignment.start);
    const end = new Date(req.assignment.end);
    conflicts = findConflicts({
      job,
      technician,
      start,
      end,
      technicianJobs: doc.jobs.filter((j) => j.assignment?.technicianId === technician.id),
      now: meta.at,
      timeZone: doc.settings.timeZone,
    });
    if (isBlocking(conflicts, doc.settings.overlapPolicy)) {
      const overlaps = conflicts.filter((c) => c.kind === 'overlap').map((c) => c.message);
      throw conflict(
        `${technician.name} is booked then now: ${overlaps.join(' ')} Overlapping jobs are not allowed by the shop's settings, so nothing was ${req.direction === 'undo' ? 'undone' : 'redone'}.`,
        conflicts,
      );
    }
    where = `back to ${describeAssignment(doc, req.assignment)}`;
  }
  const assignment: Assignment | null = req.assignment
    ? {
        technicianId: req.assignment.technicianId,
        start: new Date(req.assignment.start).toISOString(),
        end: new Date(req.assignment.end).toISOString(),
        ...(req.assignment.overrideReason ? { overrideReason: req.assignment.overrideReason } : {}),
      }
    : null;
  let detail = `${verb}: ${where}, ${statusLabel(req.status)}`;
  if (statusReason) detail += ` (${statusReason})`;
  if (conflicts.length > 0) detail += `. Accepted warnings: ${conflicts.map((c) => c.message).join(' ')}`;
  const updated: Job = {
    ...job,
    status: req.status,
    statusReason,
    assignment,
    // A pin belongs to a booking: back in the queue there is nothing to pin.
    pinned: assignment ? (req.pinned ?? job.pinned) : false,
    history: [...job.history, historyEntry(meta, req.direction === 'undo' ? 'undo' : 'redo', detail)],
    updatedAt: meta.at.toISOString(),
  };
  // An undo that takes a job out of (or back into) on-hold ends (or restarts) its SLA pause with
  // the same rules as a status change, so the due times stay honest.
  return { job: applySlaPause(doc, job, updated, undefined, meta), index, conflicts };
}
