/**
 * Push events from the core's bus to every live window. Main never filters or reshapes them: the
 * renderer subscribes through the preload's `on`, which only accepts names from shared/ipc/events.
 */
import type { EventBus } from '../../core/ports';

/** The part of a BrowserWindow forwarding needs. */
export type EventTargetWindow = {
  isDestroyed(): boolean;
  webContents: { isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void };
};

/**
 * Subscribe to `events` and send each one as `webContents.send(name, payload)` to the windows
 * `getWindows()` returns at that moment. Returns the unsubscribe function.
 */
export function forwardEvents(events: Pick<EventBus, 'subscribe'>, getWindows: () => Iterable<EventTargetWindow>): () => void {
  return events.subscribe((name, payload) => {
    for (const win of getWindows()) {
      // A window closing between the commit and this send is normal, not an error.
      if (win.isDestroyed() || win.webContents.isDestroyed()) continue;
      win.webContents.send(name, payload);
    }
  });
}
