/**
 * Pure builders for job records: given the current document and a request, return the new record
 * or throw an `AppError`, never touching the document. The jobs service runs them inside one
 * `store.mutate`; the sample shop runs the same code, so its jobs are valid by construction.
 */
import { indexJobs } from './job-index';
import { formatJobNumber } from '../../../../shared/domain/jobs';
import { dueTimes, respondsByStatus } from '../../../../shared/domain/sla';
import { checkStatusChange, statusLabel } from '../../../../shared/domain/status';
import type { Priority } from '../../../../shared/schemas/common';
import type { Client } from '../../../../shared/schemas/client';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { JobCreate, JobStatusChange, JobUpdate } from '../../../../shared/schemas/inputs';
import { JobSchema } from '../../../../shared/schemas/job';
import type { HistoryEntry, Job } from '../../../../shared/schemas/job';
import type { Actor } from '../context';
import { badInput, conflict, notFound, parseRecord } from '../errors';
import { clip } from './format';
import { creditPausedTime } from './jobs-sla-pause';

/** When and by whom a change is made; stamped on history and `updatedAt`. */
export type ChangeMeta = { at: Date; by: Actor };

export function historyEntry(meta: ChangeMeta, action: string, detail: string): HistoryEntry {
  return { at: meta.at.toISOString(), by: meta.by, action, detail: clip(detail) };
}

/** The job with `id`, or NOT_FOUND. */
export function findJob(doc: DispatchDocument, id: string): { job: Job; index: number } {
  const index = doc.jobs.findIndex((j) => j.id === id);
  const job = doc.jobs[index];
  if (!job) throw notFound('That job does not exist any more. It may have been removed on another screen.');
  return { job, index };
}

/**
 * SLA due instants from the client's tier. A tier that no longer exists, or one without business
 * hours, gives no due times rather than refusing the job: taking the call matters more.
 */
export function slaDueTimes(
  doc: DispatchDocument,
  client: Client,
  priority: Priority,
  receivedAt: Date,
): Pick<Job, 'responseDueAt' | 'resolutionDueAt'> {
  const policy = doc.slaPolicies.find((p) => p.id === client.slaTier);
  if (!policy) return { responseDueAt: null, resolutionDueAt: null };
  try {
    const due = dueTimes(policy, priority, receivedAt, doc.settings.timeZone);
    return { responseDueAt: due.responseDueAt.toISOString(), resolutionDueAt: due.resolutionDueAt.toISOString() };
  } catch {
    return { responseDueAt: null, resolutionDueAt: null };
  }
}

/** Site and contact must exist and belong to the job's client (BAD_INPUT naming the field if not). */
function checkClientParts(doc: DispatchDocument, clientId: string, siteId: string | null, contactId: string | null): void {
  if (siteId !== null) {
    const site = doc.sites.find((s) => s.id === siteId);
    if (!site) throw notFound('That site does not exist any more. Pick another site.');
    if (site.clientId !== clientId) {
      throw badInput(`The site "${site.name}" belongs to another client.`, [{ path: 'siteId', message: 'belongs to another client' }]);
    }
  }
  if (contactId !== null) {
    const contact = doc.contacts.find((c) => c.id === contactId);
    if (!contact) throw notFound('That contact does not exist any more. Pick another contact.');
    if (contact.clientId !== clientId) {
      throw badInput(`The contact "${contact.name}" belongs to another client.`, [
        { path: 'contactId', message: 'belongs to another client' },
      ]);
    }
  }
}

/** The next free job number at or above the document's counter (imported data may have used some). */
function nextFreeNumber(doc: DispatchDocument): number {
  const taken = indexJobs(doc.jobs).numbers;
  let n = doc.nextJobNumber;
  while (taken.has(formatJobNumber(n))) n += 1;
  return n;
}

/**
 * A new job (status `new`, unassigned) with the next number and SLA due times, plus the counter
 * value to store afterwards. Throws NOT_FOUND for an unknown client, site or contact and CONFLICT
 * for an external reference that already has a job.
 */
export function buildJob(doc: DispatchDocument, input: JobCreate, id: string, meta: ChangeMeta): { job: Job; nextJobNumber: number } {
  const client = doc.clients.find((c) => c.id === input.clientId);
  if (!client) throw notFound('That client does not exist any more. Pick another client.');
  const siteId = input.siteId ?? null;
  const contactId = input.contactId ?? null;
  checkClientParts(doc, client.id, siteId, contactId);
  const externalRef = input.externalRef ?? null;
  if (externalRef !== null) {
    const existing = indexJobs(doc.jobs).byRef.get(externalRef);
    if (existing) {
      throw conflict(`${existing.number} already exists for reference "${externalRef}".`, { jobId: existing.id });
    }
  }
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : meta.at;
  const n = nextFreeNumber(doc);
  const stamp = meta.at.toISOString();
  const job = parseRecord(
    JobSchema,
    {
      id,
      number: formatJobNumber(n),
      clientId: client.id,
      siteId,
      contactId,
      title: input.title,
      description: input.description,
      category: input.category,
      requiredSkills: input.requiredSkills,
      priority: input.priority,
      status: 'new',
      statusReason: null,
      receivedAt: receivedAt.toISOString(),
      ...slaDueTimes(doc, client, input.priority, receivedAt),
      estimateMinutes: input.estimateMinutes,
      slaPausedSince: null,
      slaPausedMinutes: 0, respondedAt: null,
      resolvedAt: null,
      assignment: null,
      externalRef,
      notes: input.notes,
      visits: [],
      followUpOf: null,
      maintenance: null,
      pinned: false,
      history: [historyEntry(meta, 'created', `Created as ${input.priority} for ${client.name}`)],
      createdAt: stamp,
      updatedAt: stamp,
      revision: 1,
    } satisfies Job,
    'job',
  );
  return { job, nextJobNumber: n + 1 };
}

