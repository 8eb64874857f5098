import { describeMinutes } from '../../../../shared/domain/alerts';
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

/** Rows listed before "and N more": the banner must not push the board off the screen (the queue lists all). */
const MAX_ROWS = 3;

/**
 * The urgent-jobs banner: prominent, announced as an alert, and never colour alone (an "Urgent"
 * label, the P1 badge text and the reason in words). Hidden while snoozed, replaced by a quiet line
 * that says until when and offers to resume.
 */
export function AlertBanner({ snapshot, clientName, timeZone, now, busy, error, onOpen, onAcknowledge, onSnooze }: Props) {
  const pending = snapshot.urgent.filter((a) => !a.acknowledged);
  const acknowledged = snapshot.urgent.length - pending.length;
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
  if (pending.length === 0) return null;
  const shown = pending.slice(0, MAX_ROWS);
  const heading = pending.length === 1 ? '1 urgent job needs a technician' : `${pending.length} urgent jobs need a technician`;

  return (
    <section className="urgent-banner" role="alert" aria-labelledby="urgent-banner-title">
      <div className="urgent-banner__head">
        <span className="urgent-banner__tag">
          <span aria-hidden="true">⚠</span> Urgent
        </span>
        <h2 id="urgent-banner-title" className="urgent-banner__title">
          {heading}
        </h2>
        {acknowledged > 0 && <span className="urgent-banner__muted">{acknowledged} acknowledged, still unassigned</span>}
        <div className="urgent-banner__actions">
          <button type="button" className="button button--danger" disabled={busy} onClick={() => onAcknowledge()}>
            {pending.length === 1 ? 'Acknowledge' : 'Acknowledge all'}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => onSnooze(15)}>
            Snooze 15 min
          </button>
        </div>
      </div>
      <ul className="urgent-banner__list">
        {shown.map((a) => {
          const client = clientName(a.clientId);
          return (
            <li key={a.jobId} className={`urgent-banner__row urgent-banner__row--${a.reason}`}>
              <button type="button" className="urgent-banner__job" onClick={() => onOpen(a.jobId)} title={`Open ${a.number}`}>
                <PriorityBadge priority={a.priority} />
                <span className="urgent-banner__number">{a.number}</span>
                <span className="urgent-banner__job-title">{a.title}</span>
                {client && <span className="urgent-banner__client">{client}</span>}
              </button>
              <span className="urgent-banner__reason">{reasonText(a, now)}</span>
              {pending.length > 1 && (
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
            </li>
          );
        })}
      </ul>
      {pending.length > shown.length && <p className="urgent-banner__more">and {pending.length - shown.length} more in the queue</p>}
      {error && <p className="urgent-banner__error">{describeError('Updating the alerts', error)}</p>}
    </section>
  );
}
