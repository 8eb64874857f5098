/**
 * What the Electron preload exposes on `window.dispatchBridge`, and what the headless transport
 * imitates. Deliberately generic: two functions over allow-listed names, nothing of Electron.
 */
import type { Result } from './result';

export type Bridge = {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  /** Subscribe to a push event; returns the unsubscribe function. */
  on(event: string, listener: (payload: unknown) => void): () => void;
};

/** The global name of the bridge, shared by the preload and the renderer client. */
export const BRIDGE_KEY = 'dispatchBridge';
