import { useEffect } from 'react';
import type { Notice } from '../../state/console-store';
import { useConsoleState, useConsoleStore } from '../../state/hooks';

/** Errors stay until dismissed (they may need acting on); confirmations fade after a few seconds. */
const INFO_MS = 6000;

function NoticeItem({ notice, onDismiss }: { notice: Notice; onDismiss: (id: number) => void }) {
  useEffect(() => {
    if (notice.tone !== 'info') return;
    const timer = setTimeout(() => onDismiss(notice.id), INFO_MS);
    return () => clearTimeout(timer);
  }, [notice, onDismiss]);

  return (
    <li className={`notice notice--${notice.tone}`}>
      <span className="notice__text">{notice.text}</span>
      <button type="button" className="button button--quiet" onClick={() => onDismiss(notice.id)} aria-label="Dismiss message">
        ✕
      </button>
    </li>
  );
}

/** Toasts for failed calls and confirmations, announced politely by screen readers. */
export function Notices() {
  const store = useConsoleStore();
  const notices = useConsoleState((s) => s.notices);
  return (
    // A list cannot be a status region itself, so the region holds the list.
    <div className="notices" role="status" aria-live="polite" aria-label="Messages">
      <ul className="notices__list">
        {notices.map((n) => (
          <NoticeItem key={n.id} notice={n} onDismiss={store.dismissNotice} />
        ))}
      </ul>
    </div>
  );
}
