/**
 * The header's "Office" button: the back-office commands (close-out, import, maintenance plans,
 * archive, billing) behind one disclosure, so the date navigation and the peak-time commands keep
 * their room down to the narrowest supported window.
 *
 * The panel stays mounted while closed (only hidden), because each command owns the dialog it
 * opens: unmounting the panel would close that dialog. A modal dialog inside is made visible again
 * by the stylesheet, so choosing a command closes the panel and leaves its dialog on screen.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { FOCUS_RETURN_MISSED } from '../lib/focus-return';
import './office-menu.css';

export function OfficeMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const outside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  useEffect(() => {
    // A dialog opened from the menu gives focus back to its command, which is hidden in the closed
    // panel by then: the menu's button takes it instead.
    const node = root.current;
    const missed = () => toggle.current?.focus();
    node?.addEventListener(FOCUS_RETURN_MISSED, missed);
    return () => node?.removeEventListener(FOCUS_RETURN_MISSED, missed);
  }, []);

  useEffect(() => {
    // Opening moves focus to the first command, as a disclosure of buttons is expected to.
    if (open) root.current?.querySelector<HTMLButtonElement>('.office-menu__panel button:not(:disabled)')?.focus();
  }, [open]);

  return (
    <div
      className="office-menu"
      ref={root}
      onClick={(e) => {
        // A command was chosen (not a click inside a dialog it opened): the panel has done its job.
        const target = e.target as HTMLElement;
        if (open && target.closest('button') && !target.closest('dialog') && target.closest('.office-menu__panel')) setOpen(false);
      }}
    >
      <button ref={toggle} type="button" className="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen((o) => !o)}>
        Office <span aria-hidden="true">▾</span>
      </button>
      <div id={panelId} className="office-menu__panel" data-open={open} role="group" aria-label="Office">
        {children}
      </div>
    </div>
  );
}
