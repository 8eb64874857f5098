/** Creating and changing jobs: numbers, SLA due times, edits and status changes, with history. */
import type { JobCreate, JobRespond, JobStatusChange, JobUpdate } from '../../../../shared/schemas/inputs';
import type { Job } from '../../../../shared/schemas/job';
import { commit } from '../commit';
import { consoleActor } from '../context';
import type { Actor, ServiceContext } from '../context';
import { publishJobs } from './job-deltas';
import { buildJob, changeStatus, findJob, patchJob } from './job-records';
import { applySlaPause } from './jobs-sla-pause';
import { recordResponse } from './job-response';
import { assertRevision, saveJob } from './job-revision';

export type JobsService = ReturnType<typeof createJobsService>;

export function createJobsService(ctx: ServiceContext) {
  const meta = (by: Actor) => ({ at: ctx.clock.now(), by });
  const announce = (job: Job, revision: number) => publishJobs(ctx, revision, [job.id]);

  return {
    /** One job by id; NOT_FOUND if it does not exist. */
    get(id: string): Job {
      return findJob(ctx.store.read(), id).job;
    },

    /**
     * A new job with the next number and SLA due times from the client's tier and the priority.
     * NOT_FOUND for an unknown client/site/contact, BAD_INPUT for a site or contact of another
     * client, CONFLICT (details `{ jobId }`) when `externalRef` already has a job.
     */
    create(input: JobCreate, by: Actor = consoleActor(ctx)): Promise<Job> {
      const id = ctx.newId();
      return commit(
        ctx,
        (doc, base) => {
          const { job, nextJobNumber } = buildJob(base, input, id, meta(by));
          doc.jobs.push(job);
          doc.nextJobNumber = nextJobNumber;
          return job;
        },
        announce,
      );
    },

    /**
     * Apply a patch; a priority change recomputes the due times. A patch that changes nothing
     * writes nothing. CONFLICT (nothing written) when the job is no longer at `expectedRevision`.
     */
    async update(input: JobUpdate, by: Actor = consoleActor(ctx)): Promise<Job> {
      const read = ctx.store.read();
      const current = findJob(read, input.id).job;
      assertRevision(read, current, input.expectedRevision);
      if (patchJob(read, current, input.patch, meta(by)) === null) return current;
      return commit(
        ctx,
        (doc, base) => {
          // Re-read and re-check inside the mutation: another call may have changed the job since.
          const { job, index } = findJob(base, input.id);
          assertRevision(base, job, input.expectedRevision);
          const updated = patchJob(base, job, input.patch, meta(by));
          return updated ? saveJob(doc, index, updated) : job;
        },
        announce,
      );
    },

    /**
     * Change status by the shared rules; the reason (on hold, cancelled) is kept in `statusReason`.
     * On hold with `pauseSla` (default) stops the SLA clock; leaving on hold moves the due times
     * later by the business time paused (see jobs-sla-pause.ts). CONFLICT (nothing written) when
     * the job is no longer at `expectedRevision`.
     */
    setStatus(input: JobStatusChange, by: Actor = consoleActor(ctx)): Promise<Job> {
      return commit(
        ctx,
        (doc, base) => {
          const { job, index } = findJob(base, input.id);
          assertRevision(base, job, input.expectedRevision);
          const at = meta(by);
          // On hold waiting on the customer stops the SLA clock; leaving on hold resumes it.
          return saveJob(doc, index, applySlaPause(base, job, changeStatus(job, input, at), input.pauseSla, at));
        },
        announce,
      );
    },

    /**
     * Record the first response given without a visit (phone call, remote session): the response
     * clock stops. CONFLICT when a response is already recorded, the job is finished, or it is no
     * longer at `expectedRevision`.
     */
    respond(input: JobRespond, by: Actor = consoleActor(ctx)): Promise<Job> {
      return commit(
        ctx,
        (doc, base) => {
          const { job, index } = findJob(base, input.id);
          assertRevision(base, job, input.expectedRevision);
          return saveJob(doc, index, recordResponse(job, input.how, meta(by), base.settings.timeZone));
        },
        announce,
      );
    },
  };
}
