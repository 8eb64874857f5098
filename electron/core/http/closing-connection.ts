/**
 * Connections that must not carry another request. When a body is refused part-way (too large,
 * cut short) or an answer goes out before the body was read, the server no longer knows where the
 * next request starts: bytes of the refused body could parse as one. Node's parser may already
 * have read a pipelined request from the same socket, so closing after the answer is not enough:
 * every request on a marked socket is dropped unanswered, and the socket is closed once the answer
 * to the refused request has been sent.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

const closing = new WeakSet<Socket>();

/** How long a closing socket may take to flush the answer before it is destroyed. */
const FLUSH_MS = 2000;

/** Mark the request's connection: nothing else it carries will run. */
export function markClosing(req: IncomingMessage): void {
  closing.add(req.socket);
}

/**
 * True when the request arrived on a closing connection: drop it (no answer, no handler), it may be
 * bytes of a refused body. The socket is left to `closeAfterAnswer`, which closes it once the
 * earlier answer is flushed.
 */
export function isClosing(req: IncomingMessage): boolean {
  return closing.has(req.socket);
}

/**
 * Send the answer with `Connection: close`, then stop reading the socket and close it (a half
 * close first, so the client still receives the answer instead of a reset).
 */
export function closeAfterAnswer(req: IncomingMessage, res: ServerResponse): void {
  markClosing(req);
  res.setHeader('Connection', 'close');
  const socket = req.socket;
  res.once('finish', () => {
    socket.pause();
    socket.end();
    setTimeout(() => socket.destroy(), FLUSH_MS).unref();
  });
}
