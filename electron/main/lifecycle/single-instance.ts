/**
 * One console per user profile. The store's lock file already refuses a second writer; this lock
 * turns a second launch (double-clicked icon, "open at login" plus a manual start) into "bring the
 * existing window forward" instead of an error dialog.
 */
import type { App } from 'electron';

/**
 * Take the single-instance lock. Returns false in a second instance, which has already been told
 * to quit and must not go on starting. In the first instance, a later launch calls `focus`.
 */
export function claimSingleInstance(app: Pick<App, 'requestSingleInstanceLock' | 'quit' | 'on'>, focus: () => void): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => focus());
  return true;
}
