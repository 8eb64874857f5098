/**
 * The headless transport: one HTTP server that serves the built renderer, answers contract calls on
 * `POST /api/invoke` and pushes events on the `/api/events` WebSocket. Node only; it knows the core
 * through its handlers and event bus, nothing of Electron or the renderer's code.
 */
import { createServer } from 'node:http';
import { admitRequest } from './admit-request';
import { listen, refuseUpgrade } from './listen';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Handlers } from '../../../shared/ipc/dispatch';
import type { EventBus, Logger } from '../ports';
import { createEventsSocket, EVENTS_PATH } from './events-socket';
import { createInvokeRoute } from './invoke-route';
import { allowedHostNames, createOriginPolicy, localMachineNames } from './origin-policy';
import type { OriginPolicy } from './origin-policy';
import { sendFailure } from './respond';
import { API_PREFIX, matchRoute, splitTarget } from './router';
import type { Route } from './router';
import { isValidSessionToken } from './session-token';
import { createStaticFiles } from './static-files';

/** What the transport needs of the core: its handlers and its event bus. */
export type TransportCore = { handlers: Handlers; events: EventBus };

export type HttpServerOptions = {
  core: TransportCore;
  /** The built renderer (`out/renderer`). */
  rendererDir: string;
  /** Secret for the session API; see `generateSessionToken`. */
  sessionToken: string;
  /** Interface to bind: `127.0.0.1` unless the user chose to expose the console. */
  host: string;
  /** 0 binds any free port; the actual one is returned. */
  port: number;
  /** More names `Host`/`Origin` may carry besides loopback and the bound address (`--allow-host`). */
  allowedHosts?: readonly string[];
  log: Logger;
  /** More API routes (e.g. the public intake API), each doing its own authentication. */
  routes?: readonly Route[];
  /** Largest `/api/invoke` body. Default 1 MiB. */
  maxBodyBytes?: number;
  /** WebSocket ping interval. Default 20 s. */
  heartbeatMs?: number;
  /** How long closing waits for requests being handled before it cuts their connections. Default 10 s. */
  drainMs?: number;
};

/** Wait for the promises to settle, but no longer than `ms` (a stuck handler must not block a quit). */
async function settleWithin(pending: Promise<void>[], ms: number): Promise<void> {
  if (pending.length === 0) return;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  await Promise.race([Promise.allSettled(pending), timeout]);
  clearTimeout(timer);
}

export type HeadlessServer = {
  server: Server;
  /** The port actually bound. */
  port: number;
  /** `http://127.0.0.1:<port>` (or the bound host): where a browser on this computer opens the console. */
  origin: string;
  /** The `host:port` names the server answers to. */
  allowedHosts: readonly string[];
  /** Stop accepting, close event sockets, let requests being handled answer (up to `drainMs`), then close connections. Safe to call twice. */
  close(): Promise<void>;
};

/** Start the server on `host:port` and resolve once it is listening. */
export async function createHttpServer(options: HttpServerOptions): Promise<HeadlessServer> {
  const { core, sessionToken, log } = options;
  if (!isValidSessionToken(sessionToken)) {
    throw new Error('The session token must be 16-256 characters of A-Z, a-z, 0-9, "-" or "_".');
  }
  const staticFiles = await createStaticFiles(options.rendererDir, log);
  const routes: Route[] = [
    createInvokeRoute({ handlers: core.handlers, sessionToken, maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024 }),
    ...(options.routes ?? []),
  ];
  const eventsSocket = createEventsSocket({ events: core.events, sessionToken, heartbeatMs: options.heartbeatMs ?? 20_000, log });
  // Known once listening (port 0); no request can be handled before that.
  let origins: OriginPolicy | null = null;

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = admitRequest(req, res, origins);
    if (!target) return;

    if (target.path.startsWith(API_PREFIX)) {
      const match = matchRoute(routes, req.method ?? '', target.path);
      if (match.kind === 'wrong-method') {
        return sendFailure(res, 405, 'BAD_INPUT', 'Method not allowed.', { Allow: match.allow.join(', ') });
      }
      if (match.kind === 'none') return sendFailure(res, 404, 'NOT_FOUND', 'No such API route.');
      return match.route.handle(req, res, { path: target.path, query: target.query, origins: target.origins, log });
    }
    return staticFiles.serve(req, res, target.path);
  }

  // Requests being handled: closing waits for them, so a change already on its way to the store is
  // saved and answered instead of cut off (and then refused by a store closing under it).
  const inFlight = new Set<Promise<void>>();
  const server = createServer((req, res) => {
    const handling = onRequest(req, res).catch((error: unknown) => {
      // Route bugs are logged here; the client only learns that something failed.
      log.error(`Request ${req.method} ${req.url?.slice(0, 200)} failed`, error);
      if (!res.headersSent) sendFailure(res, 500, 'INTERNAL', 'Something went wrong.');
      else res.destroy();
    });
    inFlight.add(handling);
    void handling.finally(() => inFlight.delete(handling));
  });
  // A client that trickles a request is not allowed to hold a connection for minutes.
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = splitTarget(req.url);
    if (!origins || !target || target.path !== EVENTS_PATH) {
      refuseUpgrade(socket);
      return;
    }
    eventsSocket.handleUpgrade(req, socket, head, origins);
  });

  const port = await listen(server, options.port, options.host, 'server');
  origins = createOriginPolicy(options.host, port, allowedHostNames(options.host, options.allowedHosts ?? [], localMachineNames()));
  server.on('error', (error) => log.error('HTTP server error', error));

  let closing: Promise<void> | null = null;
  return {
    server,
    port,
    origin: origins.ownOrigin,
    allowedHosts: origins.allowedHosts,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        await eventsSocket.close();
        server.closeIdleConnections();
        await settleWithin([...inFlight], options.drainMs ?? 10_000);
        server.closeAllConnections();
        await stopped;
      })();
      return closing;
    },
  };
}
