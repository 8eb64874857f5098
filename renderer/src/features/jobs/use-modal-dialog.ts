/**
 * Open a native `<dialog>` as a modal while the component is mounted: the rest of the window is
 * inert (so focus cannot leave it), focus goes to `initialFocus`, and on unmount focus returns to
 * what had it before (its job's redrawn board event, or, if that left the page, the queue), so a
 * Ctrl+Z after closing reaches the undo command instead of a text field. Tab and Shift+Tab wrap inside.
 */
import { useEffect } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { returnFocus } from '../../lib/focus-return';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Where focus goes when the element that opened a dialog is gone: the queue's job list. */
const FALLBACK = '[data-focus-fallback="queue"]';

/**
 * `jobId`: the job the dialog is about. A click on a board event opens it without focusing the
 * event (the calendar keeps focus where it was for its drags), so the event is where focus goes back.
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>, initialFocus?: RefObject<HTMLElement | null>, jobId?: string): void {
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // A board event is drawn anew when its job changes (a status step in the panel): find the
    // new drawing of the same job rather than losing focus to the page.
    const fromBoard = opener === null || opener === document.body || opener.closest('.fc-event') !== null;
    const openerJob = opener?.closest<HTMLElement>('.fc-event[data-job-id]')?.dataset.jobId ?? (fromBoard ? jobId : undefined);
    if (!element.open) element.showModal();
    (initialFocus?.current ?? element.querySelector<HTMLElement>(FOCUSABLE) ?? element).focus();
    return () => {
      if (element.open) element.close();
      const redrawn = openerJob ? document.querySelector<HTMLElement>(`.fc-event[data-job-id="${CSS.escape(openerJob)}"]`) : null;
      const openerLive = opener?.isConnected && opener !== document.body && opener.closest('.fc-event') === null;
      const back = openerLive ? opener : (redrawn ?? (opener?.isConnected && opener !== document.body ? opener : document.querySelector<HTMLElement>(FALLBACK)));
      returnFocus(back);
    };
    // Runs once per opening: the refs are stable for the dialog's lifetime.
  }, [dialog, initialFocus, jobId]);
}

/** Keep Tab inside the dialog (the browser would otherwise move on to its own toolbar). */
export function trapTab(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Tab') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
  const first = items[0];
  const last = items.at(-1);
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
