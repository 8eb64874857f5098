/**
 * The headless host's transport, for a console opened in a plain browser: contract calls are
 * `POST /api/invoke`, push events arrive on one shared WebSocket (`/api/events`). The session token
 * comes from the URL the host printed (`#token=…`); it is kept in sessionStorage (this tab only, so
 * a reload still works) and removed from the address bar so it does not end up in screenshots,
 * bookmarks or the history list.
 */
import type { Bridge } from '../../../shared/ipc/bridge';
import type { Result } from '../../../shared/ipc/result';

/** Where the token is kept for this tab. */
export const TOKEN_STORAGE_KEY = 'dispatch.sessionToken';
const INVOKE_PATH = '/api/invoke';
const EVENTS_PATH = '/api/events';
const EVENTS_PROTOCOL = 'dispatch.v1';
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 10_000;
/**
 * A call that has not answered by then is given up (and its request aborted), so a job never stays
 * "saving" forever behind a host that hangs or a connection that silently died.
 */
export const CALL_TIMEOUT_MS = 15_000;
/** A socket still not open after this long is closed and retried like a lost one. */
export const SOCKET_OPEN_TIMEOUT_MS = 10_000;

/** The answer to a call the host did not answer in time: the change may or may not have been saved. */
export const CALL_TIMED_OUT: Result<never> = {
  ok: false,
  error: {
    code: 'INTERNAL',
    message: `The console did not answer within ${CALL_TIMEOUT_MS / 1000} seconds; the change may not have been saved. Check the board before trying again.`,
  },
};

/**
 * `connecting`: first attempt; `open`: events flow; `reconnecting`: the socket was lost (or could
 * not be opened) and another attempt is scheduled; `closed`: nobody listens, no socket.
 */
export type ConnectionState = 'connecting' | 'open' | 'reconnecting' | 'closed';

export type ConnectionChange = {
  state: ConnectionState;
  /**
   * True on an `open` that follows a lost or failed connection: events may have been missed in
   * between, so views should refetch what they show.
   */
  reconnected: boolean;
};

export type HttpBridge = Bridge & {
  onConnectionChange(listener: (change: ConnectionChange) => void): () => void;
  connectionState(): ConnectionState;
};

/** What the bridge uses from the page; injectable for tests. */
export type BridgeEnvironment = {
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  fetch: typeof fetch;
  WebSocket: typeof WebSocket;
};

const MISSING_TOKEN: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Open the console from the URL the host printed (it carries the session token).' },
};

// Connection listeners are module-wide so the client can subscribe without holding the bridge;
// a page has one bridge, and in Electron (no HTTP bridge) the listeners are simply never called.
const connectionListeners = new Set<(change: ConnectionChange) => void>();

/** Hear when the event socket drops and comes back (show "Reconnecting…", refetch on `reconnected`). */
export function onConnectionChange(listener: (change: ConnectionChange) => void): () => void {
  connectionListeners.add(listener);
  return () => connectionListeners.delete(listener);
}

function defaultEnvironment(): BridgeEnvironment {
  let storage: Storage | null = null;
  try {
    storage = window.sessionStorage;
  } catch {
    // Storage can be disabled by browser policy; the token then lives only in memory.
  }
  return { history: window.history, storage, fetch: window.fetch.bind(window), WebSocket: window.WebSocket };
}

/**
 * Take the token from `#token=…` (and remove it from the visible URL), else from sessionStorage.
 * Other fragment parameters are left in place.
 */
