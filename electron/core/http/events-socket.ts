/**
 * `GET /api/events` (WebSocket): every push event of the core's bus, as `{ event, payload }` JSON
 * text frames. One-way: clients never need to send anything, so incoming frames are ignored and
 * capped tiny.
 */
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { EventBus, Logger } from '../ports';
import type { OriginPolicy } from './origin-policy';
import { EVENTS_PROTOCOL, offeredProtocols, subprotocolToken, tokensEqual } from './session-token';

export const EVENTS_PATH = '/api/events';

/** A socket that has this much unsent data is not keeping up (or is stuck): drop it. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

export type EventsSocketOptions = {
  events: EventBus;
  sessionToken: string;
  /** Ping interval; a socket that has not answered the previous ping by the next one is dropped. */
  heartbeatMs: number;
  log: Logger;
};

export type EventsSocket = {
  /** Handle an HTTP `upgrade` for the events path; refuses (and closes) anything not allowed. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer, origins: OriginPolicy): void;
  /** Number of connected sockets (for tests and status). */
  clientCount(): number;
  /** Close every socket (1001 "going away") and stop the heartbeat. */
  close(): Promise<void>;
};

/** Refuse an upgrade with a bare HTTP answer; there is no `ServerResponse` for an upgrade request. */
function refuse(socket: Duplex, status: number): void {
  if (socket.writable) {
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }
  socket.destroy();
}

/** Create the events endpoint. It shares the HTTP server through `handleUpgrade` (ws `noServer`). */
export function createEventsSocket(options: EventsSocketOptions): EventsSocket {
  const { events, sessionToken, heartbeatMs, log } = options;
  const wss = new WebSocketServer({
    noServer: true,
    // Clients never send data; a larger frame is a misbehaving client and closes its socket (1009).
    maxPayload: 4096,
    // No compression: events are small, and inflating untrusted input costs memory and CPU.
    perMessageDeflate: false,
    // Answer only our protocol, never echo the token-carrying one back.
    handleProtocols: (protocols) => (protocols.has(EVENTS_PROTOCOL) ? EVENTS_PROTOCOL : false),
  });
  const alive = new WeakSet<WebSocket>();

  const heartbeat = setInterval(() => {
    for (const ws of wss.clients) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
    }
  }, heartbeatMs);
  // The heartbeat alone must not keep a process alive (tests, shutdown).
  heartbeat.unref();

  wss.on('connection', (ws: WebSocket) => {
    alive.add(ws);
    ws.on('pong', () => alive.add(ws));
    ws.on('error', () => ws.terminate());
    const unsubscribe = events.subscribe((event, payload) => {
      if (ws.readyState !== WebSocket.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
        ws.terminate();
        return;
      }
      ws.send(JSON.stringify({ event, payload }));
    });
    ws.on('close', unsubscribe);
  });

  return {
    handleUpgrade(req, socket, head, origins) {
      socket.on('error', () => socket.destroy());
      // Every check happens before the handshake completes, so a refused page never gets an open
      // socket (and never learns anything from one).
      if (!origins.isAllowedHost(req.headers.host)) return refuse(socket, 403);
      const origin = req.headers.origin;
      if (origin !== undefined && !origins.isAllowedOrigin(origin, req.headers.host)) return refuse(socket, 403);
      const protocols = offeredProtocols(req.headers['sec-websocket-protocol']);
      if (!tokensEqual(sessionToken, subprotocolToken(protocols))) return refuse(socket, 401);
      if (!protocols.includes(EVENTS_PROTOCOL)) return refuse(socket, 400);
      try {
        wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
      } catch (error) {
        log.error('WebSocket upgrade failed', error);
        refuse(socket, 400);
      }
    },
    clientCount: () => wss.clients.size,
    async close() {
      clearInterval(heartbeat);
      const closing = [...wss.clients].map(
        (ws) =>
          new Promise<void>((resolve) => {
            ws.once('close', () => resolve());
            ws.close(1001, 'The host is shutting down');
            // A peer that does not answer the close frame is not waited for.
            setTimeout(() => ws.terminate(), 1000).unref();
          }),
      );
      await Promise.all(closing);
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
