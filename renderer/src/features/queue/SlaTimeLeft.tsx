import type { SlaClock } from '../../../../shared/domain/sla';
import { formatDayTime, formatTimeLeft } from '../../lib/format';

const STATE_TEXT: Record<SlaClock['state'], string> = { ok: 'on time', 'at-risk': 'at risk', breached: 'breached' };

/**
 * Time left on one SLA clock. The state is carried by words as well as colour: "overdue" once
 * breached, and a visible "!" plus hidden "at risk" text for screen readers when nearly due.
 */
export function SlaTimeLeft({ clock, timeZone }: { clock: SlaClock | null; timeZone: string }) {
  if (!clock) return <span className="sla sla--none">—</span>;
  if (clock.paused) {
    // On hold waiting on the customer: the clock stands still, so say so instead of counting down.
    return (
      <span className="sla sla--paused" title={`SLA clock paused; due ${formatDayTime(clock.dueAt, timeZone)} when it stopped`}>
        <span className="sla__mark" aria-hidden="true">
          ‖
        </span>
        paused · {formatTimeLeft(clock.minutesLeft)}
      </span>
    );
  }
  return (
    <span className={`sla sla--${clock.state}`} title={`Due ${formatDayTime(clock.dueAt, timeZone)} (${STATE_TEXT[clock.state]})`}>
      {clock.state === 'at-risk' && (
        <span className="sla__mark" aria-hidden="true">
          !
        </span>
      )}
      {formatTimeLeft(clock.minutesLeft)}
      {clock.state === 'at-risk' && <span className="visually-hidden"> (at risk)</span>}
    </span>
  );
}
