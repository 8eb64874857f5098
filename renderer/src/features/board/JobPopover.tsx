import { useLayoutEffect, useRef, useState } from 'react';
import type { Job } from '../../../../shared/schemas/job';
import { formatClock, formatDayTime } from '../../lib/format';
import { statusText } from '../../lib/job-status';
import { useNow } from '../../state/hooks';
import { useCommands } from '../../commands/CommandsProvider';
import { leadingClock, slaSentence } from './board-content';

export type PopoverTarget = {
  job: Job;
  clientName: string;
  technicianName: string;
  warnings: string[];
  pending: boolean;
  /** The event element's box (viewport coordinates). */
  rect: { left: number; top: number; bottom: number; width: number };
};

type Props = {
  target: PopoverTarget;
  timeZone: string;
  onOpen: (jobId: string) => void;
  onUnassign: (jobId: string) => void;
  onTogglePin: (jobId: string) => void;
  /** The pointer entered or left the popover (so moving onto its buttons keeps it open). */
  onHover: (inside: boolean) => void;
};

const GAP = 6;

/**
 * Details of one board event, shown while it is hovered or focused: times, technician, SLA,
 * status, the warnings in full, and the actions (open, unassign). Positioned under the event and
 * kept inside the window.
 */
export function JobPopover({ target, timeZone, onOpen, onUnassign, onTogglePin, onHover }: Props) {
  const now = useNow();
  const commands = useCommands();
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  const { job, rect } = target;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const left = Math.max(GAP, Math.min(rect.left, window.innerWidth - w - GAP));
    const below = rect.bottom + GAP;
    const top = below + h > window.innerHeight - GAP ? Math.max(GAP, rect.top - h - GAP) : below;
    setPos({ left, top });
  }, [rect.left, rect.top, rect.bottom, rect.width, job.id]);

  const a = job.assignment;
  const lead = leadingClock(job, now);
  return (
    <div
      ref={ref}
      className="job-popover"
      role="group"
      aria-label={`Details of ${job.number}`}
      style={pos ? { left: pos.left, top: pos.top } : { left: -9999, top: 0 }}
      onMouseEnter={() => onHover(true)}
      onMouseLeave={() => onHover(false)}
    >
      <div className="job-popover__head">
        <span className={`priority-badge priority-badge--${job.priority.toLowerCase()}`}>{job.priority}</span>
        <strong>{job.number}</strong> {target.clientName}
      </div>
      <div className="job-popover__title">{job.title}</div>
      <dl className="job-popover__facts">
        {a && (
          <>
            <dt>When</dt>
            <dd>
              {formatDayTime(a.start, timeZone)}–{formatClock(a.end, timeZone)}
            </dd>
            <dt>Technician</dt>
            <dd>{target.technicianName}</dd>
          </>
        )}
        <dt>Status</dt>
        <dd>
          {statusText(job.status)}
          {job.statusReason ? ` (${job.statusReason})` : ''}
          {target.pending ? ' · Saving…' : ''}
          {job.pinned ? ' · Pinned' : ''}
        </dd>
        {lead && (
          <>
            <dt>SLA</dt>
            <dd className={`sla--${lead.clock.state}`}>{slaSentence(lead)}</dd>
          </>
        )}
        {job.requiredSkills.length > 0 && (
          <>
            <dt>Skills</dt>
            <dd>{job.requiredSkills.join(', ')}</dd>
          </>
        )}
        {a?.overrideReason && (
          <>
            <dt>Reason</dt>
            <dd>{a.overrideReason}</dd>
          </>
        )}
      </dl>
      {target.warnings.length > 0 && (
        <ul className="job-popover__warnings" aria-label="Warnings">
          {target.warnings.map((w) => (
            <li key={w}>
              <span aria-hidden="true">⚠ </span>
              {w}
            </li>
          ))}
        </ul>
      )}
      <div className="job-popover__actions">
        <button type="button" className="button" onClick={() => onOpen(job.id)}>
          Open job
        </button>
        <button type="button" className="button" disabled={target.pending} onClick={() => onUnassign(job.id)}>
          Unassign
        </button>
        <button type="button" className="button" aria-pressed={job.pinned} disabled={target.pending} onClick={() => onTogglePin(job.id)}>
          {job.pinned ? 'Unpin' : 'Pin'}
        </button>
        <button type="button" className="button" onClick={() => commands.run('message-customer', { jobId: job.id })}>
          Message customer…
        </button>
        <span className="job-popover__keys">Enter opens · ← → move one snap · Delete unassigns · P pins · M messages the customer</span>
      </div>
    </div>
  );
}