type JobPatch = JobUpdate['patch'];

const FIELD_LABELS: Record<keyof JobPatch, string> = {
  siteId: 'site',
  contactId: 'contact',
  title: 'title',
  description: 'description',
  category: 'category',
  requiredSkills: 'required skills',
  priority: 'priority',
  estimateMinutes: 'estimate',
  notes: 'notes',
  pinned: 'pin',
};

/**
 * The job with `patch` applied, or null when the patch changes nothing. A priority change
 * recomputes the SLA due times from the original receipt time (the promise follows the priority).
 */
export function patchJob(doc: DispatchDocument, job: Job, patch: JobPatch, meta: ChangeMeta): Job | null {
  const changed = (Object.keys(patch) as (keyof JobPatch)[]).filter(
    (key) => patch[key] !== undefined && JSON.stringify(patch[key]) !== JSON.stringify(job[key]),
  );
  if (changed.length === 0) return null;
  const siteId = patch.siteId !== undefined ? patch.siteId : job.siteId;
  const contactId = patch.contactId !== undefined ? patch.contactId : job.contactId;
  checkClientParts(doc, job.clientId, siteId, contactId);

  let due: Pick<Job, 'responseDueAt' | 'resolutionDueAt'> = { responseDueAt: job.responseDueAt, resolutionDueAt: job.resolutionDueAt };
  const parts: string[] = [];
  if (changed.includes('priority') && patch.priority) {
    parts.push(`Priority ${job.priority} → ${patch.priority}`);
    const client = doc.clients.find((c) => c.id === job.clientId);
    // SLA pause: keep the credit for time already spent waiting on the customer. A maintenance
    // visit has no SLA clock at any priority: its window is its deadline.
    if (client && !job.maintenance) due = creditPausedTime(doc, job, slaDueTimes(doc, client, patch.priority, new Date(job.receivedAt)));
  }
  if (changed.includes('pinned')) {
    // Only a booking can be held in place; a queued job has no place to hold.
    if (patch.pinned && !job.assignment) throw conflict(`${job.number} is not booked, so there is nothing to pin.`);
    parts.push(patch.pinned ? 'Pinned in place: the planner will not move it' : 'Unpinned: the planner may move it');
  }
  const others = changed.filter((k) => k !== 'priority' && k !== 'pinned').map((k) => FIELD_LABELS[k]);
  if (others.length > 0) parts.push(`Changed ${others.join(', ')}`);

  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return parseRecord(
    JobSchema,
    {
      ...job,
      ...defined,
      ...due,
      history: [...job.history, historyEntry(meta, 'edited', parts.join('; '))],
      updatedAt: meta.at.toISOString(),
    },
    'job',
  );
}

/**
 * The job in its new status, following the shared status rules. A missing reason is BAD_INPUT on
 * `reason`; any other refusal (a final status, a skipped step, no technician) is CONFLICT.
 */
export function changeStatus(job: Job, change: Pick<JobStatusChange, 'status' | 'reason'>, meta: ChangeMeta): Job {
  const reason = change.reason?.trim() || undefined;
  const verdict = checkStatusChange(job, change.status, reason);
  if (!verdict.ok) {
    // Allowed apart from the reason? Then the caller only has to fill in one field.
    const onlyReasonMissing = checkStatusChange(job, change.status, 'reason').ok;
    if (onlyReasonMissing) throw badInput(verdict.message, [{ path: 'reason', message: 'required' }]);
    throw conflict(verdict.message);
  }
  const keepsReason = change.status === 'on-hold' || change.status === 'cancelled';
  const detail = `${statusLabel(job.status)} → ${statusLabel(change.status)}${reason ? `: ${reason}` : ''}`;
  return {
    ...job,
    status: change.status,
    statusReason: keepsReason ? (reason ?? null) : null,
    // Setting off or arriving is the first response, unless one was recorded before.
    respondedAt: job.respondedAt ?? (respondsByStatus(change.status) ? meta.at.toISOString() : null),
    // Marking done finishes the work now; the SLA record keeps when.
    resolvedAt: change.status === 'done' ? meta.at.toISOString() : job.resolvedAt,
    history: [...job.history, historyEntry(meta, 'status', detail)],
    updatedAt: meta.at.toISOString(),
  };
}
