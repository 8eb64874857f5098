/**
 * Plan the queue: propose bookings for queued jobs (run in slices inside the core, with progress
 * pushes and a cancel), then accept all or some of them as ONE durable change, refused with
 * CONFLICT when anything the accepted part depends on changed since the plan was made. The plans
 * themselves stay in the core's memory (never trusted back from a caller) until accepted or
 * replaced; an undo of an accepted plan is one change too (`restore`).
 */
import type { PlanAccepted, PlanOutcome, PlanView } from '../../../../shared/ipc/planner-outputs';
import type { PlannerAccept, PlannerPropose, PlannerRestore } from '../../../../shared/schemas/planner-inputs';
import { commit } from '../commit';
import { DISPATCHER } from '../context';
import type { Actor, ServiceContext } from '../context';
import { badInput, notFound } from '../errors';
import { publishJobs } from '../jobs/job-deltas';
import type { PlanEngine } from './engine';
import { planHorizon } from './horizon';
import { readRevisions } from './plan-revisions';
import type { ReadRevisions } from './plan-revisions';
import { runSliced } from './plan-run';
import { toPlanView } from './plan-view';
import { acceptProposals, restorePlan } from './plan-write';

/** Plans kept for accepting; older ones are forgotten (the dispatcher plans again). */
const KEPT_PLANS = 8;
/**
 * How long the search may keep improving a plan, in wall-clock time: past it the best plan so
 * far is proposed. A dispatcher at a peak wants the plan in seconds, not the last percent.
 */
export const PLAN_BUDGET_MS = 1_500;

export type StoredPlan = { view: PlanView; read: ReadRevisions };

export type PlannerService = ReturnType<typeof createPlannerService>;

export function createPlannerService(ctx: ServiceContext, engine: PlanEngine, opts: { seed?: number; budgetMs?: number } = {}) {
  const seed = opts.seed ?? 1;
  const budgetMs = opts.budgetMs ?? PLAN_BUDGET_MS;
  const running = new Map<string, { cancelled: boolean }>();
  const plans = new Map<string, StoredPlan>();
  const meta = (by: Actor) => ({ at: ctx.clock.now(), by });

  function keep(plan: StoredPlan): void {
    plans.set(plan.view.planId, plan);
    for (const id of plans.keys()) if (plans.size > KEPT_PLANS) plans.delete(id);
  }

  return {
    /**
     * A plan for the queue (or the selected queued jobs) within `days` working days. Progress is
     * pushed as `planner:progress`; a `cancel` of the same run ends it with `cancelled`. A new run
     * with the same id replaces the one still running.
     */
    async propose(input: PlannerPropose): Promise<PlanOutcome> {
      const doc = ctx.store.read();
      const now = ctx.clock.now();
      // The queue the planner places: new jobs without a booking (on-hold jobs wait for their reason to clear).
      const queued = doc.jobs.filter((j) => j.assignment === null && j.status === 'new');
      let jobIds: string[] | null = null;
      if (input.jobIds) {
        const queuedIds = new Set(queued.map((j) => j.id));
        const outside = input.jobIds.filter((id) => !queuedIds.has(id));
        if (outside.length > 0) throw badInput('Only new jobs waiting in the queue can be planned; some of the selected jobs are booked, on hold or closed.', [{ path: 'jobIds', message: 'not in the queue' }]);
        jobIds = [...new Set(input.jobIds)];
      }
      const horizon = planHorizon(doc.technicians, now, input.days, doc.settings.timeZone);
      const previous = running.get(input.runId);
      if (previous) previous.cancelled = true;
      const flag = { cancelled: false };
      running.set(input.runId, flag);
      try {
        const deadline = performance.now() + budgetMs;
        const shouldStop = () => flag.cancelled || performance.now() > deadline;
        const run = engine({ doc, now, horizonStart: horizon.start, horizonEnd: horizon.end, jobIds, mayMoveScheduled: input.mayMoveScheduled, seed, shouldStop });
        const result = await runSliced(run, {
          cancelled: () => flag.cancelled,
          progress: (step) =>
            ctx.events.publish('planner:progress', { runId: input.runId, phase: step.phase, done: step.done, total: step.total, draft: step.draft?.() ?? [] }),
        });
        if (!result || flag.cancelled) return { status: 'cancelled', runId: input.runId };
        const view = toPlanView(doc, result, { planId: ctx.newId(), runId: input.runId, madeAt: now, horizon, mayMoveScheduled: input.mayMoveScheduled });
        const planned = jobIds ?? queued.map((j) => j.id);
        keep({ view, read: readRevisions(doc, [...planned, ...view.proposals.map((p) => p.jobId)], horizon.start, horizon.end) });
        return { status: 'done', plan: view };
      } finally {
        if (running.get(input.runId) === flag) running.delete(input.runId);
      }
    },

    /** Stop a run; it answers `cancelled`. Cancelling a run that has finished changes nothing. */
    cancel(input: { runId: string }): { cancelled: boolean } {
      const flag = running.get(input.runId);
      if (flag) flag.cancelled = true;
      return { cancelled: flag !== undefined };
    },

    /**
     * Book the chosen proposals (all when neither `jobIds` nor `technicianIds` is given) in one
     * store mutation. CONFLICT (nothing written; details name what changed) when any of the
     * accepted jobs, their technicians or those technicians' bookings changed since the plan.
     */
    accept(input: PlannerAccept, by: Actor = DISPATCHER): Promise<PlanAccepted> {
      const plan = plans.get(input.planId);
      if (!plan) throw notFound('That plan is no longer available; plan the queue again.');
      const jobs = input.jobIds ? new Set(input.jobIds) : null;
      const techs = input.technicianIds ? new Set(input.technicianIds) : null;
      const chosen = plan.view.proposals.filter((p) => (!jobs && !techs) || jobs?.has(p.jobId) || techs?.has(p.technicianId));
      if (chosen.length === 0) throw badInput('None of the chosen jobs or technicians has a proposed booking in this plan.', [{ path: 'jobIds', message: 'nothing to accept' }]);
      return commit(
        ctx,
        (doc, base) => acceptProposals(doc, base, plan, chosen, meta(by)),
        (result, revision) => {
          // Accepted proposals leave the plan, so a second accept cannot book them twice; the plan
          // now knows them at their new revisions (its own bookings are not a change elsewhere).
          const done = new Set(result.jobs.map((j) => j.id));
          for (const job of result.jobs) plan.read.jobs.set(job.id, job.revision);
          plan.view = { ...plan.view, proposals: plan.view.proposals.filter((p) => !done.has(p.jobId)) };
          publishJobs(ctx, revision, [...done]);
        },
      );
    },

    /** Undo or redo an accepted plan: every job back to the given state, in one change. */
    restore(input: PlannerRestore, by: Actor = DISPATCHER): Promise<PlanAccepted> {
      return commit(
        ctx,
        (doc, base) => restorePlan(doc, base, input, meta(by)),
        (result, revision) => publishJobs(ctx, revision, result.jobs.map((j) => j.id)),
      );
    },
  };
}
