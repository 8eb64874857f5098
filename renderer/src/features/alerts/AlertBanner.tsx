import { useState } from 'react';
import { compareBanner, describeMinutes } from '../../../../shared/domain/alerts';
import type { AlertsSnapshot, UrgentAlert } from '../../../../shared/domain/alerts';
import type { AppErrorData } from '../../../../shared/ipc/result';
import { PriorityBadge } from '../../app/PriorityBadge';
import { describeError } from '../../lib/error-text';
import { formatClock } from '../../lib/format';

type Props = {
  snapshot: AlertsSnapshot;
  /** Client names by id, to say whose job it is. */
  clientName: (clientId: string) => string | null;
  timeZone: string;
  now: number;
  busy: boolean;
  error: AppErrorData | null;
  onOpen: (jobId: string) => void;
  onAcknowledge: (jobId?: string) => void;
  onSnooze: (minutes: number) => void;
  /** Filter the queue to exactly these jobs, under a chip saying `label`. */
  onShowInQueue: (jobIds: string[], label: string) => void;
};

/** Minutes left on the alert's clock at `now` (the snapshot's figure is from when it was evaluated). */
function minutesLeft(a: UrgentAlert, now: number): number | null {
  if (a.dueAt === null) return a.minutesLeft;
  return Math.ceil((Date.parse(a.dueAt) - now) / 60_000) + 0;
}

/** "Response SLA breached · overdue by 3 min", "New P1 · no technician yet". */
export function reasonText(a: UrgentAlert, now: number): string {
  const left = minutesLeft(a, now);
  const clock = a.clock === 'resolution' ? 'Resolution' : 'Response';
  if (a.reason === 'new-p1') return `New P1, no technician yet${left !== null ? ` · ${a.clock ?? 'response'} ${describeMinutes(left)}` : ''}`;
  const state = a.reason === 'breached' ? 'SLA breached' : 'SLA at risk';
  return `${clock} ${state}${left !== null ? ` · ${describeMinutes(left)}` : ''}`;
}

/**
 * The urgent-jobs banner: prominent, announced as an alert, and never colour alone (an "Urgent"
 * label, the P1 badge text and the reason in words). One line at any volume: the most urgent job
 * (P1s first, then least time left), "and N more" that shows exactly those in the queue, and the
 * full list on demand. Hidden while snoozed, replaced by a quiet line that says until when and
 * offers to resume; once every job is acknowledged, a quiet counter says how many are still
 * unassigned, so acknowledging never makes them invisible.
 */
export function AlertBanner(props: Props) {
  const { snapshot, timeZone, busy, onShowInQueue, onSnooze } = props;
  const [expanded, setExpanded] = useState(false);
  const pending = snapshot.urgent.filter((a) => !a.acknowledged).sort(compareBanner);
  const acknowledged = snapshot.urgent.filter((a) => a.acknowledged);
  if (snapshot.snoozedUntil) {
    return (
      <div className="alert-snoozed" role="status">
        <span>
          <strong>Urgent alerts snoozed</strong> until {formatClock(snapshot.snoozedUntil, timeZone)}
          {pending.length > 0 && ` (${pending.length} waiting)`}.
        </span>
        <button type="button" className="button button--quiet" disabled={busy} onClick={() => onSnooze(0)}>
          Resume alerts
        </button>
      </div>
    );
  }
  if (pending.length === 0) {
    if (acknowledged.length === 0) return null;
    const text = `${acknowledged.length} urgent unassigned, acknowledged`;
    return (
      <div className="urgent-acked" role="status" aria-label={text}>
        <span className="urgent-acked__tag" aria-hidden="true">
          ⚠
        </span>
        <span>{text}</span>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => onShowInQueue(acknowledged.map((a) => a.jobId), `${text} (from the banner)`)}
        >
          Show in queue
        </button>
      </div>
    );
  }
  const [lead, ...rest] = pending as [UrgentAlert, ...UrgentAlert[]];
  const heading = pending.length === 1 ? '1 urgent job needs a technician' : `${pending.length} urgent jobs need a technician`;
  const moreLabel = `${rest.length} more urgent ${rest.length === 1 ? 'job' : 'jobs'} from the banner`;

  return (
    <section className={`urgent-banner${expanded ? ' is-expanded' : ''}`} role="alert" aria-labelledby="urgent-banner-title">
      <div className="urgent-banner__head">
        <span className="urgent-banner__tag">
          <span aria-hidden="true">⚠</span> Urgent
        </span>
        <h2 id="urgent-banner-title" className="urgent-banner__title">
          {heading}
        </h2>
        {!expanded && <AlertRow alert={lead} inline {...props} showAck={false} />}
        {!expanded && rest.length > 0 && (
          <button type="button" className="urgent-banner__more" onClick={() => onShowInQueue(rest.map((a) => a.jobId), moreLabel)}>
            and {rest.length} more
          </button>
        )}
        {acknowledged.length > 0 && <span className="urgent-banner__muted">{acknowledged.length} acknowledged, still unassigned</span>}
        <div className="urgent-banner__actions">
          {pending.length > 1 && (
            <button type="button" className="button button--quiet" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
              {expanded ? 'Show less' : `List all ${pending.length}`}
            </button>
          )}
          <button type="button" className="button button--danger" disabled={busy} onClick={() => props.onAcknowledge()}>
            {pending.length === 1 ? 'Acknowledge' : 'Acknowledge all'}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => onSnooze(15)}>
            Snooze 15 min
          </button>
        </div>
      </div>
      {expanded && (
        <ul className="urgent-banner__list">
          {pending.map((a) => (
            <AlertRow key={a.jobId} alert={a} {...props} showAck />
          ))}
        </ul>
      )}
      {props.error && <p className="urgent-banner__error">{describeError('Updating the alerts', props.error)}</p>}
    </section>
  );
}

type RowProps = Props & { alert: UrgentAlert; showAck: boolean; inline?: boolean };

/** One urgent job: opens it; the reason in words; its own Acknowledge in the full list. */
function AlertRow({ alert: a, clientName, now, busy, onOpen, onAcknowledge, showAck, inline }: RowProps) {
  const client = clientName(a.clientId);
  const Tag = inline ? 'div' : 'li';
  return (
    <Tag className={`urgent-banner__row urgent-banner__row--${a.reason}${inline ? ' urgent-banner__row--inline' : ''}`}>
      <button type="button" className="urgent-banner__job" onClick={() => onOpen(a.jobId)} title={`Open ${a.number}`}>
        <PriorityBadge priority={a.priority} />
        <span className="urgent-banner__number">{a.number}</span>
        <span className="urgent-banner__job-title">{a.title}</span>
        {client && <span className="urgent-banner__client">{client}</span>}
      </button>
      <span className="urgent-banner__reason">{reasonText(a, now)}</span>
      {showAck && (
        <button
          type="button"
          className="button button--quiet urgent-banner__ack"
          disabled={busy}
          onClick={() => onAcknowledge(a.jobId)}
          aria-label={`Acknowledge ${a.number}`}
        >
          Acknowledge
        </button>
      )}
    </Tag>
  );
}
