/**
 * The status buttons of the job panel: the transitions the shared rules allow from the job's
 * status, each with the words on its button and, when it cannot be used right now, why not.
 */
import { allowedTransitions, checkStatusChange } from '../../../../shared/domain/status';
import type { Job, JobStatus } from '../../../../shared/schemas/job';

export type StatusAction = {
  to: JobStatus;
  label: string;
  /** On hold and cancelled ask for a reason before they are sent. */
  needsReason: boolean;
  /** The rule's sentence when this step is not possible now (e.g. no technician yet). */
  blockedBecause: string | null;
};

function labelFor(from: JobStatus, to: JobStatus): string {
  switch (to) {
    case 'dispatched':
      return 'Mark dispatched';
    case 'en-route':
      return 'Mark en route';
    case 'on-site':
      return 'Mark on site';
    case 'done':
      return 'Mark done';
    case 'on-hold':
      return 'Put on hold…';
    case 'cancelled':
      return 'Cancel job…';
    case 'scheduled':
      return from === 'on-hold' ? 'Resume as scheduled' : 'Recall to scheduled';
    case 'new':
      return 'Resume to queue';
  }
}

/**
 * Every step `allowedTransitions` offers from the job's status, forward steps first. Of the two
 * ways to resume from hold only the one that fits is offered (as scheduled with a booking, to the
 * queue without), since the other can never be used from here.
 */
export function statusActions(job: Pick<Job, 'status' | 'assignment' | 'number'>): StatusAction[] {
  return allowedTransitions[job.status]
    .map((to) => {
      const needsReason = to === 'on-hold' || to === 'cancelled';
      // Ask the rule with a stand-in reason: the reason is collected after the button is pressed.
      const verdict = checkStatusChange(job, to, needsReason ? 'reason' : undefined);
      return { to, label: labelFor(job.status, to), needsReason, blockedBecause: verdict.ok ? null : verdict.message };
    })
    .filter((a) => !(job.status === 'on-hold' && a.blockedBecause !== null && (a.to === 'scheduled' || a.to === 'new')));
}
