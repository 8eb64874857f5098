import { useEffect, useState, useSyncExternalStore } from 'react';
import type { FormEvent } from 'react';
import { dayOf } from '../../../../shared/domain/jobs';
import type { Job } from '../../../../shared/schemas/job';
import { useConsoleState, useConsoleStore } from '../../state/hooks';
import { describeEntry } from '../undo/undo-stack';
import type { BoardActionsImpl } from './board-actions';
import { getBoardSession } from './board-session';
import type { Toast, ToastAction } from './board-session';
import { showOnBoard } from './show-on-board';
import './board-toasts.css';

/**
 * Toasts about board actions: every booking ("J-1040 → Liam O'Connor, Wed 9 Dec 09:00" with Show
 * and Undo), conflicts accepted (with "Add reason…"), refusals and undo/redo results. Docked over
 * the header, one line each, so they never cover the board's or the queue's rows; the newest is
 * shown, with a count of the earlier ones still open. A toast about a booking that is gone (the
 * job was moved again or unassigned) goes away. A polite live region, so a screen reader hears
 * them without losing focus; refusals are assertive alerts.
 */
export function BoardToasts({ actions }: { actions: BoardActionsImpl }) {
  const session = getBoardSession();
  const toasts = useSyncExternalStore(session.subscribe, session.toasts);
  const board = useConsoleState((s) => s.board);
  const queue = useConsoleState((s) => s.queue);
  const timeZone = useConsoleState((s) => s.settings?.timeZone ?? 'UTC');
  const [reasonFor, setReasonFor] = useState<Job | null>(null);
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);

  const store = useConsoleStore();
  useEffect(() => {
    session.dismissStale((id) => store.jobs.get(id));
  }, [session, store, board, queue]);

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

  const button = (t: Toast, a: ToastAction) => {
    switch (a.kind) {
      case 'show':
        return (
          <button key="show" type="button" className="button" onClick={() => showOnBoard(a.jobId, dayOf(new Date(a.start), timeZone))}>
            Show
          </button>
        );
      case 'undo':
        return (
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
        );
      case 'add-reason':
        return (
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
        );
    }
  };

  const newest = toasts.at(-1);
  const earlier = toasts.length - 1;
  return (
    <div className="board-toasts" aria-live="polite">
      {!reasonFor && newest && (
        <div key={newest.id} className={`board-toast board-toast--${newest.tone}`} role={newest.tone === 'error' ? 'alert' : 'status'}>
          <div className="board-toast__text" title={[newest.text, ...newest.details].join('\n')}>
            {newest.tone === 'warning' && <span aria-hidden="true">⚠ </span>}
            {newest.text}
            {newest.details.length > 0 && (
              <ul className="board-toast__details">
                {newest.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </div>
          <div className="board-toast__actions">
            {newest.actions.map((a) => button(newest, a))}
            <button type="button" className="button button--icon" aria-label="Dismiss" onClick={() => session.dismiss(newest.id)}>
              ×
            </button>
            {earlier > 0 && (
              <span className="board-toast__earlier" title={`${earlier} earlier ${earlier === 1 ? 'message' : 'messages'} under this one`}>
                +{earlier}
              </span>
            )}
          </div>
        </div>
      )}
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
