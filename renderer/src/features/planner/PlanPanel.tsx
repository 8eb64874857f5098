/**
 * The plan's side panel: progress and cancel while it is made, then what it would do (jobs placed,
 * jobs it could not place and why, weighted SLA breaches first-come → planned, overtime per
 * technician, travel, zone changes), each proposed booking with its reasons, and accept all / per
 * technician / per job, or discard. The board shows the same proposals as ghosts.
 */
import { useEffect, useRef } from 'react';
import { useConsoleState } from '../../state/hooks';
import { formatClock, formatDayTime } from '../../lib/format';
import { PlanSummaryList } from './PlanSummary';
import { proposalRowId } from './ghost-events';
import { usePlannerSession, usePlannerState } from './use-planner';
import './planner.css';

const DAY_CHOICES = [1, 2, 3, 5] as const;

export function PlanPanel() {
  const session = usePlannerSession();
  const state = usePlannerState();
  const open = state.phase !== 'idle' || state.notice !== null;
  // The panel takes focus when it opens, so a keyboard user who pressed Shift+P lands in it.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) title.current?.focus();
  }, [open]);
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  // The board's record itself (a stable reference); a fresh `[]` here would re-render forever.
  const board = useConsoleState((s) => s.board);
  if (!open) return null;
  const { plan, progress } = state;
  const nameOf = (id: string) => board?.technicians.find((t) => t.id === id)?.name ?? 'A technician';
  const byTech = new Map<string, NonNullable<typeof plan>['proposals']>();
  for (const p of plan?.proposals ?? []) byTech.set(p.technicianId, [...(byTech.get(p.technicianId) ?? []), p]);
  const busy = state.phase === 'running' || state.accepting;

  return (
    <aside className="plan-panel" aria-labelledby="plan-panel-title">
      <header className="plan-panel__head">
        <h2 id="plan-panel-title" className="plan-panel__title" ref={title} tabIndex={-1}>
          Proposed plan
        </h2>
        <button type="button" className="button" onClick={() => session.discard()}>
          {plan ? 'Discard' : 'Close'}
        </button>
      </header>

      <div className="plan-panel__options">
        <label>
          Plan into{' '}
          <select value={state.request.days} disabled={busy} onChange={(e) => void session.replan({ days: Number(e.target.value) })}>
            {DAY_CHOICES.map((d) => (
              <option key={d} value={d}>
                {d === 1 ? 'today only' : d === 2 ? 'today and the next working day' : `${d} working days`}
              </option>
            ))}
          </select>
        </label>
        <label className="plan-panel__check">
          <input type="checkbox" checked={state.request.mayMoveScheduled} disabled={busy} onChange={(e) => void session.replan({ mayMoveScheduled: e.target.checked })} />
          May move bookings not yet dispatched
        </label>
        {state.request.jobIds && <p className="plan-panel__muted">Planning {state.request.jobIds.length} selected jobs from the queue.</p>}
      </div>

      {state.notice && (
        <p className="plan-panel__notice" role="alert">
          {state.notice}
        </p>
      )}

      {state.phase === 'running' && (
        <div className="plan-panel__running" role="status">
          <span>{progress && progress.total > 0 ? `Planning… ${progress.done} of ${progress.total} steps` : 'Planning…'}</span>
          {progress && <progress max={Math.max(1, progress.total)} value={progress.done} aria-label="Planning progress" />}
          <button type="button" className="button" onClick={() => session.cancel()}>
            Cancel
          </button>
        </div>
      )}

      {plan && (
        <>
          <PlanSummaryList plan={plan} nameOf={nameOf} />
          <div className="plan-panel__actions">
            <button type="button" className="button button--primary" disabled={busy || plan.proposals.length === 0} onClick={() => void session.accept()}>
              Accept all ({plan.proposals.length})
            </button>
          </div>
          <section aria-labelledby="plan-bookings-title">
            <h3 id="plan-bookings-title" className="plan-panel__subtitle">
              Proposed bookings
            </h3>
            {plan.proposals.length === 0 && <p className="plan-panel__muted">Nothing left to book.</p>}
            {[...byTech].map(([techId, proposals]) => (
              <div key={techId} className="plan-panel__tech">
                <div className="plan-panel__tech-head">
                  <h4>{nameOf(techId)}</h4>
                  <button type="button" className="button" disabled={busy} onClick={() => void session.accept({ technicianIds: [techId] })}>
                    Accept {nameOf(techId)}’s {proposals.length}
                  </button>
                </div>
                <ul className="plan-panel__list">
                  {proposals.map((p) => (
                    <li key={p.jobId} id={proposalRowId(p.jobId)} tabIndex={-1} className="plan-panel__proposal">
                      <div className="plan-panel__proposal-head">
                        <strong>{p.jobNumber}</strong>{' '}
                        {formatDayTime(p.start, timeZone)}–{formatClock(p.end, timeZone)}
                        {p.moved ? ' (moved)' : ''}
                        <button type="button" className="button plan-panel__accept-one" disabled={busy} aria-label={`Accept ${p.jobNumber}`} onClick={() => void session.accept({ jobIds: [p.jobId] })}>
                          Accept
                        </button>
                      </div>
                      <ul className="plan-panel__reasons" aria-label={`Why ${p.jobNumber} here`}>
                        {p.reasons.map((r) => (
                          <li key={r}>{r}</li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
          {plan.unplaced.length > 0 && (
            <section aria-labelledby="plan-unplaced-title">
              <h3 id="plan-unplaced-title" className="plan-panel__subtitle">
                Not placed ({plan.unplaced.length})
              </h3>
              <ul className="plan-panel__list">
                {plan.unplaced.map((u) => (
                  <li key={u.jobId}>
                    <strong>{u.jobNumber}</strong>: {u.reason}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </aside>
  );
}
