/**
 * Judging a booking against the job's SLA deadlines: does the visit start before the response is
 * due, and end before the resolution is due? Pure, with the shop's time zone passed in.
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Job } from '../schemas/job';
import { awaitsResponse } from './sla';
import { MINUTE_MS } from './zoned-time';

/** One deadline the booking misses: which instant, and by how many whole minutes (rounded up). */
export type MissedDeadline = { dueAt: string; lateMinutes: number };

export type BookingDeadlines = {
  /** Set when the visit starts after the response is due and no response is recorded yet. */
  response: MissedDeadline | null;
  /** Set when the visit ends after the resolution is due. */
  resolution: MissedDeadline | null;
  /** Neither deadline is missed. */
  ok: boolean;
};

type Judged = Pick<Job, 'status' | 'respondedAt' | 'responseDueAt' | 'resolutionDueAt'>;

function missed(dueAt: string | null, at: number): MissedDeadline | null {
  if (dueAt === null) return null;
  const late = at - Date.parse(dueAt);
  return late > 0 ? { dueAt, lateMinutes: Math.ceil(late / MINUTE_MS) } : null;
}

/**
 * The deadlines a booking of `job` for [start, end) misses. The due instants already count
 * business hours, holidays and pauses (they are stored on the job); lateness is wall-clock time
 * past them, so a visit on Monday 09:00 for a response due Friday 17:00 is late by 64 h.
 *
 * Why: a booking is a promise to the customer; when it cannot keep the SLA the dispatcher must
 * see it at once (toast, event, job panel, suggestions, run sheet), not when the clock breaches.
 */
export function bookingDeadlines(job: Judged, assignment: { start: string; end: string }): BookingDeadlines {
  const response = awaitsResponse(job) ? missed(job.responseDueAt, Date.parse(assignment.start)) : null;
  const finished = job.status === 'done' || job.status === 'cancelled';
  const resolution = finished ? null : missed(job.resolutionDueAt, Date.parse(assignment.end));
  return { response, resolution, ok: response === null && resolution === null };
}

/** `45 m`, `3 h`, `2 h 5 m`, `2 d 1 h` (whole minutes). */
export function lateText(minutes: number): string {
  const d = Math.floor(minutes / (24 * 60));
  const h = Math.floor((minutes % (24 * 60)) / 60);
  const m = minutes % 60;
  const parts = [d ? `${d} d` : '', h ? `${h} h` : '', m || (!d && !h) ? `${m} m` : ''].filter(Boolean);
  return parts.join(' ');
}

/** `Sun 03:29` in the shop's zone. */
export function dueDayTime(iso: string, timeZone: string): string {
  return format(new Date(iso), 'EEE HH:mm', { in: tz(timeZone) });
}

/**
 * The dispatcher's sentence for a booking that misses a deadline, or null when it keeps both:
 * "Late: starts 5 h 31 m after the response was due (Sun 03:29); ends 3 h 3 m after the resolution
 * was due (Sun 06:57)."
 */
export function deadlineSentence(verdict: BookingDeadlines, timeZone: string): string | null {
  const parts = [
    verdict.response &&
      `starts ${lateText(verdict.response.lateMinutes)} after the response was due (${dueDayTime(verdict.response.dueAt, timeZone)})`,
    verdict.resolution &&
      `ends ${lateText(verdict.resolution.lateMinutes)} after the resolution was due (${dueDayTime(verdict.resolution.dueAt, timeZone)})`,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? `Late: ${parts.join('; ')}.` : null;
}
