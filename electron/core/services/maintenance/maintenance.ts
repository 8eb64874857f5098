/**
 * Recurring maintenance plans: create, edit, delete, skip or move one occurrence, and the run that
 * turns due occurrences into jobs. The run happens when the core starts and then periodically,
 * with the core's clock; each run is one change that writes the new jobs together with each
 * plan's moved cursor, so a crash leaves both or neither and a restart never doubles a visit.
 */
import { dayOf } from '../../../../shared/domain/jobs';
import { addDays, dueOccurrences, occurrenceKeys, upcomingOccurrences } from '../../../../shared/domain/maintenance';
import type { MaintenancePlanView } from '../../../../shared/domain/maintenance';
import type { MaintenancePlan, MaintenancePlanInput, MaintenancePlanUpdate, OccurrenceChange } from '../../../../shared/schemas/maintenance';
import type { Scheduler } from '../../ports';
import { commit } from '../commit';
import { consoleActor } from '../context';
import type { Actor, ServiceContext } from '../context';
import { conflict, listSome } from '../errors';
import { publishJobs } from '../jobs/job-deltas';
import { saveJob } from '../jobs/job-revision';
import { byKeys } from '../records';
import { MAINTENANCE_ACTOR, buildOccurrenceJob, buildPlan, changeOccurrence, findPlan, patchPlan } from './plan-records';

/** How often due occurrences are looked for while the host runs (jobs are days ahead: hourly is plenty). */
export const MAINTENANCE_RUN_MS = 60 * 60_000;

/** How many next occurrences the client view lists per plan. */
const UPCOMING_COUNT = 6;

/** At most this many jobs per run, so a plan with a long catch-up cannot make one huge write. */
const MAX_JOBS_PER_RUN = 500;

export type MaintenanceService = ReturnType<typeof createMaintenanceService>;

type Outcome = { planIds: string[]; jobIds: string[] };

