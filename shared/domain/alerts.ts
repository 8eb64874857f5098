/**
 * The urgent-alert policy: which unassigned jobs are urgent, and whether to interrupt the
 * dispatcher now. Pure, with the clock passed in; the core's alert service evaluates it on every
 * jobs change and on a timer, and keeps the small in-memory {@link AlertMemory} between calls.
 */
import type { AlertReason, AlertState } from '../schemas/alerts';
import type { Priority } from '../schemas/common';
import type { Job } from '../schemas/job';
import type { AlertSettings } from '../schemas/settings';
import { slaClocks } from './sla';
import type { SlaClock } from './sla';
import { MINUTE_MS, minuteOfDayIn, parseTimeOfDay } from './zoned-time';

/** One urgent unassigned job, at its most severe current reason. */
export type UrgentAlert = {
  jobId: string;
  number: string;
  title: string;
  clientId: string;
  priority: Priority;
  reason: AlertReason;
  /** The SLA clock behind an `at-risk`/`breached` reason; for `new-p1` the earliest running one, if any. */
  clock: 'response' | 'resolution' | null;
  /** Due instant of that clock (ISO), so views can count down without a new event every minute. */
  dueAt: string | null;
  /** Whole minutes left on that clock when evaluated (≤ 0 once breached); null without a clock. */
  minutesLeft: number | null;
  /** The dispatcher acknowledged this job at this reason: listed, but never raised again. */
  acknowledged: boolean;
};

/** What every view shows: the urgent list (most urgent first) and the snooze. */
export type AlertsSnapshot = {
  urgent: UrgentAlert[];
  /** ISO instant until which alerts are snoozed, or null (also null once it has passed). */
  snoozedUntil: string | null;
};

/** One coalesced interruption: a burst of new urgent jobs becomes one alert naming the most urgent. */
export type RaisedAlert = {
  title: string;
  body: string;
  /** Jobs the alert is about, most urgent first (the first is the one a click opens). */
  jobIds: string[];
  count: number;
  hasP1: boolean;
  /** Whether hosts should play a sound (settings.alerts.sound). */
  sound: boolean;
};

/** What the policy remembers between evaluations (in memory only: a restart raises open alerts once). */
export type AlertMemory = {
  /** When the last alert was raised (ISO), for the repeat interval. */
  lastRaisedAt: string | null;
  /** `jobId:reason` keys already raised at least once. */
  raisedKeys: readonly string[];
};

export const emptyAlertMemory: AlertMemory = { lastRaisedAt: null, raisedKeys: [] };

export type AlertPolicyInput = {
  /** Jobs to consider; anything not open and unassigned is ignored. */
  jobs: readonly Job[];
  alertState: AlertState;
  settings: AlertSettings;
  /** The shop's IANA time zone (quiet hours are shop time). */
  timeZone: string;
  now: Date;
  memory: AlertMemory;
};

export type AlertDecision = AlertsSnapshot & {
  /** The alert to raise now, or null. */
  raise: RaisedAlert | null;
  /** Memory to pass to the next evaluation. */
  memory: AlertMemory;
  /** True while quiet hours hold back non-P1 alerts. */
  quiet: boolean;
};

const REASON_RANK: Readonly<Record<AlertReason, number>> = { breached: 0, 'at-risk': 1, 'new-p1': 2 };
const PRIORITY_RANK: Readonly<Record<Priority, number>> = { P1: 0, P2: 1, P3: 2, P4: 3 };

// One collator for all comparisons: `localeCompare` with options builds one per call, which
// dominated sorting a thousand urgent jobs.
const byNumber = new Intl.Collator('en', { numeric: true });

/** `jobId:reason`, the unit acknowledgements and "already raised" are kept in. */
export const alertKey = (jobId: string, reason: AlertReason): string => `${jobId}:${reason}`;

/** Open (not done or cancelled) and on nobody's schedule. */
export function isOpenUnassigned(job: Job): boolean {
  return job.assignment === null && job.status !== 'done' && job.status !== 'cancelled';
}

/**
 * Breached first, then least time left (a P1 due in 15 min before a P4 at risk with 2 h left),
 * then the more severe reason, then priority, then job number: a total order.
 */
