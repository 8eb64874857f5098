/** Creating and changing jobs: numbers, SLA due times, edits and status changes, with history. */
import type { JobCreate, JobStatusChange, JobUpdate } from '../../../shared/schemas/inputs';
import type { Job } from '../../../shared/schemas/job';
import { commit } from './commit';
import { DISPATCHER } from './context';
import type { Actor, ServiceContext } from './context';
import { buildJob, changeStatus, findJob, patchJob } from './job-records';
import { applySlaPause } from './jobs-sla-pause';

export type JobsService = ReturnType<typeof createJobsService>;

export function createJobsService(ctx: ServiceContext) {
  const meta = (by: Actor) => ({ at: ctx.clock.now(), by });
  const announce = (job: Job, revision: number) => ctx.events.publish('jobs:changed', { revision, ids: [job.id] });

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
    create(input: JobCreate, by: Actor = DISPATCHER): Promise<Job> {
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

    /** Apply a patch; a priority change recomputes the due times. A patch that changes nothing writes nothing. */
    async update(input: JobUpdate, by: Actor = DISPATCHER): Promise<Job> {
      const current = findJob(ctx.store.read(), input.id).job;
      if (patchJob(ctx.store.read(), current, input.patch, meta(by)) === null) return current;
      return commit(
        ctx,
        (doc, base) => {
          // Re-read inside the mutation: another call may have changed the job since.
          const { job, index } = findJob(base, input.id);
          const updated = patchJob(base, job, input.patch, meta(by)) ?? job;
          doc.jobs[index] = updated;
          return updated;
        },
        announce,
      );
    },

    /**
     * Change status by the shared rules; the reason (on hold, cancelled) is kept in `statusReason`.
     * On hold with `pauseSla` (default) stops the SLA clock; leaving on hold moves the due times
     * later by the business time paused (see jobs-sla-pause.ts).
     */
    setStatus(input: JobStatusChange, by: Actor = DISPATCHER): Promise<Job> {
      return commit(
        ctx,
        (doc, base) => {
          const { job, index } = findJob(base, input.id);
          const at = meta(by);
          // SLA pause (issue #4A): on hold waiting on the customer stops the clock; leaving resumes it.
          const updated = applySlaPause(base, job, changeStatus(job, input, at), input.pauseSla, at);
          doc.jobs[index] = updated;
          return updated;
        },
        announce,
      );
    },
  };
}
