/** The two read models the dispatcher looks at all day: the board (by time range) and the queue. */
import type { ParsedInput } from '../../../../shared/ipc/contract';
import type { BoardData, QueueData } from '../../../../shared/ipc/outputs';
import { jobsOverlapping } from '../../../../shared/domain/jobs';
import { compareSlaRisk } from '../../../../shared/domain/sla';
import { isUnassignedStatus } from '../../../../shared/domain/status';
import type { Technician } from '../../../../shared/schemas/technician';
import type { ServiceContext } from '../context';
import { byKeys } from '../records';

export type BoardService = ReturnType<typeof createBoardService>;

/** Board row order: by zone, then name. */
export const boardOrder = byKeys<Technician>(
  (t) => t.zone,
  (t) => t.name,
);

export function createBoardService(ctx: ServiceContext) {
  return {
    /**
     * Technicians and the jobs whose assignment overlaps [from, to). Rows are the active
     * technicians, plus any inactive one who still has a job in the range, so no booked job is
     * left without a row to sit on.
     */
    range(input: ParsedInput<'board:range'>): BoardData {
      const doc = ctx.store.read();
      const jobs = jobsOverlapping(doc.jobs, new Date(input.from), new Date(input.to));
      const booked = new Set(jobs.map((j) => j.assignment?.technicianId));
      const technicians = doc.technicians.filter((t) => t.active || booked.has(t.id)).sort(boardOrder);
      return { from: input.from, to: input.to, technicians, jobs, revision: ctx.revision.current() };
    },

    /** Open jobs waiting for a technician (`new`, or `on-hold` with no assignment), most urgent SLA first. */
    queue(): QueueData {
      const now = ctx.clock.now();
      const jobs = ctx.store
        .read()
        .jobs.filter((j) => isUnassignedStatus(j.status) && j.assignment === null)
        .sort((a, b) => compareSlaRisk(a, b, now));
      return { jobs, revision: ctx.revision.current() };
    },
  };
}