export function takeSessionToken(location: Location, env: Pick<BridgeEnvironment, 'history' | 'storage'>): string | null {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromUrl = params.get('token');
  if (fromUrl) {
    params.delete('token');
    const rest = params.toString();
    env.history.replaceState(env.history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
    try {
      env.storage?.setItem(TOKEN_STORAGE_KEY, fromUrl);
    } catch {
      // Quota or policy: keep going with the in-memory token.
    }
    return fromUrl;
  }
  try {
    return env.storage?.getItem(TOKEN_STORAGE_KEY) || null;
  } catch {
    return null;
  }
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** Create the transport for a page served by the headless host at `location`. */
export function createHttpBridge(location: Location, environment?: Partial<BridgeEnvironment>): HttpBridge {
  const env: BridgeEnvironment = { ...defaultEnvironment(), ...environment };
  const token = takeSessionToken(location, env);
  const invokeUrl = new URL(INVOKE_PATH, location.href).href;
  const eventsUrl = new URL(EVENTS_PATH, location.href);
  eventsUrl.protocol = eventsUrl.protocol === 'https:' ? 'wss:' : 'ws:';

  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let socket: WebSocket | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let retryMs = FIRST_RETRY_MS;
  let interrupted = false;
  let state: ConnectionState = 'closed';

  const setState = (next: ConnectionState, reconnected = false) => {
    if (next === state && !reconnected) return;
    state = next;
    for (const listener of [...connectionListeners]) listener({ state, reconnected });
  };
  const listenerCount = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);

  function deliver(data: unknown): void {
    let message: { event?: unknown; payload?: unknown };
    try {
      message = JSON.parse(String(data)) as typeof message;
    } catch {
      return;
    }
    if (typeof message?.event !== 'string') return;
    for (const listener of [...(listeners.get(message.event) ?? [])]) {
      // One failing view must not stop the others from hearing the event.
      try {
        listener(message.payload);
      } catch (error) {
        console.error(`Listener for ${message.event} failed`, error);
      }
    }
  }

  function connect(): void {
    retryTimer = null;
    if (!token || listenerCount() === 0) return;
    setState(interrupted ? 'reconnecting' : 'connecting');
    // Browsers cannot set headers on a WebSocket, so the token travels as a second subprotocol; the
    // host answers with `dispatch.v1` alone.
    const ws = new env.WebSocket(eventsUrl.href, [EVENTS_PROTOCOL, `token.${token}`]);
    socket = ws;
    // A connection attempt that never completes (a half-open network) would otherwise leave the
    // state at "connecting" with no retry: closing it fires `onclose`, which schedules the retry.
    let openTimer: ReturnType<typeof setTimeout> | null = setTimeout(() => {
      openTimer = null;
      if (socket === ws) ws.close();
    }, SOCKET_OPEN_TIMEOUT_MS);
    const stopOpenTimer = () => {
      if (openTimer !== null) clearTimeout(openTimer);
      openTimer = null;
    };
    ws.onopen = () => {
      stopOpenTimer();
      retryMs = FIRST_RETRY_MS;
      setState('open', interrupted);
      interrupted = false;
    };
    ws.onmessage = (message) => deliver(message.data);
    ws.onclose = () => {
      stopOpenTimer();
      if (socket !== ws) return;
      socket = null;
      if (listenerCount() === 0) return setState('closed');
      interrupted = true;
      setState('reconnecting');
      retryTimer = setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    };
  }

  function disconnect(): void {
    if (retryTimer !== null) clearTimeout(retryTimer);
    retryTimer = null;
    const ws = socket;
    socket = null;
    ws?.close(1000);
    interrupted = false;
    retryMs = FIRST_RETRY_MS;
    setState('closed');
  }

  return {
    async invoke(channel, input) {
      if (!token) return MISSING_TOKEN;
      const abort = new AbortController();
      let timer: ReturnType<typeof setTimeout> | undefined;
      // Raced rather than trusting the abort alone: the timeout must end the call even if the
      // request (or reading its body) ignores the signal.
      const timedOut = new Promise<Result<never>>((resolve) => {
        timer = setTimeout(() => {
          resolve(CALL_TIMED_OUT);
          abort.abort();
        }, CALL_TIMEOUT_MS);
      });
      const call = async (): Promise<Result<unknown>> => {
        const response = await env.fetch(invokeUrl, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ channel, input }),
          credentials: 'omit',
          cache: 'no-store',
          signal: abort.signal,
        });
        let body: unknown;
        try {
          body = await response.json();
        } catch {
          body = undefined;
        }
        // The host answers refusals (401, 413, …) in the same Result shape as a refused call.
        if (isResult(body)) return body;
        return { ok: false, error: { code: 'INTERNAL', message: `The host answered HTTP ${response.status} without a result.` } };
      };
      const answered = call();
      // Once timed out, a late failure of the aborted request is nobody's business.
      answered.catch(() => undefined);
      try {
        return await Promise.race([answered, timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },

    on(event, listener) {
      // No name check here: unlike the preload this opens no privileged channel (the socket only
      // carries the host's own events), and the client's `on` is typed to contract event names.
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      if (socket === null && retryTimer === null) connect();
      return () => {
        set.delete(listener);
        if (listenerCount() === 0) disconnect();
      };
    },

    onConnectionChange,
    connectionState: () => state,
  };
}
