/**
 * The text parts of a job event, most important first. An event's line is a wrapping flex row of
 * fixed height that hides its second row (board.css): a part that does not fit moves, whole, onto
 * the hidden row, so an event never shows half a word. What a short event keeps is therefore the
 * start of each line: the priority and the job number above, the client below;
 * a longer one adds the SLA clock, the status and the title. Free text (client, title) may shrink
 * to an ellipsis, but only once a few characters of it fit.
 */
import type { JobStatus } from '../../../../shared/schemas/job';

/** `prefix`: leading text the week view leaves out to keep the rest on a narrow event ("J-" of "J-4001"). */
export type EventPart = { className: string; text: string; hidden?: boolean; prefix?: string };

/**
 * A job number split into its letters and its digits (`J-4001` → `J-` and `4001`): the week view's
 * short events keep the digits, which are what tells two jobs apart.
 */
export function splitNumber(number: string): { prefix: string; digits: string } {
  const match = /^(.*?)(\d+)$/.exec(number);
  return match ? { prefix: match[1]!, digits: match[2]! } : { prefix: '', digits: number };
}

export type EventTextInput = {
  priority: string;
  number: string;
  clientName: string;
  title: string;
  status: JobStatus;
  statusText: string;
  hasWarnings: boolean;
  pending: boolean;
};

/** The first line's parts (before the SLA clock, which the renderer adds), in the order they give way (the last first). */
export function firstLineParts(e: EventTextInput): EventPart[] {
  const parts: EventPart[] = [
    { className: `priority-badge priority-badge--${e.priority.toLowerCase()}`, text: e.priority },
    { className: 'job-event__number', text: splitNumber(e.number).digits, prefix: splitNumber(e.number).prefix },
  ];
  // Not colour alone: the event's dashed border (board.css) shows "on hold" at any length; the
  // mark adds it in words' stead where there is room after the number.
  if (e.status === 'on-hold') parts.push({ className: 'job-event__hold', text: '‖', hidden: true });
  if (e.hasWarnings) parts.push({ className: 'job-event__warning', text: '⚠', hidden: true });
  if (e.pending) parts.push({ className: 'job-event__saving', text: 'Saving…' });
  return parts;
}

/** The second line's parts: the client first, so even a short event names it. */
export function secondLineParts(e: EventTextInput): EventPart[] {
  return [
    { className: 'job-event__client job-event__free', text: e.clientName },
    { className: 'job-event__status', text: e.statusText },
    { className: 'job-event__title job-event__free', text: e.title },
  ];
}