export function createMaintenanceService(ctx: ServiceContext) {
  const meta = (by: Actor) => ({ at: ctx.clock.now(), by });
  const announce = (outcome: Outcome, revision: number) => {
    if (outcome.jobIds.length > 0) publishJobs(ctx, revision, outcome.jobIds);
    if (outcome.planIds.length > 0) ctx.events.publish('clients:changed', { revision: outcome.jobIds.length > 0 ? ctx.revision.next() : revision });
  };
  let stop: (() => void) | null = null;
  let running: Promise<number> | null = null;

  /** One run: every plan's due occurrences become jobs, with the cursors, in one write. */
  async function runOnce(): Promise<number> {
    const at = ctx.clock.now();
    const outcome = await commit(
      ctx,
      (doc, base): Outcome => {
        const today = dayOf(at, base.settings.timeZone);
        const existing = occurrenceKeys(base.jobs);
        const planIds: string[] = [];
        const jobIds: string[] = [];
        let working = base;
        base.maintenancePlans.forEach((plan, index) => {
          if (jobIds.length >= MAX_JOBS_PER_RUN) return;
          const due = dueOccurrences(plan, today, base.settings.timeZone, existing);
          const room = MAX_JOBS_PER_RUN - jobIds.length;
          const taken = due.occurrences.slice(0, room);
          // Cut short: the cursor stops before the first occurrence left for the next run.
          const left = due.occurrences[room];
          const createdThrough = left ? cutCursor(due.createdThrough, left.occurrenceDate, plan.createdThrough) : due.createdThrough;
          for (const occurrence of taken) {
            const id = ctx.newId();
            const { job, nextJobNumber } = buildOccurrenceJob(working, plan, occurrence, id, { at, by: MAINTENANCE_ACTOR });
            doc.jobs.push(job);
            doc.nextJobNumber = nextJobNumber;
            working = { ...working, nextJobNumber };
            jobIds.push(id);
          }
          if (createdThrough !== plan.createdThrough) {
            const draft = doc.maintenancePlans[index];
            if (draft) draft.createdThrough = createdThrough;
            planIds.push(plan.id);
          }
        });
        return { planIds, jobIds };
      },
      announce,
    );
    if (outcome.jobIds.length > 0) ctx.log.info(`Maintenance: created ${outcome.jobIds.length} job(s) from plans`);
    return outcome.jobIds.length;
  }

  /**
   * The cursor of a run cut short before occurrence `left`: the day before it (never past the run's
   * own horizon), but never behind the cursor the plan already had.
   */
  function cutCursor(horizon: string | null, left: string, cursor: string | null): string | null {
    const before = addDays(left, -1);
    const upTo = horizon !== null && horizon < before ? horizon : before;
    return cursor !== null && cursor > upTo ? cursor : upTo;
  }

  /**
   * A run whose failure is logged, not thrown: after a plan change is saved (the caller is answered
   * with the saved change) and on the timer; the next run tries again.
   */
  const generateLogged = () =>
    generate().catch((error: unknown) => {
      ctx.log.error('Maintenance jobs could not be created', error);
      return 0;
    });

  const generate = (): Promise<number> => {
    // Runs never overlap: a timer firing during a slow write waits for it and then runs again.
    const next = (running ?? Promise.resolve(0)).catch(() => 0).then(runOnce);
    running = next;
    return next;
  };

  return {
    /** Every plan, by client then title, with its next occurrences from today (shop time). */
    list(): MaintenancePlanView[] {
      const doc = ctx.store.read();
      const clientName = new Map(doc.clients.map((c) => [c.id, c.name]));
      const today = dayOf(ctx.clock.now(), doc.settings.timeZone);
      const visits = doc.jobs.filter((j) => j.maintenance !== null);
      return [...doc.maintenancePlans]
        .sort(byKeys((p) => clientName.get(p.clientId) ?? '', (p) => p.title))
        .map((plan) => ({ ...plan, upcoming: upcomingOccurrences(plan, visits, today, UPCOMING_COUNT) }));
    },

    /** A new plan; its due occurrences become jobs at once. NOT_FOUND / BAD_INPUT for wrong references or rule. */
    async create(input: MaintenancePlanInput, by: Actor = consoleActor(ctx)): Promise<MaintenancePlan> {
      const id = ctx.newId();
      const plan = await commit(
        ctx,
        (doc, base) => {
          const made = buildPlan(base, input, id, meta(by));
          doc.maintenancePlans.push(made);
          return made;
        },
        (made, revision) => announce({ planIds: [made.id], jobIds: [] }, revision),
      );
      await generateLogged();
      return findPlan(ctx.store.read(), plan.id).plan;
    },

    /**
     * Apply a patch. Only occurrences not yet made into jobs follow it, unless `applyToCreated`:
     * then the plan's jobs that have not started follow too (see `patchPlan`).
     */
    async update(input: MaintenancePlanUpdate, by: Actor = consoleActor(ctx)): Promise<MaintenancePlan> {
      const outcome = await commit(
        ctx,
        (doc, base) => {
          const { plan, index } = findPlan(base, input.id);
          const patched = patchPlan(base, plan, input, meta(by));
          if (!patched) return { planIds: [], jobIds: [] };
          doc.maintenancePlans[index] = patched.plan;
          for (const { index: at, job } of patched.jobs) saveJob(doc, at, job);
          return { planIds: [plan.id], jobIds: patched.jobs.map((j) => j.job.id) };
        },
        announce,
      );
      if (outcome.planIds.length > 0) await generateLogged();
      return findPlan(ctx.store.read(), input.id).plan;
    },

    /** Delete a plan. Its jobs stay (with their history); CONFLICT while any of them is open. */
    delete(input: { id: string }): Promise<{ id: string }> {
      return commit(
        ctx,
        (doc, base) => {
          const { plan, index } = findPlan(base, input.id);
          const open = base.jobs.filter((j) => j.maintenance?.planId === plan.id && j.status !== 'done' && j.status !== 'cancelled');
          if (open.length > 0) {
            throw conflict(
              `"${plan.title}" still has open visits (${listSome(open.map((j) => j.number))}). Skip or finish them first, or pause the plan instead.`,
              { jobIds: open.map((j) => j.id) },
            );
          }
          doc.maintenancePlans.splice(index, 1);
          return { planIds: [plan.id], jobIds: [] };
        },
        announce,
      ).then(() => ({ id: input.id }));
    },

    /** Skip or move one occurrence (recorded on the plan); a job already made for it follows. */
    async changeOccurrence(input: OccurrenceChange, by: Actor = consoleActor(ctx)): Promise<MaintenancePlan> {
      await commit(
        ctx,
        (doc, base) => {
          const { plan, index } = findPlan(base, input.planId);
          const changed = changeOccurrence(base, plan, input, meta(by));
          doc.maintenancePlans[index] = changed.plan;
          if (changed.job) saveJob(doc, changed.job.index, changed.job.job);
          return { planIds: [plan.id], jobIds: changed.job ? [changed.job.job.id] : [] };
        },
        announce,
      );
      // A move into the lead time makes its job now.
      await generateLogged();
      return findPlan(ctx.store.read(), input.planId).plan;
    },

    /** Make the jobs that are due now; resolves with how many were made. */
    generate,

    /** Run now, then every {@link MAINTENANCE_RUN_MS}; a failed run is logged and retried next time. */
    start(scheduler: Scheduler): Promise<number> {
      stop?.();
      stop = scheduler.every(MAINTENANCE_RUN_MS, () => void generateLogged());
      return generateLogged();
    },

    /** Stop the timer and let a run in progress finish. */
    async stop(): Promise<void> {
      stop?.();
      stop = null;
      await running?.catch(() => 0);
    },
  };
}
