/**
 * Who may call IPC: the main frame of a window we created, showing our own origin. A page that
 * navigated elsewhere, an iframe (which CSP forbids anyway) or some other webContents (devtools
 * extensions, a future print window) is refused before its input is even parsed.
 */
import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from '../app-origin';

/** The parts of an `IpcMainInvokeEvent` the check reads (so tests can pass plain objects). */
export type SenderEventLike = {
  sender: { id: number };
  senderFrame: { url: string; parent: unknown } | null;
};

export type TrustedSenderOptions = {
  /** The webContents of the windows we created (see windows/window-registry.ts). */
  ownWebContents: { has(id: number): boolean };
  /** `scheme://host[:port]` origins the renderer is served from. */
  allowedOrigins: readonly string[];
};

/** Build the `isTrustedSender(event)` predicate used by `registerIpc`. */
export function createTrustedSenderCheck(opts: TrustedSenderOptions): (event: SenderEventLike | IpcMainInvokeEvent) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    // `senderFrame` is null once the frame navigated away or was destroyed: nobody to trust.
    if (!frame) return false;
    if (!opts.ownWebContents.has(event.sender.id)) return false;
    // Only the top-level frame: a frame with a parent is an iframe inside our page.
    if (frame.parent !== null && frame.parent !== undefined) return false;
    return isAppUrl(frame.url, opts.allowedOrigins);
  };
}
