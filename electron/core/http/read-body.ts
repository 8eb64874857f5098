/**
 * Read a request body with a size cap, without ever holding more than the cap in memory.
 */
import type { IncomingMessage } from 'node:http';
import { markClosing } from './closing-connection';

/** Why a body could not be read: too large (413) or the client went away mid-body (400). */
export class BodyError extends Error {
  override readonly name = 'BodyError';
  constructor(
    readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

/**
 * How far past the cap we keep reading (and discarding) so the client, still sending, gets a clean
 * 413 instead of a reset connection. Beyond this the socket is simply destroyed.
 */
const DISCARD_FACTOR = 8;

/**
 * Resolve with the whole body, or reject with `BodyError(413)` once it exceeds `limit` bytes.
 * A `Content-Length` above the cap is refused before reading anything.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? NaN);
    const tooLarge = () => new BodyError(413, `The request body is larger than ${limit} bytes.`);
    // From the moment a body is refused, nothing more on this connection may run (see closing-connection.ts).
    const refuse = (error: BodyError) => {
      markClosing(req);
      reject(error);
    };
    if (Number.isFinite(declared) && declared > limit * DISCARD_FACTOR) {
      // Not worth draining: answer now; the server closes the connection after the reply.
      req.resume();
      refuse(tooLarge());
      return;
    }

    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (over) {
        if (size > limit * DISCARD_FACTOR) req.destroy();
        return;
      }
      if (size > limit) {
        // Stop keeping data but keep consuming it; reply once the client has finished sending.
        over = true;
        markClosing(req);
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => (over ? refuse(tooLarge()) : resolve(Buffer.concat(chunks, size))));
    req.on('error', () => refuse(new BodyError(400, 'The request body could not be read.')));
    req.on('close', () => {
      if (!req.complete) refuse(over ? tooLarge() : new BodyError(400, 'The request body was cut short.'));
    });
  });
}
