/**
 * Pure builders for the planner's writes, run inside ONE `store.mutate`: accept a set of proposals
 * (after checking nothing they depend on changed), or put a set of jobs back (undo / redo of an
 * accepted plan). Each job is checked against the document as the earlier jobs of the same batch
 * left it, so two proposals on one technician are checked against each other too.
 */
import type { PlanAccepted, PlanProposal } from '../../../../shared/ipc/planner-outputs';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { PlannerRestore } from '../../../../shared/schemas/planner-inputs';
import type { Job } from '../../../../shared/schemas/job';
import { conflict } from '../errors';
import { clip } from '../jobs/format';
import { findJob } from '../jobs/job-records';
import type { ChangeMeta } from '../jobs/job-records';
import { saveJob } from '../jobs/job-revision';
import { scheduleJob } from '../schedule/schedule-records';
import { restoreJob } from '../schedule/schedule-restore';
import { changedSince } from './plan-revisions';
import type { StoredPlan } from './planner';

type Step = (working: DispatchDocument, jobId: string) => Job;

/** Apply `step` to each job in turn on a working copy of `base`, then save them all to `doc`. */
function batch(doc: DispatchDocument, base: DispatchDocument, jobIds: readonly string[], step: Step): PlanAccepted {
  const working: DispatchDocument = { ...base, jobs: [...base.jobs] };
  const before: PlanAccepted['before'] = [];
  const changed: Array<{ index: number; job: Job }> = [];
  for (const id of jobIds) {
    const { job, index } = findJob(working, id);
    before.push({ id, assignment: job.assignment, status: job.status, statusReason: job.statusReason, revision: job.revision });
    const updated = step(working, id);
    working.jobs[index] = updated;
    changed.push({ index, job: updated });
  }
  return { jobs: changed.map(({ index, job }) => saveJob(doc, index, job)), before };
}

export function acceptProposals(doc: DispatchDocument, base: DispatchDocument, plan: StoredPlan, chosen: readonly PlanProposal[], meta: ChangeMeta): PlanAccepted {
  const jobIds = chosen.map((p) => p.jobId);
  const technicianIds = new Set(chosen.map((p) => p.technicianId));
  for (const p of chosen) {
    const previous = base.jobs.find((j) => j.id === p.jobId)?.assignment?.technicianId;
    if (previous) technicianIds.add(previous);
  }
  const start = new Date(plan.view.horizonStart);
  const end = new Date(plan.view.horizonEnd);
  const changed = changedSince(base, plan.read, { jobIds, technicianIds: [...technicianIds] }, start, end);
  if (changed.jobIds.length > 0 || changed.technicianIds.length > 0) {
    const numbers = changed.jobIds.map((id) => base.jobs.find((j) => j.id === id)?.number ?? 'a removed job');
    const names = changed.technicianIds.map((id) => base.technicians.find((t) => t.id === id)?.name ?? 'a removed technician');
    const what = [...numbers, ...names].slice(0, 4).join(', ');
    throw conflict(`Things the plan depends on changed since it was made (${what}); nothing was booked. The plan is being made again.`, changed);
  }
  const byJob = new Map(chosen.map((p) => [p.jobId, p]));
  return batch(doc, base, jobIds, (working, id) => {
    const p = byJob.get(id) as PlanProposal;
    const booked = findJob(working, id).job.assignment !== null;
    const { job } = scheduleJob(working, { jobId: id, technicianId: p.technicianId, start: p.start, end: p.end }, booked ? 'move' : 'assign', meta);
    // Say in the job's history that the booking came from an accepted plan.
    const last = job.history[job.history.length - 1];
    const history = last ? [...job.history.slice(0, -1), { ...last, detail: clip(`From the plan: ${last.detail}`) }] : job.history;
    return { ...job, history };
  });
}

export function restorePlan(doc: DispatchDocument, base: DispatchDocument, input: PlannerRestore, meta: ChangeMeta): PlanAccepted {
  const byJob = new Map(input.items.map((item) => [item.jobId, item]));
  if (byJob.size !== input.items.length) throw conflict('A job appears twice in the change to put back; nothing was changed.');
  return batch(doc, base, [...byJob.keys()], (working, id) => {
    const item = byJob.get(id);
    if (!item) throw conflict('Nothing to put back for that job.');
    return restoreJob(working, { ...item, direction: input.direction }, meta).job;
  });
}
