/**
 * The slim, numeric view of a job that every report reads. The core builds one per active job and
 * one per archived job (cached per archive month), so each report walks plain numbers instead of
 * re-parsing ISO strings and history lines.
 */
import type { Priority } from '../schemas/common';
import type { Job, JobCategory, JobStatus } from '../schemas/job';
import type { VisitOutcome } from '../schemas/visit';

export type ReportVisit = {
  id: string;
  technicianId: string;
  arrived: number;
  departed: number;
  travelMinutes: number;
  outcome: VisitOutcome;
  hasFollowUp: boolean;
  billed: boolean;
};

export type ReportJob = {
  id: string;
  number: string;
  title: string;
  clientId: string;
  /** The client's name (from the archive entry for archived jobs, else the directory). */
  clientName: string;
  siteId: string | null;
  category: JobCategory;
  priority: Priority;
  status: JobStatus;
  received: number;
  responseDue: number | null;
  resolutionDue: number | null;
  /** When the customer got a response (recorded, else the first visit's arrival), or null. */
  responded: number | null;
  /** When the work was finished (recorded, else the moment it became done), or null. */
  resolved: number | null;
  /** When it became done or cancelled, or null while open. */
  finished: number | null;
  /** The SLA clock is paused now (open jobs only). */
  pausedSince: number | null;
  slaPausedMinutes: number;
  estimateMinutes: number;
  assignment: { technicianId: string; start: number; end: number } | null;
  /** When it was first booked (first `assigned`/`moved` history line), or null. */
  firstBooked: number | null;
  /** Spans it waited in the queue (open and not booked), [start, end); end null = still waiting. */
  waiting: Array<[number, number | null]>;
  visits: ReportVisit[];
  followUpOf: string | null;
  maintenance: boolean;
  archived: boolean;
};

const BOOKS = new Set(['assigned', 'moved', 'override-reason']);
const FINAL = new Set<JobStatus>(['done', 'cancelled']);

/**
 * When each job was booked and when it waited, from its history: it waits from `receivedAt`
 * until it is booked (`assigned`, `moved`), waits again after `unassigned`, and stops waiting for
 * good when it becomes done or cancelled. A job with no booking line but a booking or visits (data
 * imported or written before history was kept) stops waiting at its first visit, response or finish.
 */
function waitingSpans(job: Job, received: number, finished: number | null, firstVisit: number | null): { firstBooked: number | null; waiting: Array<[number, number | null]> } {
  const waiting: Array<[number, number | null]> = [];
  let since: number | null = received;
  let firstBooked: number | null = null;
  for (const line of job.history) {
    const at = Date.parse(line.at);
    if (BOOKS.has(line.action)) {
      if (firstBooked === null) firstBooked = at;
      if (since !== null) {
        waiting.push([since, Math.max(since, at)]);
        since = null;
      }
    } else if (line.action === 'unassigned') {
      if (since === null && (finished === null || at < finished)) since = at;
    }
  }
  if (since !== null) {
    let end: number | null = finished;
    if (firstBooked === null) {
      const responded = job.respondedAt ? Date.parse(job.respondedAt) : null;
      const candidates = [firstVisit, responded, finished].filter((v): v is number => v !== null);
      end = candidates.length > 0 ? Math.min(...candidates) : null;
    }
    waiting.push([since, end === null ? null : Math.max(since, end)]);
  }
  return { firstBooked, waiting };
}

/** When a finished job finished: its last status line (done and cancelled are final), else its last update. */
function finishedOf(job: Job): number | null {
  if (!FINAL.has(job.status)) return null;
  for (let i = job.history.length - 1; i >= 0; i--) {
    const line = job.history[i];
    if (line?.action === 'status') return Date.parse(line.at);
  }
  return Date.parse(job.updatedAt);
}

/** The report view of `job`. */
export function toReportJob(job: Job, clientName: string, archived: boolean): ReportJob {
  const received = Date.parse(job.receivedAt);
  const visits: ReportVisit[] = job.visits.map((v) => ({
    id: v.id,
    technicianId: v.technicianId,
    arrived: Date.parse(v.arrivedAt),
    departed: Date.parse(v.departedAt),
    travelMinutes: v.travelMinutes,
    outcome: v.outcome,
    hasFollowUp: v.followUpJobId !== null,
    billed: v.billedBatchId !== null,
  }));
  const firstVisit = visits.length > 0 ? Math.min(...visits.map((v) => v.arrived)) : null;
  const finished = finishedOf(job);
  const { firstBooked, waiting } = waitingSpans(job, received, finished, firstVisit);
  const doneVisit = visits.filter((v) => v.outcome === 'done').at(-1);
  const resolved = job.resolvedAt ? Date.parse(job.resolvedAt) : job.status === 'done' ? (doneVisit?.departed ?? finished) : null;
  const respondedRaw = job.respondedAt ? Date.parse(job.respondedAt) : firstVisit;
  return {
    id: job.id,
    number: job.number,
    title: job.title,
    clientId: job.clientId,
    clientName,
    siteId: job.siteId,
    category: job.category,
    priority: job.priority,
    status: job.status,
    received,
    responseDue: job.responseDueAt ? Date.parse(job.responseDueAt) : null,
    resolutionDue: job.resolutionDueAt ? Date.parse(job.resolutionDueAt) : null,
    // A job resolved without a recorded response was answered by its resolution at the latest.
    responded: respondedRaw ?? (job.status === 'done' ? resolved : null),
    resolved,
    finished,
    pausedSince: !FINAL.has(job.status) && job.slaPausedSince ? Date.parse(job.slaPausedSince) : null,
    slaPausedMinutes: job.slaPausedMinutes,
    estimateMinutes: job.estimateMinutes,
    assignment: job.assignment ? { technicianId: job.assignment.technicianId, start: Date.parse(job.assignment.start), end: Date.parse(job.assignment.end) } : null,
    firstBooked,
    waiting,
    visits,
    followUpOf: job.followUpOf,
    maintenance: job.maintenance !== null,
    archived,
  };
}
