import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_TIMED_OUT, CALL_TIMEOUT_MS, SOCKET_OPEN_TIMEOUT_MS, createHttpBridge } from '../../../renderer/src/api/http-bridge';
import type { BridgeEnvironment } from '../../../renderer/src/api/http-bridge';

const location = { href: 'http://127.0.0.1:4780/', hash: '#token=t0k3n', pathname: '/', search: '' } as Location;

/** A socket that never opens (a half-open network); records whether the bridge gave up on it. */
class SilentSocket {
  static made: SilentSocket[] = [];
  onopen: (() => void) | null = null;
  onclose: (() => void) | null = null;
  onmessage: ((m: { data: unknown }) => void) | null = null;
  closed = false;
  constructor() {
    SilentSocket.made.push(this);
  }
  close(): void {
    this.closed = true;
    // As browsers do for a socket closed while connecting.
    queueMicrotask(() => this.onclose?.());
  }
}

function bridgeWith(fetch: BridgeEnvironment['fetch']) {
  return createHttpBridge(location, {
    history: { replaceState: () => {}, state: null },
    storage: null,
    fetch,
    WebSocket: SilentSocket as unknown as typeof WebSocket,
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  // The bridge reads its defaults from the page; every one of them is replaced above.
  vi.stubGlobal('window', { history: {}, sessionStorage: null, fetch: () => {}, WebSocket: SilentSocket });
  SilentSocket.made = [];
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('http bridge calls', () => {
  it('gives up on a call the host never answers after 15 s, with a clear error as data, and aborts the request', async () => {
    let signal: AbortSignal | undefined;
    const bridge = bridgeWith(((_url: string, init: RequestInit) => {
      signal = init.signal ?? undefined;
      return new Promise<Response>(() => {}); // never answers, ignores the abort
    }) as typeof fetch);
    let settled: unknown = 'pending';
    void bridge.invoke('jobs:update', { id: 'job-1', patch: { title: 'x' } }).then((r) => (settled = r));

    await vi.advanceTimersByTimeAsync(CALL_TIMEOUT_MS - 1);
    expect(settled).toBe('pending');
    expect(signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toEqual(CALL_TIMED_OUT);
    expect(CALL_TIMED_OUT.ok === false && CALL_TIMED_OUT.error).toMatchObject({
      code: 'INTERNAL',
      message: 'The console did not answer within 15 seconds; the change may not have been saved. Check the board before trying again.',
    });
    expect(signal?.aborted).toBe(true);
  });

  it('an answer in time is returned and leaves no timer behind', async () => {
    const bridge = bridgeWith((async () => new Response(JSON.stringify({ ok: true, value: 42 }))) as typeof fetch);
    expect(await bridge.invoke('app:info', {})).toEqual({ ok: true, value: 42 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a request that fails outright still fails (the client reports the host unreachable)', async () => {
    const bridge = bridgeWith((async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    await expect(bridge.invoke('app:info', {})).rejects.toThrow('Failed to fetch');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('http bridge event socket', () => {
  it('closes a socket that never opens and retries, instead of staying "connecting"', async () => {
    const bridge = bridgeWith((() => new Promise<Response>(() => {})) as typeof fetch);
    const off = bridge.on('jobs:changed', () => {});
    expect(bridge.connectionState()).toBe('connecting');
    await vi.advanceTimersByTimeAsync(SOCKET_OPEN_TIMEOUT_MS);
    expect(SilentSocket.made[0]?.closed).toBe(true);
    expect(bridge.connectionState()).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(1000);
    expect(SilentSocket.made).toHaveLength(2);
    // The last listener gone: no socket, no timer left running.
    off();
    expect(bridge.connectionState()).toBe('closed');
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
