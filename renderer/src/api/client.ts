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

function resolveBridge(): Bridge {
  const injected = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_KEY];
  return injected ?? createHttpBridge(window.location);
}

let bridge: Bridge | null = null;
const getBridge = (): Bridge => (bridge ??= resolveBridge());

/** Call a contract channel. Never throws for a refused call: failures come back as `{ ok: false }`. */
export async function invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>> {
  try {
    return (await getBridge().invoke(channel, input)) as Result<Output<C>>;
  } catch (error) {
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
}
