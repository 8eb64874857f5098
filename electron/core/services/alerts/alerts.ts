/**
 * Urgent alerts: evaluates the pure policy (shared/domain/alerts.ts) on every jobs, settings or data
 * change and every 30 s, publishes `alerts:changed` / `alert:raised`, and hands the same to the
 * host's {@link AlertSink}. Acknowledgements and the snooze are persisted in `alertState`; what was
 * last raised is kept in memory only, so a restart reminds the dispatcher of open alerts once.
 */
import { alertKey, alertsSnapshot, decideAlerts, emptyAlertMemory } from '../../../../shared/domain/alerts';
import type { AlertMemory, AlertsSnapshot, UrgentAlert } from '../../../../shared/domain/alerts';
import type { AlertState } from '../../../../shared/schemas/alerts';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { AlertSink, Scheduler } from '../../ports';
import { commit } from '../commit';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';

/** How often clocks are re-read, so "at risk" and "breached" are noticed without any change. */
export const ALERT_CHECK_MS = 30_000;

/** The most acknowledgements kept (the schema's limit); the oldest go first. */
const MAX_ACKS = 10_000;

const noSink: AlertSink = { raised: () => {}, changed: () => {} };

export type AlertsService = ReturnType<typeof createAlertsService>;

/** What makes two snapshots different for views (minutes left are counted down by the views). */
function snapshotKey(s: AlertsSnapshot): string {
  const item = (a: UrgentAlert) => [a.jobId, a.reason, a.acknowledged, a.priority, a.number, a.title, a.dueAt].join('|');
  return `${s.snoozedUntil ?? ''}#${s.urgent.map(item).join(';')}`;
}

/**
 * Acknowledgements worth keeping: those of jobs still open (a closed or removed job can never alert
 * again), newest last, at most {@link MAX_ACKS}.
 */
function pruneAcks(doc: DispatchDocument, acks: AlertState['acknowledged']): AlertState['acknowledged'] {
  const open = new Set(doc.jobs.filter((j) => j.status !== 'done' && j.status !== 'cancelled').map((j) => j.id));
  return acks.filter((a) => open.has(a.jobId)).slice(-MAX_ACKS);
}

export function createAlertsService(ctx: ServiceContext, opts: { sink?: AlertSink } = {}) {
  const sink = opts.sink ?? noSink;
  let memory: AlertMemory = emptyAlertMemory;
  let lastKey: string | null = null;
  let stops: Array<() => void> = [];

  const input = (doc: DispatchDocument) => ({
    jobs: doc.jobs,
    alertState: doc.alertState,
    settings: doc.settings.alerts,
    timeZone: doc.settings.timeZone,
    now: ctx.clock.now(),
  });

  /** A host's sink failing (a notification daemon gone) must not stop views hearing about alerts. */
  const toSink = (what: string, send: () => void) => {
    try {
      send();
    } catch (error) {
      ctx.log.error(`The alert ${what} could not be shown by the host`, error);
    }
  };

  /** Run the policy now; publish the list if it changed (or `force`), and raise what it says. */
  function evaluate(force = false): AlertsSnapshot {
    const decision = decideAlerts({ ...input(ctx.store.read()), memory });
    memory = decision.memory;
    const snapshot: AlertsSnapshot = { urgent: decision.urgent, snoozedUntil: decision.snoozedUntil };
    const key = snapshotKey(snapshot);
    if (force || key !== lastKey) {
      lastKey = key;
      ctx.events.publish('alerts:changed', snapshot);
      toSink('list', () => sink.changed(snapshot));
    }
    const raised = decision.raise;
    if (raised) {
      ctx.events.publish('alert:raised', raised);
      toSink('notification', () => sink.raised(raised));
    }
    return snapshot;
  }

  /** Evaluate from a timer or an event: log, never throw into the event bus or the timer. */
  const check = () => {
    try {
      evaluate();
    } catch (error) {
      ctx.log.error('Checking for urgent alerts failed', error);
    }
  };

  /**
   * Evaluate once on the next turn for any number of changes before it. The policy reads every job,
   * so running it inside each change's announcement put a pass over the whole shop into every
   * answer, and a burst of changes made one pass per change.
   */
  let checkPending = false;
  const checkSoon = () => {
    if (checkPending) return;
    checkPending = true;
    setImmediate(() => {
      checkPending = false;
      if (stops.length > 0) check();
    });
  };

  return {
    /** The urgent list and the snooze as they stand now (raises nothing). */
    list(): AlertsSnapshot {
      return alertsSnapshot(input(ctx.store.read()));
    },

    /**
     * Acknowledge the current alert of one job, or (no `jobId`) of every urgent job shown. An
     * acknowledgement holds for the job's current reason only: a later breach alerts again.
     * NOT_FOUND for a job that does not exist; a job that is not urgent is a no-op.
     */
    async ack(req: { jobId?: string | undefined }): Promise<AlertsSnapshot> {
      const { jobId } = req;
      if (jobId !== undefined && !ctx.store.read().jobs.some((j) => j.id === jobId)) {
        throw notFound('That job does not exist any more. It may have been removed on another screen.');
      }
      const pending = (doc: DispatchDocument) =>
        alertsSnapshot(input(doc)).urgent.filter((a) => !a.acknowledged && (jobId === undefined || a.jobId === jobId));
      if (pending(ctx.store.read()).length === 0) return this.list();
      await commit(
        ctx,
        (doc, base) => {
          // Re-read inside the mutation: the list may have changed since the check above.
          const at = ctx.clock.now().toISOString();
          const known = new Set(base.alertState.acknowledged.map((a) => alertKey(a.jobId, a.reason)));
          const added = pending(base)
            .filter((a) => !known.has(alertKey(a.jobId, a.reason)))
            .map((a) => ({ jobId: a.jobId, reason: a.reason, at }));
          doc.alertState = { ...doc.alertState, acknowledged: pruneAcks(base, [...base.alertState.acknowledged, ...added]) };
          return added.length;
        },
        () => {},
      );
      return evaluate(true);
    },

    /** Hold alerts back for `minutes` from now (0 ends a snooze). Persisted, so a restart keeps it. */
    async snooze(req: { minutes: number }): Promise<AlertsSnapshot> {
      await commit(
        ctx,
        (doc) => {
          const until = req.minutes === 0 ? null : new Date(ctx.clock.now().getTime() + req.minutes * 60_000).toISOString();
          doc.alertState = { ...doc.alertState, snoozedUntil: until };
          return until;
        },
        () => {},
      );
      return evaluate(true);
    },

    /**
     * Start watching: evaluate now (open alerts from before a restart are raised once), on every
     * jobs, settings or data change, and every {@link ALERT_CHECK_MS}. Idempotent.
     */
    start(scheduler: Scheduler): void {
      if (stops.length > 0) return;
      stops = [
        ctx.events.subscribe((name) => {
          if (name === 'jobs:changed' || name === 'settings:changed' || name === 'data:reset') checkSoon();
        }),
        scheduler.every(ALERT_CHECK_MS, check),
      ];
      check();
    },

    /** Stop the timer and the subscription (on `core.close()`). */
    stop(): void {
      for (const stop of stops) stop();
      stops = [];
    },

    /** Evaluate now (tests and hosts that know time jumped, e.g. after the machine slept). */
    evaluate,
  };
}
