/**
 * The windows main created. Their webContents ids are the first thing the IPC sender check asks
 * about, and their list is where push events go.
 */
import type { EventTargetWindow } from '../ipc/forward-events';

/** What the registry needs of a window. */
export type TrackedWindow = EventTargetWindow & {
  webContents: EventTargetWindow['webContents'] & { id: number };
  once(event: 'closed', listener: () => void): unknown;
};

export type WindowRegistry<W extends TrackedWindow = TrackedWindow> = {
  /** Remember `win` until it is closed. */
  track(win: W): W;
  /** Is `webContentsId` one of ours? (the shape `createTrustedSenderCheck` wants) */
  has(webContentsId: number): boolean;
  /** The live windows, in creation order. */
  windows(): W[];
};

export function createWindowRegistry<W extends TrackedWindow = TrackedWindow>(): WindowRegistry<W> {
  const byId = new Map<number, W>();
  return {
    track(win) {
      // Read the id now: after 'closed' the webContents is destroyed and its properties throw.
      const id = win.webContents.id;
      byId.set(id, win);
      win.once('closed', () => byId.delete(id));
      return win;
    },
    has: (id) => byId.has(id),
    windows: () => [...byId.values()].filter((w) => !w.isDestroyed()),
  };
}
