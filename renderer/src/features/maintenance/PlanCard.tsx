import { useState } from 'react';
import type { MaintenancePlanView, UpcomingOccurrence } from '../../../../shared/domain/maintenance';
import { describeRule } from '../../../../shared/domain/maintenance-rule';
import { invoke } from '../../api/client';
import { describeError } from '../../lib/error-text';
import { formatEstimate } from '../../lib/format';
import { useConsoleState, useConsoleStore } from '../../state/hooks';
import { dayText } from './maintenance-marks';

type Props = { plan: MaintenancePlanView; onEdit: () => void };

const STATE_TEXT: Record<UpcomingOccurrence['state'], string> = { planned: 'planned', created: 'job', skipped: 'skipped', moved: 'moved' };

/** One plan: what and how often, and its next visits with Skip and Move. */
export function PlanCard({ plan, onEdit }: Props) {
  const store = useConsoleStore();
  const directory = useConsoleState((s) => s.directory);
  const technicians = useConsoleState((s) => s.board?.technicians ?? null);
  const site = directory?.sites.find((s) => s.id === plan.siteId);
  const tech = technicians?.find((t) => t.id === plan.preferredTechnicianId);
  const [moving, setMoving] = useState<string | null>(null);
  const [moveTo, setMoveTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  const change = async (input: { date: string; action: 'skip' | 'move'; to?: string }) => {
    setBusy(true);
    setFailure(null);
    const result = await invoke('maintenance:occurrence', { planId: plan.id, ...input });
    setBusy(false);
    if (!result.ok) return setFailure(describeError(input.action === 'skip' ? 'Skipping the visit' : 'Moving the visit', result.error));
    setMoving(null);
    store.notify('info', input.action === 'skip' ? `Visit of ${dayText(input.date)} skipped.` : `Visit of ${dayText(input.date)} moved to ${dayText(input.to ?? input.date)}.`);
  };
  const remove = async () => {
    setFailure(null);
    setConfirming(false);
    const result = await invoke('maintenance:delete', { id: plan.id });
    if (result.ok) store.notify('info', `Maintenance plan "${plan.title}" deleted.`);
    else setFailure(describeError('Deleting the plan', result.error));
  };

  const headingId = `mp-plan-${plan.id}`;
  return (
    <article className={`mp-plan${plan.active ? '' : ' mp-plan--paused'}`} aria-labelledby={headingId}>
      <header className="mp-plan__header">
        <h4 id={headingId}>{plan.title}</h4>
        {!plan.active && <span className="mp-badge">Paused</span>}
        <button type="button" className="button button--quiet" onClick={onEdit} aria-label={`Edit ${plan.title}`}>
          Edit
        </button>
        {confirming ? (
          <span className="mp-confirm" role="group" aria-label={`Delete ${plan.title}?`}>
            Delete this plan? Its jobs stay.
            <button type="button" className="button" onClick={() => void remove()}>
              Delete
            </button>
            <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : (
          <button type="button" className="button button--quiet" onClick={() => setConfirming(true)} aria-label={`Delete ${plan.title}`}>
            Delete
          </button>
        )}
      </header>
      <p className="mp-plan__facts">
        Repeats {describeRule(plan.rule)} · {plan.windowStart}–{plan.windowEnd} · {formatEstimate(plan.estimateMinutes)} · {plan.priority} · jobs made {plan.leadDays === 1 ? '1 day' : `${plan.leadDays} days`} ahead
        {site ? ` · ${site.name}` : ''}
        {tech ? ` · prefers ${tech.name}` : plan.preferredZone ? ` · zone ${plan.preferredZone}` : ''}
      </p>
      <ul className="mp-upcoming" aria-label={`Next visits of ${plan.title}`}>
        {plan.upcoming.map((o) => (
          <li key={o.occurrenceDate} className={`mp-upcoming__item mp-upcoming__item--${o.state}`}>
            <span className="mp-upcoming__day">{dayText(o.visitDay)}</span>
            <span className="mp-upcoming__state">
              {o.state === 'created' ? `job ${o.jobNumber ?? ''}` : o.state === 'moved' ? `moved from ${dayText(o.occurrenceDate)}` : STATE_TEXT[o.state]}
            </span>
            {o.state !== 'skipped' && moving !== o.occurrenceDate && (
              <span className="mp-upcoming__actions">
                <button type="button" className="button button--quiet" disabled={busy} onClick={() => void change({ date: o.occurrenceDate, action: 'skip' })} aria-label={`Skip the visit of ${dayText(o.occurrenceDate)}`}>
                  Skip
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={busy}
                  onClick={() => {
                    setMoving(o.occurrenceDate);
                    setMoveTo(o.visitDay);
                  }}
                  aria-label={`Move the visit of ${dayText(o.occurrenceDate)}`}
                >
                  Move…
                </button>
              </span>
            )}
            {moving === o.occurrenceDate && (
              <span className="mp-upcoming__actions">
                <input className="mp-input" type="date" aria-label="Move to" value={moveTo} onChange={(e) => setMoveTo(e.target.value)} />
                <button type="button" className="button" disabled={busy || !moveTo} onClick={() => void change({ date: o.occurrenceDate, action: 'move', to: moveTo })}>
                  Move
                </button>
                <button type="button" className="button button--quiet" onClick={() => setMoving(null)}>
                  Cancel
                </button>
              </span>
            )}
          </li>
        ))}
        {plan.upcoming.length === 0 && <li className="mp-upcoming__item">No more visits: the plan has ended.</li>}
      </ul>
      {failure && (
        <p className="mp-error" role="alert">
          {failure}
        </p>
      )}
    </article>
  );
}
