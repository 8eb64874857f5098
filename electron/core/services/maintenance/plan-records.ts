/**
 * Pure builders for maintenance plans and the jobs their occurrences become: given the document and
 * a request, return new records or throw an `AppError`, never touching the document.
 */
import { dayOf } from '../../../../shared/domain/jobs';
import { addDays, initialCursor, visitWindow } from '../../../../shared/domain/maintenance';
import type { DueOccurrence } from '../../../../shared/domain/maintenance';
import { occurrenceDays, ruleProblem } from '../../../../shared/domain/maintenance-rule';
import { isOpenStatus } from '../../../../shared/domain/status';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { Job } from '../../../../shared/schemas/job';
import { MaintenancePlanSchema } from '../../../../shared/schemas/maintenance';
import type { MaintenancePlan, MaintenancePlanInput, MaintenancePlanUpdate, OccurrenceChange } from '../../../../shared/schemas/maintenance';
import { badInput, conflict, notFound, parseRecord } from '../errors';
import { buildJob, historyEntry } from '../jobs/job-records';
import type { ChangeMeta } from '../jobs/job-records';
import { findRecord } from '../records';

/** Who creates the jobs of a plan, as written in their history. */
export const MAINTENANCE_ACTOR = 'system:maintenance';

/** The plan with `id`, or NOT_FOUND. */
export function findPlan(doc: DispatchDocument, id: string): { plan: MaintenancePlan; index: number } {
  const { record, index } = findRecord(doc.maintenancePlans, id, 'maintenance plan');
  return { plan: record, index };
}

/** BAD_INPUT (on `rule`) unless the rule is usable from the start day. */
function assertRule(rule: string, startDay: string): void {
  const problem = ruleProblem(rule, startDay);
  if (problem !== null) throw badInput(`The repeat rule cannot be used: ${problem}.`, [{ path: 'rule', message: problem }]);
}

/** The site must belong to the client, the preferred technician must exist. */
function assertReferences(doc: DispatchDocument, plan: Pick<MaintenancePlan, 'clientId' | 'siteId' | 'preferredTechnicianId'>): void {
  const client = doc.clients.find((c) => c.id === plan.clientId);
  if (!client) throw notFound('That client does not exist any more. Pick another client.');
  if (plan.siteId !== null) {
    const site = doc.sites.find((s) => s.id === plan.siteId);
    if (!site) throw notFound('That site does not exist any more. Pick another site.');
    if (site.clientId !== client.id) throw badInput(`The site "${site.name}" belongs to another client.`, [{ path: 'siteId', message: 'belongs to another client' }]);
  }
  if (plan.preferredTechnicianId !== null && !doc.technicians.some((t) => t.id === plan.preferredTechnicianId)) {
    throw notFound('That technician does not exist any more. Pick another technician.');
  }
}

/** A new plan; its first run looks at occurrences from today (or its start day, if later) on. */
export function buildPlan(doc: DispatchDocument, input: MaintenancePlanInput, id: string, meta: ChangeMeta): MaintenancePlan {
  assertRule(input.rule, input.startDay);
  const stamp = meta.at.toISOString();
  const today = dayOf(meta.at, doc.settings.timeZone);
  const plan = parseRecord(
    MaintenancePlanSchema,
    { ...input, id, createdThrough: initialCursor(input.startDay, today), exceptions: [], createdAt: stamp, updatedAt: stamp },
    'maintenance plan',
  );
  assertReferences(doc, plan);
  return plan;
}

/** The fields a plan's jobs copy from it (what to do), for new jobs and for "apply to created". */
function jobFields(plan: MaintenancePlan) {
  return {
    title: plan.title,
    description: plan.checklist,
    category: plan.category,
    requiredSkills: plan.requiredSkills,
    priority: plan.priority,
    estimateMinutes: plan.estimateMinutes,
  };
}

