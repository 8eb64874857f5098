/**
 * The keyboard's way in: skip links at the top of the page (shown when focused) and the `?`
 * cheat sheet. The sheet is built from the command registry as it is when opened, so every
 * shortcut a command declares is listed and the list cannot drift from what the keys do.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useCommands } from './CommandsProvider';
import { focusTarget, TARGETS, useNavigationCommands } from './navigation-commands';
import type { Command } from './registry';
import './keyboard-help.css';

export function KeyboardHelp() {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  useNavigationCommands(show);
  return (
    <>
      <nav className="skip-links" aria-label="Skip links">
        <button type="button" className="skip-link" onClick={() => focusTarget(TARGETS.queueList)}>
          Skip to queue
        </button>
        <button type="button" className="skip-link" onClick={() => focusTarget(TARGETS.board)}>
          Skip to board
        </button>
      </nav>
      {open && <ShortcutSheet onClose={() => setOpen(false)} />}
    </>
  );
}

/** Shortcuts first (as a dispatcher scans for keys), then commands reached by buttons and menus. */
export function sheetRows(commands: readonly Command[]): { label: string; keys: string }[] {
  const rows = commands.map((c) => ({ label: c.label, keys: c.shortcut ?? '' }));
  return [...rows.filter((r) => r.keys !== ''), ...rows.filter((r) => r.keys === '')];
}

function ShortcutSheet({ onClose }: { onClose: () => void }) {
  const registry = useCommands();
  const dialog = useRef<HTMLDialogElement>(null);
  const [rows] = useState(() => sheetRows(registry.list()));
  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    return () => opener?.focus();
  }, []);
  return (
    <dialog ref={dialog} className="shortcut-sheet" aria-labelledby="shortcut-sheet-title" onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <h2 id="shortcut-sheet-title">Keyboard shortcuts</h2>
      <p className="shortcut-sheet__hint">Shortcuts wait while you type in a field. In the queue: arrows move, Enter opens, A assigns. On a job on the board: ← → move it one snap, Delete unassigns.</p>
      <table className="shortcut-sheet__table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Command</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <td>{row.keys ? <kbd>{row.keys}</kbd> : <span className="shortcut-sheet__none">button or menu</span>}</td>
              <td>{row.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" className="button button--primary" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