export function compareUrgent(a: UrgentAlert, b: UrgentAlert): number {
  const breached = (x: UrgentAlert) => (x.reason === 'breached' ? 0 : 1);
  return (
    breached(a) - breached(b) ||
    (a.minutesLeft ?? Infinity) - (b.minutesLeft ?? Infinity) ||
    REASON_RANK[a.reason] - REASON_RANK[b.reason] ||
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    byNumber.compare(a.number, b.number)
  );
}

/**
 * The banner's order: P1s first (the dispatcher's "who do I send now" question starts with them),
 * then least time left (overdue first), then jobs without a running clock, then priority, then
 * job number: a total order.
 */
export function compareBanner(a: UrgentAlert, b: UrgentAlert): number {
  const p1 = (x: UrgentAlert) => (x.priority === 'P1' ? 0 : 1);
  const left = (x: UrgentAlert) => x.minutesLeft ?? Infinity;
  return (
    p1(a) - p1(b) ||
    (left(a) === left(b) ? 0 : left(a) < left(b) ? -1 : 1) ||
    PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] ||
    byNumber.compare(a.number, b.number)
  );
}

/** The worst running clock of a job, or null when none runs (or its clock is paused). */
function worstClock(job: Job, now: Date): { which: 'response' | 'resolution'; clock: SlaClock } | null {
  // A paused clock (on hold, waiting on the customer) is not the dispatcher's to chase.
  if (job.slaPausedSince !== null) return null;
  const { response, resolution } = slaClocks(job, now);
  const candidates = [
    ...(response ? [{ which: 'response' as const, clock: response }] : []),
    ...(resolution ? [{ which: 'resolution' as const, clock: resolution }] : []),
  ];
  const rank = { breached: 0, 'at-risk': 1, ok: 2 } as const;
  candidates.sort((a, b) => rank[a.clock.state] - rank[b.clock.state] || a.clock.minutesLeft - b.clock.minutesLeft);
  return candidates[0] ?? null;
}

/** The job as an urgent alert at `now`, or null when it is not urgent. */
export function urgentReason(job: Job, now: Date, acknowledged: ReadonlySet<string>): UrgentAlert | null {
  if (!isOpenUnassigned(job)) return null;
  const worst = worstClock(job, now);
  let reason: AlertReason | null = null;
  if (worst && worst.clock.state !== 'ok') reason = worst.clock.state;
  else if (job.priority === 'P1' && job.status !== 'on-hold') reason = 'new-p1';
  if (reason === null) return null;
  return {
    jobId: job.id,
    number: job.number,
    title: job.title,
    clientId: job.clientId,
    priority: job.priority,
    reason,
    clock: worst?.which ?? null,
    dueAt: worst?.clock.dueAt ?? null,
    minutesLeft: worst?.clock.minutesLeft ?? null,
    acknowledged: acknowledged.has(alertKey(job.id, reason)),
  };
}

/**
 * Whether `now` falls in the quiet hours (shop time). A window whose end is before its start spans
 * midnight (22:00–07:00); start equal to end is an empty window.
 */
