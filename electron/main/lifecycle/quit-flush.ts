/**
 * Quit only after the store has flushed. `before-quit` cannot await, so the first one is
 * cancelled, `close()` runs (pending writes reach the disk, the lock is released), and then the
 * app quits for real; that second `before-quit` is let through.
 */
import type { App } from 'electron';
import type { Logger } from '../../core/ports';

export type QuitFlushState = 'running' | 'closing' | 'closed';

/**
 * Install the handler. `close` runs once however many quit requests arrive (tray Quit, Cmd+Q,
 * last window closed) while it is pending; a failing close is logged and the app still quits.
 */
export function installQuitFlush(app: Pick<App, 'on' | 'quit'>, close: () => Promise<void>, log: Pick<Logger, 'error'>): () => QuitFlushState {
  let state: QuitFlushState = 'running';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    close()
      .catch((error: unknown) => log.error('Closing the data store failed while quitting', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
  return () => state;
}
