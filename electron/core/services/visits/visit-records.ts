/**
 * Recording one visit on a job: the visit itself, the job's status by the visit's outcome, the
 * follow-up job when another visit is needed, and the SLA record from the real times. Pure
 * builders over the document, like job-records.ts: they return new records or throw an AppError.
 */
import { formatHm } from '../../../../shared/domain/zoned-time';
import { dayOf, formatJobNumber } from '../../../../shared/domain/jobs';
import { statusLabel } from '../../../../shared/domain/status';
import {
  OUTCOME_LABELS,
  WAITING_REASONS,
  buildFollowUp,
  isWaiting,
  pausesSla,
  respondedAtWith,
  sortVisits,
  statusAfter,
} from '../../../../shared/domain/visits';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import { JobSchema } from '../../../../shared/schemas/job';
import type { Job } from '../../../../shared/schemas/job';
import { VisitSchema } from '../../../../shared/schemas/visit';
import type { Visit } from '../../../../shared/schemas/visit';
import type { VisitEntry } from '../../../../shared/schemas/visit-inputs';
import { conflict, notFound, parseRecord } from '../errors';
import { historyEntry } from '../jobs/job-records';
import { indexJobs } from '../jobs/job-index';
import type { ChangeMeta } from '../jobs/job-records';
import { applySlaPause } from '../jobs/jobs-sla-pause';

export type RecordedVisit = { job: Job; followUp: Job | null };

/** The fields a correction may change; `recordedAt` and the links are the store's own. */
const ENTERED: readonly (keyof Visit)[] = ['technicianId', 'arrivedAt', 'departedAt', 'travelMinutes', 'workDone', 'parts', 'signedBy', 'outcome'];

