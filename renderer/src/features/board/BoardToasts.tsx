import { useState, useSyncExternalStore } from 'react';
import type { FormEvent } from 'react';
import type { Job } from '../../../../shared/schemas/job';
import { describeEntry } from '../undo/undo-stack';
import type { BoardActionsImpl } from './board-actions';
import { getBoardSession } from './board-session';

/**
 * Toasts about board actions: conflicts accepted (with "Undo" and "Add reason…"), refusals and
 * undo/redo results. A polite live region, so a screen reader hears them without losing focus;
 * refusals are assertive alerts.
 */
export function BoardToasts({ actions }: { actions: BoardActionsImpl }) {
  const session = getBoardSession();
  const toasts = useSyncExternalStore(session.subscribe, session.toasts);
  const [reasonFor, setReasonFor] = useState<Job | null>(null);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);

  const submitReason = async (event: FormEvent) => {
    event.preventDefault();
    if (!reasonFor || reason.trim() === '') return;
    setSaving(true);
    const ok = await actions.addReason(reasonFor, reason);
    setSaving(false);
    if (ok) {
      setReasonFor(null);
      setReason('');
    }
  };

  return (
    <div className="board-toasts" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`board-toast board-toast--${t.tone}`} role={t.tone === 'error' ? 'alert' : 'status'}>
          <div className="board-toast__text">
            {t.tone === 'warning' && <span aria-hidden="true">⚠ </span>}
            {t.text}
            {t.details.length > 0 && (
              <ul className="board-toast__details">
                {t.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
          <div className="board-toast__actions">
            {t.actions.map((a) =>
              a.kind === 'undo' ? (
                <button
                  key="undo"
                  type="button"
                  className="button"
                  title={`Undo ${describeEntry(a.entry)}`}
                  onClick={() => {
                    session.dismiss(t.id);
                    // Undo this very change only if it is still the latest; otherwise say so.
                    if (session.undo.peekUndo() === a.entry) void actions.undo();
                    else session.toast({ tone: 'info', text: 'Later changes came after this one; use Undo in the header to step back through them.', details: [], actions: [] });
                  }}
                >
                  Undo
                </button>
              ) : (
                <button
                  key="reason"
                  type="button"
                  className="button"
                  onClick={() => {
                    session.dismiss(t.id);
                    setReason(a.job.assignment?.overrideReason ?? '');
                    setReasonFor(a.job);
                  }}
                >
                  Add reason…
                </button>
              ),
            )}
            <button type="button" className="button button--icon" aria-label="Dismiss" onClick={() => session.dismiss(t.id)}>
              ×
            </button>
          </div>
        </div>
      ))}
      {reasonFor && (
        <form className="board-toast board-toast--form" onSubmit={(e) => void submitReason(e)} aria-label={`Reason for ${reasonFor.number}`}>
          <label className="board-toast__text">
            Why is {reasonFor.number} booked despite the warnings?
            <input
              className="board-toast__input"
              // The form appears because the dispatcher asked for it; typing should start at once.
              autoFocus
              maxLength={500}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setReasonFor(null);
              }}
            />
          </label>
          <div className="board-toast__actions">
            <button type="submit" className="button button--primary" disabled={saving || reason.trim() === ''}>
              {saving ? 'Saving…' : 'Save reason'}
            </button>
            <button type="button" className="button" onClick={() => setReasonFor(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