/** A line for the job's notes naming who or where the plan prefers, so the dispatcher sees it. */
function preferenceNote(doc: DispatchDocument, plan: MaintenancePlan): string {
  const tech = plan.preferredTechnicianId ? doc.technicians.find((t) => t.id === plan.preferredTechnicianId) : undefined;
  if (tech) return `Preferred technician: ${tech.name}.`;
  if (plan.preferredZone) return `Preferred zone: ${plan.preferredZone}.`;
  return '';
}

/**
 * The job for one occurrence: the plan's work, no SLA clock (the window is its deadline), the
 * maintenance marker with the occurrence's key. `doc.nextJobNumber` must already count the jobs
 * made earlier in the same change.
 */
export function buildOccurrenceJob(doc: DispatchDocument, plan: MaintenancePlan, occurrence: DueOccurrence, id: string, meta: ChangeMeta) {
  const { job, nextJobNumber } = buildJob(
    doc,
    { clientId: plan.clientId, siteId: plan.siteId, contactId: null, ...jobFields(plan), notes: preferenceNote(doc, plan) },
    id,
    meta,
  );
  const moved = occurrence.visitDay !== occurrence.occurrenceDate ? ` (moved to ${occurrence.visitDay})` : '';
  const made: Job = {
    ...job,
    responseDueAt: null,
    resolutionDueAt: null,
    maintenance: {
      planId: plan.id,
      occurrenceDate: occurrence.occurrenceDate,
      windowStart: occurrence.windowStart,
      windowEnd: occurrence.windowEnd,
    },
    history: [historyEntry(meta, 'created', `Created from maintenance plan "${plan.title}" for the visit of ${occurrence.occurrenceDate}${moved}`)],
  };
  return { job: made, nextJobNumber };
}

/** Jobs of the plan that may still follow it: open and not started (nobody is on the way yet). */
function notStartedJobs(doc: DispatchDocument, planId: string): Array<{ job: Job; index: number }> {
  const found: Array<{ job: Job; index: number }> = [];
  doc.jobs.forEach((job, index) => {
    if (job.maintenance?.planId === planId && (job.status === 'new' || job.status === 'scheduled')) found.push({ job, index });
  });
  return found;
}

/**
 * The plan with the patch applied, and, with `applyToCreated`, the changed jobs: open jobs that
 * have not started take the new work, window and priority; those whose day the new rule no longer
 * has are cancelled; and the cursor goes back to today so days the new rule adds get their jobs
 * (the key check keeps the ones that already have one). Without it, jobs already made stay as they
 * are and only occurrences the cursor has not reached follow the new plan.
 */
export function patchPlan(
  doc: DispatchDocument,
  plan: MaintenancePlan,
  update: MaintenancePlanUpdate,
  meta: ChangeMeta,
): { plan: MaintenancePlan; jobs: Array<{ index: number; job: Job }> } | null {
  const patch = Object.fromEntries(Object.entries(update.patch).filter(([, v]) => v !== undefined));
  const changed = Object.keys(patch).filter((k) => JSON.stringify(patch[k]) !== JSON.stringify(plan[k as keyof MaintenancePlan]));
  if (changed.length === 0) return null;
  const today = dayOf(meta.at, doc.settings.timeZone);
  const resumed = patch.active === true && !plan.active;
  const next = parseRecord(
    MaintenancePlanSchema,
    {
      ...plan,
      ...patch,
      // A resumed plan starts again from today: the paused weeks are not caught up.
      createdThrough: resumed ? initialCursor(plan.startDay, today) : plan.createdThrough,
      updatedAt: meta.at.toISOString(),
    },
    'maintenance plan',
  );
  if (changed.includes('rule') || changed.includes('startDay')) assertRule(next.rule, next.startDay);
  assertReferences(doc, next);
  if (!update.applyToCreated) return { plan: next, jobs: [] };

  const ruleChanged = ['rule', 'startDay', 'endDay'].some((k) => changed.includes(k));
  const jobs: Array<{ index: number; job: Job }> = [];
  for (const { job, index } of notStartedJobs(doc, plan.id)) {
    const marker = job.maintenance;
    if (!marker) continue;
    const stillOccurs = occurrenceDays(next.rule, next.startDay, next.endDay, marker.occurrenceDate, marker.occurrenceDate).length > 0;
    if (ruleChanged && !stillOccurs) {
      jobs.push({ index, job: cancelled(job, 'The maintenance plan no longer has this visit', meta) });
      continue;
    }
    const visitDay = dayOf(new Date(marker.windowStart), doc.settings.timeZone);
    const updated: Job = {
      ...job,
      ...jobFields(next),
      maintenance: { ...marker, ...visitWindow(next, visitDay, doc.settings.timeZone) },
      history: [...job.history, historyEntry(meta, 'edited', `Updated from maintenance plan "${next.title}"`)],
      updatedAt: meta.at.toISOString(),
    };
    if (JSON.stringify({ ...updated, history: job.history, updatedAt: job.updatedAt }) !== JSON.stringify(job)) jobs.push({ index, job: updated });
  }
  const rewound = ruleChanged && next.createdThrough !== null && next.createdThrough > addDays(today, -1) ? addDays(today, -1) : next.createdThrough;
  return { plan: { ...next, createdThrough: rewound }, jobs };
}

