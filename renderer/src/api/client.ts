/**
 * The renderer's only way to the host. It uses the Electron preload's bridge when present and the
 * headless host's HTTP + WebSocket transport otherwise; no other renderer code knows which.
 */
import type { Bridge } from '../../../shared/ipc/bridge';
import { BRIDGE_KEY } from '../../../shared/ipc/bridge';
import type { Channel, Input, Output } from '../../../shared/ipc/contract';
import type { EventMap, EventName } from '../../../shared/ipc/events';
import type { Result } from '../../../shared/ipc/result';
import { createHttpBridge } from './http-bridge';

/**
 * The headless transport's event-socket state ("reconnecting", then "open" with `reconnected`
 * when events may have been missed). Never fires in Electron, whose IPC does not drop.
 */
export { onConnectionChange } from './http-bridge';
export type { ConnectionChange } from './http-bridge';

function resolveBridge(): Bridge {
  const injected = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_KEY];
  return injected ?? createHttpBridge(window.location);
}

let bridge: Bridge | null = null;
const getBridge = (): Bridge => (bridge ??= resolveBridge());

/**
 * Whether the last call reached the host. A refused call (`ok: false`) still reached it; only a
 * transport failure (host gone, socket closed) flips this, so the UI can say "Reconnecting…"
 * without parsing error messages.
 */
let reachable = true;
const reachabilityListeners = new Set<(reachable: boolean) => void>();
function setReachable(next: boolean): void {
  if (next === reachable) return;
  reachable = next;
  for (const listener of [...reachabilityListeners]) listener(next);
}

/** Current reachability of the host, as seen by the last call. */
export function isHostReachable(): boolean {
  return reachable;
}

/** Be told when the host becomes unreachable or reachable again; returns the unsubscribe function. */
export function onReachabilityChange(listener: (reachable: boolean) => void): () => void {
  reachabilityListeners.add(listener);
  return () => reachabilityListeners.delete(listener);
}

/** Call a contract channel. Never throws for a refused call: failures come back as `{ ok: false }`. */
export async function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  try {
    const result = (await getBridge().invoke(channel, input)) as Result<Output<C>>;
    setReachable(true);
    return result;
  } catch (error) {
    setReachable(false);
    // Transport failures (host gone, socket closed) are reported like any other failure.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'INTERNAL', message: `The console could not reach its host: ${message}` } };
  }
}

/** Subscribe to a push event; returns the unsubscribe function. */
export function on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  return getBridge().on(event, listener as (payload: unknown) => void);
}

/** For tests: replace the transport. */
export function setBridgeForTesting(replacement: Bridge | null): void {
  bridge = replacement;
  reachable = true;
}
