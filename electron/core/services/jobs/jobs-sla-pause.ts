/**
 * Pausing and resuming a job's SLA clock around `on-hold`. Pure: given the document, the job before
 * and after a status change and the change itself, return the job with its clock fields and
 * history updated. The jobs service runs it inside the same `store.mutate` as the status change.
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { addBusinessMinutes, businessMinutesBetween } from '../../../../shared/domain/business-time';
import { awaitsResponse } from '../../../../shared/domain/sla';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import type { Job } from '../../../../shared/schemas/job';
import type { SlaPolicy } from '../../../../shared/schemas/sla';
import type { HistoryEntry } from '../../../../shared/schemas/job';
import type { Actor } from '../context';
import { badInput } from '../errors';
import { clip } from './format';

/** When and by whom (the same shape as job-records' `ChangeMeta`, which imports this module). */
type ChangeMeta = { at: Date; by: Actor };

function historyEntry(meta: ChangeMeta, action: string, detail: string): HistoryEntry {
  return { at: meta.at.toISOString(), by: meta.by, action, detail: clip(detail) };
}

/** `80` → `1 h 20 m`, `45` → `45 m`, `0` → `0 m`. Whole minutes, rounded to the nearest. */
export function formatBusinessDuration(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return `${m} m`;
  return m === 0 ? `${h} h` : `${h} h ${m} m`;
}

/** The client's SLA tier, if it still exists and has business hours to count in. */
function policyFor(doc: DispatchDocument, job: Job): SlaPolicy | null {
  const client = doc.clients.find((c) => c.id === job.clientId);
  const policy = client ? doc.slaPolicies.find((p) => p.id === client.slaTier) : undefined;
  return policy && policy.businessHours.length > 0 ? policy : null;
}

/**
 * Business minutes in [from, to) and a function moving an instant later by that much, under the
 * job's policy. Without a usable policy (tier deleted since) the clock is counted on the wall
 * clock, which never under-credits the customer's wait.
 */
function pauseSpan(doc: DispatchDocument, job: Job, from: Date, to: Date): { minutes: number; shift(due: string): string } {
  const policy = policyFor(doc, job);
  const zone = doc.settings.timeZone;
  if (policy) {
    try {
      const holidays = policy.holidays ?? [];
      const minutes = businessMinutesBetween(from, to, policy.businessHours, holidays, zone);
      return {
        minutes,
        shift: (due) =>
          minutes === 0 ? due : addBusinessMinutes(new Date(due), minutes, policy.businessHours, holidays, zone).toISOString(),
      };
    } catch {
      // An unusable policy (hours that never open): fall through to wall-clock time.
    }
  }
  const ms = Math.max(0, to.getTime() - from.getTime());
  return { minutes: ms / 60_000, shift: (due) => new Date(Date.parse(due) + ms).toISOString() };
}

/**
 * Due times recomputed from `receivedAt` (a priority change) moved later by the business time the
 * job has already spent paused, so a change of priority never takes back credit for earlier waits
 * on the customer. A pause still running is credited when it ends.
 */
export function creditPausedTime(
  doc: DispatchDocument,
  job: Job,
  due: Pick<Job, 'responseDueAt' | 'resolutionDueAt'>,
): Pick<Job, 'responseDueAt' | 'resolutionDueAt'> {
  if (job.slaPausedMinutes <= 0) return due;
  const policy = policyFor(doc, job);
  const shift = (iso: string | null): string | null => {
    if (iso === null) return null;
    if (policy) {
      try {
        return addBusinessMinutes(new Date(iso), job.slaPausedMinutes, policy.businessHours, policy.holidays ?? [], doc.settings.timeZone).toISOString();
      } catch {
        // Fall through to wall-clock time, as in pauseSpan.
      }
    }
    return new Date(Date.parse(iso) + job.slaPausedMinutes * 60_000).toISOString();
  };
  return { responseDueAt: shift(due.responseDueAt), resolutionDueAt: shift(due.resolutionDueAt) };
}

/** `Thu 26 Nov 10:20` in the shop's zone. */
function when(iso: string, timeZone: string): string {
  return format(new Date(iso), 'EEE d MMM HH:mm', { in: tz(timeZone) });
}

/**
 * Apply the SLA pause rules to a status change from `before` to `after`:
 *
 * - Into `on-hold` with `pauseSla` not false ("waiting on the customer"), and a clock to stop:
 *   stamp `slaPausedSince` and record "SLA clock paused". With `pauseSla: false` ("waiting on
 *   parts/vendor") the clock keeps running and the history says so.
 * - Out of `on-hold` while paused: move `responseDueAt`/`resolutionDueAt` later by the business
 *   minutes spent paused (policy hours and holidays), add them to `slaPausedMinutes`, clear
 *   `slaPausedSince`, record "SLA clock resumed after 1 h 20 m (business time); …".
 *
 * BAD_INPUT when `pauseSla` is given for any status but `on-hold`.
 */
export function applySlaPause(
  doc: DispatchDocument,
  before: Job,
  after: Job,
  pauseSla: boolean | undefined,
  meta: ChangeMeta,
): Job {
  if (pauseSla !== undefined && after.status !== 'on-hold') {
    throw badInput('The SLA clock can only be paused when putting a job on hold.', [
      { path: 'pauseSla', message: 'only with status on-hold' },
    ]);
  }
  const hasClock = after.responseDueAt !== null || after.resolutionDueAt !== null;

  if (after.status === 'on-hold' && before.status !== 'on-hold') {
    if (!hasClock) return after;
    if (pauseSla === false) {
      return { ...after, history: [...after.history, historyEntry(meta, 'sla-running', 'SLA clock keeps running while on hold (waiting on parts or a vendor).')] };
    }
    return {
      ...after,
      slaPausedSince: meta.at.toISOString(),
      history: [...after.history, historyEntry(meta, 'sla-paused', 'SLA clock paused while waiting on the customer.')],
    };
  }

  if (before.status === 'on-hold' && after.status !== 'on-hold' && before.slaPausedSince !== null) {
    const span = pauseSpan(doc, before, new Date(before.slaPausedSince), meta.at);
    const responseDueAt = after.responseDueAt === null ? null : span.shift(after.responseDueAt);
    const resolutionDueAt = after.resolutionDueAt === null ? null : span.shift(after.resolutionDueAt);
    const zone = doc.settings.timeZone;
    const dues = [
      responseDueAt !== null && awaitsResponse(after) ? `response now due ${when(responseDueAt, zone)}` : null,
      resolutionDueAt !== null && after.status !== 'cancelled' ? `resolution now due ${when(resolutionDueAt, zone)}` : null,
    ].filter((d): d is string => d !== null);
    const detail = `SLA clock resumed after ${formatBusinessDuration(span.minutes)} (business time)${dues.length ? `; ${dues.join(', ')}` : ''}.`;
    return {
      ...after,
      responseDueAt,
      resolutionDueAt,
      slaPausedSince: null,
      // Kept to the second: fractional minutes from DST-free arithmetic, not float noise.
      slaPausedMinutes: Math.round((before.slaPausedMinutes + span.minutes) * 60) / 60,
      history: [...after.history, historyEntry(meta, 'sla-resumed', detail)],
    };
  }
  return after;
}
