/**
 * Giving focus back to the element that opened a dialog. That element may be hidden by the time the
 * dialog closes (a command inside a menu that closed when it was chosen); focusing it then does
 * nothing and focus falls to the page, where the keyboard user is lost. The container that hid it
 * hears `FOCUS_RETURN_MISSED` (it bubbles from the opener) and focuses its own visible control.
 */
export const FOCUS_RETURN_MISSED = 'dispatch:focus-return-missed';

/** Focus `opener`; if it cannot take focus (hidden), tell its containers so one can. */
export function returnFocus(opener: HTMLElement | null | undefined): void {
  if (!opener?.isConnected) return;
  opener.focus();
  if (document.activeElement !== opener) opener.dispatchEvent(new Event(FOCUS_RETURN_MISSED, { bubbles: true }));
}
