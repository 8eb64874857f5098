/**
 * Words for board actions that failed. Chosen by the error's stable code (never by parsing the
 * message); the host's message is shown where it is written for the dispatcher (CONFLICT says why:
 * "Alex Chen is already booked then…", "J-1042 was changed elsewhere since; nothing was undone.").
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { bookingDeadlines, deadlineSentence } from '../../../../shared/domain/booking-deadlines';
import type { AppErrorData } from '../../../../shared/ipc/result';
import type { Job } from '../../../../shared/schemas/job';

export function failureText(action: string, error: AppErrorData): string {
  switch (error.code) {
    case 'CONFLICT':
      return `${action} was refused: ${error.message}`;
    case 'NOT_FOUND':
      return `${action} failed: ${error.message || 'the job or technician no longer exists.'}`;
    case 'BAD_INPUT':
      return `${action} failed: the change was not accepted. ${error.message}`;
    case 'FORBIDDEN':
      return `${action} failed: the host refused the request. Reopen the console from its host.`;
    case 'INTERNAL':
    default:
      return `${action} failed and nothing was changed. ${error.message}`;
  }
}

/** The conflict reasons carried in a refusal's `details` (a blocked overlap lists them). */
export function conflictLines(details: unknown): string[] {
  if (!Array.isArray(details)) return [];
  return details
    .map((d: unknown) => (d && typeof d === 'object' && typeof (d as { message?: unknown }).message === 'string' ? (d as { message: string }).message : null))
    .filter((m): m is string => m !== null);
}

/**
 * The deadline part of a booking confirmation, or null when the booking keeps the SLA: "Late:
 * starts 5 h 31 m after the response was due (Sun 03:29)…". Kept apart from the booking sentence
 * so the two can be composed freely.
 */
export function bookingDeadlineText(job: Job, timeZone: string): string | null {
  return job.assignment ? deadlineSentence(bookingDeadlines(job, job.assignment), timeZone) : null;
}

/**
 * "Booked for Thu 10 Dec, not the day on screen." when a booking (the keyboard path books the
 * earliest free slot, which may be another day) starts outside the range the board shows.
 */
export function offScreenText(job: Job, range: { from: string; to: string } | null, timeZone: string): string | null {
  const start = job.assignment ? Date.parse(job.assignment.start) : NaN;
  if (!range || !Number.isFinite(start) || (start >= Date.parse(range.from) && start < Date.parse(range.to))) return null;
  return `Booked for ${format(start, 'EEE d MMM', { in: tz(timeZone) })}, not the day on screen.`;
}
