/**
 * Words for board actions that failed. Chosen by the error's stable code (never by parsing the
 * message); the host's message is shown where it is written for the dispatcher (CONFLICT says why:
 * "Alex Chen is already booked then…", "J-1042 was changed elsewhere since; nothing was undone.").
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { bookingDeadlines, deadlineSentence } from '../../../../shared/domain/booking-deadlines';
import type { ScheduleResult } from '../../../../shared/ipc/outputs';
import type { AppErrorData } from '../../../../shared/ipc/result';
import type { Job } from '../../../../shared/schemas/job';
import { formatDayTime } from '../../lib/format';
import type { UndoEntry } from '../undo/undo-stack';
import type { Toast } from './board-session';

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

/** "J-1040 → Liam O'Connor, Wed 9 Dec 09:00": where a booked job went, in the shop's time. */
export function bookingText(job: Job, technicianName: string, timeZone: string): string {
  return job.assignment ? `${job.number} → ${technicianName}, ${formatDayTime(job.assignment.start, timeZone)}` : job.number;
}

/** What else a booking confirmation must say: a missed SLA deadline, a day other than the one shown. */
export type BookingNotes = { late: string | null; elsewhere: string | null };

/**
 * The toast that confirms a booking (an assignment, a move or a resize): where the job went, with
 * Show and Undo; with conflicts accepted or an SLA deadline missed, a warning listing them and
 * "Add reason…" as well.
 */
export function bookingToast(
  job: Job,
  entry: UndoEntry,
  conflicts: ScheduleResult['conflicts'],
  technicianName: string,
  timeZone: string,
  notes: BookingNotes = { late: null, elsewhere: null },
): Omit<Toast, 'id'> {
  const where = bookingText(job, technicianName, timeZone);
  const show = job.assignment ? [{ kind: 'show' as const, jobId: job.id, start: job.assignment.start }] : [];
  const about = { jobId: job.id, revision: job.revision, assignment: job.assignment };
  if (conflicts.length === 0 && !notes.late) {
    return { tone: 'info', text: notes.elsewhere ? `${where}. ${notes.elsewhere}` : where, details: [], actions: [...show, { kind: 'undo', entry }], about };
  }
  return {
    tone: 'warning',
    text:
      conflicts.length > 0
        ? `${where}, booked with ${conflicts.length === 1 ? 'a warning' : `${conflicts.length} warnings`}:`
        : `${where}, booked after its SLA deadline:`,
    details: [...(notes.elsewhere ? [notes.elsewhere] : []), ...(notes.late ? [notes.late] : []), ...conflicts.map((c) => c.message)],
    actions: [...show, { kind: 'undo', entry }, { kind: 'add-reason', job }],
    about,
  };
}

/**
 * The deadline part of a booking confirmation, or null when the booking keeps the SLA: "Late:
 * starts 5 h 31 m after the response was due (Sun 03:29)…".
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