function sameVisit(a: Visit, b: Visit): boolean {
  return ENTERED.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

/** "visit of 2 Dec 09:30–10:45 by Sam". */
function describeVisit(visit: Visit, technicianName: string, timeZone: string): string {
  const day = dayOf(new Date(visit.arrivedAt), timeZone);
  return `visit of ${day} ${formatHm(new Date(visit.arrivedAt), timeZone)}–${formatHm(new Date(visit.departedAt), timeZone)} by ${technicianName}`;
}

/** CONFLICT for a visit frozen into a billing batch: it never changes again. */
export function refuseBilled(job: Job, visit: Visit, timeZone: string): never {
  const day = dayOf(new Date(visit.arrivedAt), timeZone);
  throw conflict(
    `The visit of ${day} on ${job.number} is already billed, so it cannot change. Correct it with a credit batch in billing.`,
    { jobId: job.id, visitId: visit.id, billedBatchId: visit.billedBatchId },
  );
}

/** A new follow-up job's id and number, taken once the record is known to need one. */
export type FollowUpIds = () => { id: string; number: string };

/** Ids for follow-ups created while one save runs: numbers must not repeat within the save either. */
export function followUpAllocator(doc: DispatchDocument, newId: () => string): FollowUpIds {
  const taken = indexJobs(doc.jobs).numbers;
  let n = doc.nextJobNumber - 1;
  return () => {
    do n += 1;
    while (taken.has(formatJobNumber(n)));
    return { id: newId(), number: formatJobNumber(n) };
  };
}

/**
 * `job` with `entry` recorded. A new visit is added; a correction replaces the visit it names
 * (NOT_FOUND if gone, CONFLICT if billed). When the visit is the job's latest, its outcome sets
 * the status: done (also for another visit, which adds a linked follow-up job in the queue) or on
 * hold with a reason. Null when a correction changes nothing.
 */
export function recordVisit(doc: DispatchDocument, job: Job, entry: VisitEntry, meta: ChangeMeta, newVisitId: string, followUpIds: FollowUpIds): RecordedVisit | null {
  const zone = doc.settings.timeZone;
  if (job.status === 'cancelled') throw conflict(`${job.number} is cancelled; a cancelled job takes no visits.`, { jobId: job.id });
  const technician = doc.technicians.find((t) => t.id === entry.technicianId);
  if (!technician) throw notFound('That technician does not exist any more. Pick another technician.');

  const existing = entry.visitId === null ? null : job.visits.find((v) => v.id === entry.visitId);
  if (existing === undefined) throw notFound(`That visit on ${job.number} does not exist any more. Reload the job.`);
  if (existing?.billedBatchId) refuseBilled(job, existing, zone);

  const { visitId: _id, holdReason, ...fields } = entry;
  const visit = parseRecord(
    VisitSchema,
    { ...fields, id: existing?.id ?? newVisitId, followUpJobId: existing?.followUpJobId ?? null, billedBatchId: null, recordedAt: meta.at.toISOString() },
    'visit',
  );
  const reason = isWaiting(visit.outcome) ? holdReason || WAITING_REASONS[visit.outcome] : null;
  if (existing && sameVisit(existing, visit) && (reason === null || reason === job.statusReason || job.status !== 'on-hold')) return null;

  const visits = sortVisits(existing ? job.visits.map((v) => (v.id === existing.id ? visit : v)) : [...job.visits, visit]);
  const what = describeVisit(visit, technician.name, zone);
  let next: Job = {
    ...job,
    visits,
    respondedAt: respondedAtWith(job.respondedAt, visits),
    history: [...job.history, historyEntry(meta, 'visit', `${existing ? 'Corrected' : 'Recorded'} ${what}: ${OUTCOME_LABELS[visit.outcome]}`)],
    updatedAt: meta.at.toISOString(),
  };
  let followUp: Job | null = null;
  if (visits.at(-1)?.id === visit.id) ({ job: next, followUp } = applyOutcome(doc, job, next, visit, reason, meta, followUpIds));
  return { job: parseRecord(JobSchema, next, 'job'), followUp };
}

/** The job's status, resolution time and follow-up after its latest visit ended with `visit.outcome`. */
function applyOutcome(doc: DispatchDocument, before: Job, job: Job, visit: Visit, reason: string | null, meta: ChangeMeta, followUpIds: FollowUpIds): RecordedVisit {
  const target = statusAfter(visit.outcome);
  const linked = visit.followUpJobId === null ? null : doc.jobs.find((j) => j.id === visit.followUpJobId);
  if (visit.outcome !== 'another-visit' && linked) {
    throw conflict(`${before.number} already has the follow-up ${linked.number}; cancel that job first if no other visit is needed.`, { jobId: before.id });
  }
  if (before.status === 'done' && target !== 'done') {
    throw conflict(`${before.number} is done, which is final; it cannot wait for anything now. Open a new job for further work.`, { jobId: before.id });
  }

  let next: Job = job;
  if (target !== before.status || (reason !== null && reason !== before.statusReason)) {
    const changed = target !== before.status;
    next = {
      ...next,
      status: target,
      statusReason: reason,
      history: [
        ...next.history,
        historyEntry(meta, 'status', `${statusLabel(before.status)} → ${statusLabel(target)}${reason ? `: ${reason}` : ''} (closed out)`),
      ],
    };
    if (changed) next = applySlaPause(doc, before, next, target === 'on-hold' ? pausesSla(visit.outcome) : undefined, meta);
    // The customer has kept the job waiting since the technician left, not since the sheet was typed
    // in; a departure still ahead (entered early) pauses from now, so no pause is ever in the future.
    if (changed && next.slaPausedSince !== null && Date.parse(visit.departedAt) < meta.at.getTime()) {
      next = { ...next, slaPausedSince: visit.departedAt };
    }
  }
  // The work is finished when the technician leaves after the visit that finished it.
  next = { ...next, resolvedAt: visit.outcome === 'done' ? visit.departedAt : next.status === 'done' && visit.outcome === 'another-visit' ? null : next.resolvedAt };

  if (visit.outcome !== 'another-visit' || visit.followUpJobId !== null) return { job: next, followUp: null };
  const followUp = buildFollowUp(next, visit, followUpIds(), meta.at.toISOString(), meta.by);
  const withLink: Visit = { ...visit, followUpJobId: followUp.id };
  next = {
    ...next,
    visits: next.visits.map((v) => (v.id === visit.id ? withLink : v)),
    history: [...next.history, historyEntry(meta, 'follow-up', `Another visit needed: follow-up ${followUp.number} is in the queue`)],
  };
  return { job: next, followUp: parseRecord(JobSchema, followUp, 'follow-up job') };
}
