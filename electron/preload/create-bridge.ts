/**
 * The bridge the preload hands to the page: two functions over allow-listed names. Built from an
 * `ipcRenderer`-shaped object so tests drive it with a fake. Imports only plain name lists (no zod,
 * no schemas): the sandboxed preload is one small CommonJS file.
 */
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import type { Bridge } from '../../shared/ipc/bridge';
import { isEventName } from '../../shared/ipc/events';
import { isChannel } from '../../shared/ipc/names';
import type { Result } from '../../shared/ipc/result';

/** The part of `ipcRenderer` the bridge uses. */
export type IpcRendererLike = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

// Built inline instead of importing shared/ipc/result's `fail`: result.ts is tiny, but keeping the
// preload's imports to the two name lists makes the bundle easy to audit.
const failure = (code: 'FORBIDDEN' | 'INTERNAL', message: string): Result<never> => ({ ok: false, error: { code, message } });

const describe = (name: unknown): string => (typeof name === 'string' ? `"${name.slice(0, 80)}"` : typeof name);

/**
 * Create the page-facing bridge.
 *
 * - `invoke` refuses a channel the contract does not define before anything reaches IPC, and turns
 *   a transport failure into an `INTERNAL` result: errors travel as data, never as throws.
 * - `on` refuses unknown event names, passes only the payload (the `IpcRendererEvent` carries
 *   `sender`, i.e. `ipcRenderer` itself, and must never reach the page), and returns an unsubscribe.
 */
export function createBridge(ipc: IpcRendererLike): Bridge {
  return {
    async invoke(channel: unknown, input: unknown): Promise<Result<unknown>> {
      if (!isChannel(channel)) return failure('FORBIDDEN', `Unknown channel ${describe(channel)}.`);
      try {
        return (await ipc.invoke(channel, input)) as Result<unknown>;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return failure('INTERNAL', `The console could not reach its host: ${message}`);
      }
    },
    on(event: unknown, listener: unknown): () => void {
      if (!isEventName(event)) throw new Error(`Unknown event ${describe(event)}.`);
      if (typeof listener !== 'function') throw new Error('The listener must be a function.');
      const forward = (_event: IpcRendererEvent, payload: unknown) => {
        (listener as (payload: unknown) => void)(payload);
      };
      ipc.on(event, forward);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        subscribed = false;
        ipc.removeListener(event, forward);
      };
    },
  };
}
