/**
 * Closing out visits from the returned run sheets: a technician's day for the grid, and saving
 * the visits entered (grid or job panel) as one change, all or nothing.
 */
import { closeOutJobs } from '../../../../shared/domain/visits';
import type { CloseOutDay, VisitsSaveResult } from '../../../../shared/ipc/outputs';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { VisitsDay, VisitsSave } from '../../../../shared/schemas/visit-inputs';
import { commit } from '../commit';
import { consoleActor } from '../context';
import type { Actor, ServiceContext } from '../context';
import { findRecord } from '../records';
import { publishJobs } from '../jobs/job-deltas';
import { findJob } from '../jobs/job-records';
import type { ChangeMeta } from '../jobs/job-records';
import { assertRevision, saveJob } from '../jobs/job-revision';
import { followUpAllocator, recordVisit } from './visit-records';
import type { RecordedVisit } from './visit-records';

export type VisitsService = ReturnType<typeof createVisitsService>;

type Planned = RecordedVisit & { index: number };

/** `1042` for `J-1042`. */
const jobNumberValue = (number: string): number => Number(number.slice(2));

export function createVisitsService(ctx: ServiceContext) {
  /** Each entry's job with its visit recorded (entries that change nothing left out), or the refusal. */
  function plan(doc: DispatchDocument, input: VisitsSave, meta: ChangeMeta): Planned[] {
    const allocator = followUpAllocator(doc, () => ctx.newId());
    const planned: Planned[] = [];
    for (const entry of input.entries) {
      const { job, index } = findJob(doc, entry.jobId);
      assertRevision(doc, job, entry.expectedRevision);
      const recorded = recordVisit(doc, job, entry.visit, meta, ctx.newId(), allocator);
      if (recorded) planned.push({ ...recorded, index });
    }
    return planned;
  }

  return {
    /** The technician's jobs of `day` in run-sheet order, with the parts list to pick from. */
    day(input: VisitsDay): CloseOutDay {
      const doc = ctx.store.read();
      const technician = findRecord(doc.technicians, input.technicianId, 'technician').record;
      return {
        day: input.day,
        timeZone: doc.settings.timeZone,
        technician: { id: technician.id, name: technician.name },
        jobs: closeOutJobs(doc.jobs, technician.id, input.day, doc.settings.timeZone),
        parts: doc.parts,
        revision: ctx.revision.current(),
      };
    },

    /**
     * Record every entry's visit in one write: each job's status follows its latest visit's
     * outcome, follow-up jobs are created for another visit, and the SLA record takes the real
     * arrival and departure. Nothing is written when any entry is refused (CONFLICT for a stale
     * revision or a billed visit, NOT_FOUND for a job, visit or technician that is gone).
     */
    save(input: VisitsSave, by: Actor = consoleActor(ctx)): Promise<VisitsSaveResult> {
      // A dry run first: a refused or empty save (the grid saved again unchanged) writes nothing.
      const dry = plan(ctx.store.read(), input, { at: ctx.clock.now(), by });
      if (dry.length === 0) return Promise.resolve({ jobs: [], followUps: [] });
      return commit(
        ctx,
        (doc, base) => {
          const planned = plan(base, input, { at: ctx.clock.now(), by });
          const followUps = planned.flatMap((p) => (p.followUp ? [p.followUp] : []));
          const jobs = planned.map((p) => saveJob(doc, p.index, p.job));
          const last = followUps.at(-1);
          for (const job of followUps) doc.jobs.push(job);
          if (last) doc.nextJobNumber = Math.max(doc.nextJobNumber, jobNumberValue(last.number) + 1);
          return { jobs, followUps };
        },
        (result, revision) => publishJobs(ctx, revision, [...result.jobs, ...result.followUps].map((j) => j.id)),
      );
    },
  };
}
