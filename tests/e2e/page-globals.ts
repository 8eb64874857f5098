/**
 * Minimal shapes of the browser globals used inside `page.evaluate` callbacks. The e2e tests are
 * type-checked with the Node project (no DOM library, on purpose: the host code must not see DOM
 * types), so callbacks cast `globalThis` to this instead.
 */
import type { Result } from '../../shared/ipc/result';

// Mirrors of renderer/src/api/http-bridge.ts' exports. Importing that file here would pull DOM
// types into the Node project, so the few shapes the tests need are repeated.
export type ConnectionChange = { state: 'connecting' | 'open' | 'reconnecting' | 'closed'; reconnected: boolean };
export type PageBridge = {
  invoke(channel: string, input: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  connectionState(): ConnectionChange['state'];
};

export type PageSocket = {
  readonly protocol: string;
  readonly readyState: number;
  onopen: (() => void) | null;
  onclose: ((event: { code: number }) => void) | null;
  onerror: (() => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(code?: number): void;
};

export type PageSocketConstructor = new (url: string, protocols?: string[]) => PageSocket;

export type PageGlobals = {
  location: { host: string; href: string; pathname: string };
  sessionStorage: { getItem(key: string): string | null; setItem(key: string, value: string): void; clear(): void };
  WebSocket: PageSocketConstructor;
  fetch: typeof fetch;
  /** Defined by evaluating `httpBridgeBundle()`. */
  __httpBridge: {
    createHttpBridge(location: unknown, env?: { WebSocket?: PageSocketConstructor }): PageBridge;
    onConnectionChange(listener: (change: ConnectionChange) => void): () => void;
    TOKEN_STORAGE_KEY: string;
  };
  /** Scratch space the tests fill from inside the page. */
  __test: {
    bridge?: PageBridge;
    sockets: PageSocket[];
    changes: ConnectionChange[];
    events: { event: string; payload: unknown }[];
    unsubscribe?: () => void;
  };
};
