/** Pure helpers of the message dialog: which message fits the job now, and the copied text. */
import { formatHm } from '../../../../shared/domain/zoned-time';
import { MESSAGE_FIELDS } from '../../../../shared/messages/fields';
import type { MessageField } from '../../../../shared/messages/fields';
import type { TemplateId } from '../../../../shared/messages/template-ids';
import type { HistoryEntry, Job } from '../../../../shared/schemas/job';

/** The message a dispatcher most likely wants for the job as it stands. */
export function suggestedTemplate(job: Pick<Job, 'status' | 'category' | 'assignment'>): TemplateId {
  if (job.status === 'done') return 'visit-completed';
  if (job.status === 'en-route') return 'on-the-way';
  if ((job.category as string) === 'maintenance' && job.assignment) return 'maintenance-reminder';
  return 'booking-confirmation';
}

/**
 * A first guess at "Running late"'s new arrival time: half an hour after the booked start or
 * after now, whichever is later, on a five-minute mark, in shop time.
 */
export function defaultLateTime(job: Pick<Job, 'assignment'>, now: Date, timeZone: string): string {
  const start = job.assignment ? Date.parse(job.assignment.start) : now.getTime();
  const from = Math.max(start, now.getTime()) + 30 * 60_000;
  const fiveMinutes = 5 * 60_000;
  return formatHm(Math.ceil(from / fiveMinutes) * fiveMinutes, timeZone);
}

/** What "Copy text" puts on the clipboard: the subject line, a blank line, the body. */
export function clipboardText(subject: string, body: string): string {
  return `Subject: ${subject}\n\n${body}`;
}

/** `Arrival window, Technician`: the fields without a value, named as in settings. */
export function describeMissing(fields: readonly MessageField[]): string {
  return fields.map((f) => MESSAGE_FIELDS[f].replace(/ \(.*\)$/, '')).join(', ');
}

/** The job's latest message line in history (sent or failed), if any. */
export function lastMessage(job: Pick<Job, 'history'>): HistoryEntry | null {
  for (let i = job.history.length - 1; i >= 0; i -= 1) {
    const entry = job.history[i];
    if (entry && (entry.action === 'message-sent' || entry.action === 'message-failed')) return entry;
  }
  return null;
}
