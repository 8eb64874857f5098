/** Putting jobs on technicians' rows and taking them off again. */
import type { ScheduleResult } from '../../../../shared/ipc/outputs';
import type { ScheduleAssign, ScheduleRestore } from '../../../../shared/schemas/inputs';
import type { Job } from '../../../../shared/schemas/job';
import { commit } from '../commit';
import { consoleActor } from '../context';
import type { Actor, ServiceContext } from '../context';
import { publishJobs } from '../jobs/job-deltas';
import { findJob } from '../jobs/job-records';
import { saveJob } from '../jobs/job-revision';
import { scheduleJob, unassignJob } from './schedule-records';
import { restoreJob } from './schedule-restore';
import type { ScheduleMode } from './schedule-records';

export type ScheduleService = ReturnType<typeof createScheduleService>;

export function createScheduleService(ctx: ServiceContext) {
  const meta = (by: Actor) => ({ at: ctx.clock.now(), by });

  function book(input: ScheduleAssign, mode: ScheduleMode, by: Actor): Promise<ScheduleResult> {
    return commit(
      ctx,
      (doc, base) => {
        // Records are read from the frozen base; only the changed job is written to the draft.
        const { job, index, conflicts } = scheduleJob(base, input, mode, meta(by));
        return { job: saveJob(doc, index, job), conflicts };
      },
      (result, revision) => publishJobs(ctx, revision, [result.job.id]),
    );
  }

  return {
    /**
     * Book a job on a technician (start → end, or start + estimate). Warnings come back in
     * `conflicts`; an overlap under the `block` policy is CONFLICT with the conflicts as `details`.
     * NOT_FOUND for an unknown job or technician, CONFLICT for a done or cancelled job.
     */
    assign(input: ScheduleAssign, by: Actor = consoleActor(ctx)): Promise<ScheduleResult> {
      return book(input, 'assign', by);
    },

    /** Like assign, for a job already on the board (CONFLICT if it is not); its status is kept. */
    move(input: ScheduleAssign, by: Actor = consoleActor(ctx)): Promise<ScheduleResult> {
      return book(input, 'move', by);
    },

    /** Back to the queue as `new` (on-hold stays on hold). Unassigning an unassigned job changes nothing. */
    async unassign(input: { jobId: string; expectedRevision?: number }, by: Actor = consoleActor(ctx)): Promise<Job> {
      const current = findJob(ctx.store.read(), input.jobId).job;
      if (unassignJob(ctx.store.read(), input.jobId, meta(by), input.expectedRevision) === null) return current;
      return commit(
        ctx,
        (doc, base) => {
          const result = unassignJob(base, input.jobId, meta(by), input.expectedRevision);
          if (!result) return findJob(base, input.jobId).job;
          return saveJob(doc, result.index, result.job);
        },
        (job, revision) => publishJobs(ctx, revision, [job.id]),
      );
    },

    /**
     * Board undo/redo: set the job's assignment, status and status reason back as given, only if
     * the job is still at `expectedRevision` (else CONFLICT, nothing changed).
     * BAD_INPUT when status and assignment do not go together; overlaps block as for assign.
     */
    restore(input: ScheduleRestore, by: Actor = consoleActor(ctx)): Promise<ScheduleResult> {
      return commit(
        ctx,
        (doc, base) => {
          const { job, index, conflicts } = restoreJob(base, input, meta(by));
          return { job: saveJob(doc, index, job), conflicts };
        },
        (result, revision) => publishJobs(ctx, revision, [result.job.id]),
      );
    },
  };
}