export function inQuietHours(quietHours: AlertSettings['quietHours'], timeZone: string, now: Date): boolean {
  if (!quietHours) return false;
  const start = parseTimeOfDay(quietHours.start);
  const end = parseTimeOfDay(quietHours.end);
  const minute = minuteOfDayIn(now, timeZone);
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** "due in 12 min", "due in 2 h 5 min", "overdue by 3 min". */
export function describeMinutes(minutesLeft: number): string {
  const span = (m: number) => (m >= 60 ? `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}` : `${m} min`);
  return minutesLeft > 0 ? `due in ${span(minutesLeft)}` : minutesLeft === 0 ? 'due now' : `overdue by ${span(-minutesLeft)}`;
}

/** One line about an urgent job: "J-1042 (P1) Server down: response overdue by 3 min". */
export function describeUrgent(a: UrgentAlert): string {
  const what =
    a.reason === 'new-p1'
      ? 'new P1, unassigned'
      : a.clock && a.minutesLeft !== null
        ? `${a.clock} ${a.reason === 'breached' ? 'SLA breached' : 'SLA at risk'}, ${describeMinutes(a.minutesLeft)}`
        : a.reason;
  return `${a.number} (${a.priority}) ${a.title}: ${what}`;
}

function titleFor(fresh: UrgentAlert[], all: UrgentAlert[]): string {
  const [only] = fresh;
  if (fresh.length === 1 && only) {
    if (only.reason === 'new-p1') return `New P1 job ${only.number}`;
    return only.reason === 'breached' ? `${only.number} has breached its SLA` : `${only.number} is at risk of breaching its SLA`;
  }
  if (fresh.length > 1) return `${fresh.length} new urgent jobs`;
  return all.length === 1 ? '1 urgent job is still unassigned' : `${all.length} urgent jobs are still unassigned`;
}

/**
 * Decide the urgent list and whether to raise an alert now.
 *
 * - Urgent: an open, unassigned job that is a P1 (`new-p1`), or whose response or resolution clock
 *   is at risk or breached; each job is listed once, at its most severe reason.
 * - Raised: unacknowledged urgent jobs, except non-P1 ones during quiet hours, and nothing while
 *   snoozed. Jobs (or reasons) never raised before raise at once, coalesced into one alert; if
 *   nothing is new, the whole list is raised again every `repeatMinutes`.
 * - An acknowledgement holds for one job at one reason: at risk → breached raises again.
 * - Assignment, closing or deleting a job takes it off the list (and out of memory, so a job that
 *   is unassigned again later alerts again).
 */
export function decideAlerts(input: AlertPolicyInput): AlertDecision {
  const { now, settings, memory } = input;
  const acknowledged = new Set(input.alertState.acknowledged.map((a) => alertKey(a.jobId, a.reason)));
  const urgent: UrgentAlert[] = [];
  for (const job of input.jobs) {
    const alert = urgentReason(job, now, acknowledged);
    if (alert) urgent.push(alert);
  }
  urgent.sort(compareUrgent);

  const snoozeEnds = input.alertState.snoozedUntil ? Date.parse(input.alertState.snoozedUntil) : NaN;
  const snoozed = snoozeEnds > now.getTime();
  const snoozedUntil = snoozed ? input.alertState.snoozedUntil : null;
  const quiet = inQuietHours(settings.quietHours, input.timeZone, now);

  const currentKeys = new Set(urgent.map((a) => alertKey(a.jobId, a.reason)));
  // Forget what left the list, so it can alert again if it comes back.
  const remembered = memory.raisedKeys.filter((k) => currentKeys.has(k));
  const base = { urgent, snoozedUntil, quiet };
  const keep = (raisedKeys: readonly string[], lastRaisedAt: string | null): AlertMemory => ({ raisedKeys, lastRaisedAt });

  const eligible = urgent.filter((a) => !a.acknowledged && (!quiet || a.priority === 'P1'));
  if (snoozed || eligible.length === 0) {
    return { ...base, raise: null, memory: keep(remembered, eligible.length === 0 ? null : memory.lastRaisedAt) };
  }
  const known = new Set(remembered);
  const fresh = eligible.filter((a) => !known.has(alertKey(a.jobId, a.reason)));
  const last = memory.lastRaisedAt ? Date.parse(memory.lastRaisedAt) : NaN;
  const repeatDue = !(now.getTime() - last < settings.repeatMinutes * MINUTE_MS);
  if (fresh.length === 0 && !repeatDue) return { ...base, raise: null, memory: keep(remembered, memory.lastRaisedAt) };

  const lead = fresh[0] ?? eligible[0]!;
  const others = eligible.length - 1;
  const raise: RaisedAlert = {
    title: titleFor(fresh, eligible),
    body: describeUrgent(lead) + (others > 0 ? ` (and ${others} more urgent ${others === 1 ? 'job' : 'jobs'})` : ''),
    jobIds: [lead.jobId, ...eligible.filter((a) => a !== lead).map((a) => a.jobId)],
    count: eligible.length,
    hasP1: eligible.some((a) => a.priority === 'P1'),
    sound: settings.sound,
  };
  const raisedKeys = [...new Set([...remembered, ...eligible.map((a) => alertKey(a.jobId, a.reason))])];
  return { ...base, raise, memory: keep(raisedKeys, now.toISOString()) };
}

/** The snapshot views show, without deciding anything about raising. */
export function alertsSnapshot(input: Omit<AlertPolicyInput, 'memory'>): AlertsSnapshot {
  const { urgent, snoozedUntil } = decideAlerts({ ...input, memory: emptyAlertMemory });
  return { urgent, snoozedUntil };
}