function cancelled(job: Job, reason: string, meta: ChangeMeta): Job {
  return {
    ...job,
    status: 'cancelled',
    statusReason: reason,
    assignment: null,
    history: [...job.history, historyEntry(meta, 'status', `${job.status === 'new' ? 'New' : 'Scheduled'} → Cancelled: ${reason}`)],
    updatedAt: meta.at.toISOString(),
  };
}

/**
 * Skip or move one occurrence: the exception is recorded on the plan (who, when, why); a job
 * already made for it is cancelled (skip) or gets the window on the new day (move). CONFLICT when
 * the rule has no such occurrence or its job has already started or finished.
 */
export function changeOccurrence(
  doc: DispatchDocument,
  plan: MaintenancePlan,
  change: OccurrenceChange,
  meta: ChangeMeta,
): { plan: MaintenancePlan; job: { index: number; job: Job } | null } {
  if (occurrenceDays(plan.rule, plan.startDay, plan.endDay, change.date, change.date).length === 0) {
    throw badInput(`"${plan.title}" has no visit on ${change.date}.`, [{ path: 'date', message: 'not an occurrence of the plan' }]);
  }
  const index = doc.jobs.findIndex((j) => j.maintenance?.planId === plan.id && j.maintenance.occurrenceDate === change.date);
  const existing = index >= 0 ? doc.jobs[index] : undefined;
  if (existing && !(existing.status === 'new' || existing.status === 'scheduled')) {
    const state = isOpenStatus(existing.status) ? 'has already started' : 'is already finished';
    throw conflict(`The visit of ${change.date} (${existing.number}) ${state}, so it cannot be ${change.action === 'skip' ? 'skipped' : 'moved'}.`, {
      jobId: existing.id,
    });
  }
  const exception = { date: change.date, action: change.action, to: change.to, reason: change.reason, at: meta.at.toISOString(), by: meta.by };
  const next = parseRecord(
    MaintenancePlanSchema,
    { ...plan, exceptions: [...plan.exceptions.filter((e) => e.date !== change.date), exception], updatedAt: meta.at.toISOString() },
    'maintenance plan',
  );
  if (!existing?.maintenance) return { plan: next, job: null };
  if (change.action === 'skip') {
    const why = change.reason ? `Maintenance visit skipped: ${change.reason}` : 'Maintenance visit skipped';
    return { plan: next, job: { index, job: cancelled(existing, why, meta) } };
  }
  const to = change.to ?? change.date;
  const moved: Job = {
    ...existing,
    // The booking was for the old day; the visit is planned again for the new one.
    status: 'new',
    assignment: null,
    maintenance: { ...existing.maintenance, ...visitWindow(plan, to, doc.settings.timeZone) },
    history: [...existing.history, historyEntry(meta, 'edited', `Maintenance visit moved from ${change.date} to ${to}${change.reason ? `: ${change.reason}` : ''}`)],
    updatedAt: meta.at.toISOString(),
  };
  return { plan: next, job: { index, job: moved } };
}

