import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * Start listening and resolve with the bound TCP port (port 0 picks a free one). A bind error
 * (port taken, address not available) rejects instead of surfacing later as an 'error' event.
 */
export async function listen(server: Server, port: number, host: string, what: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error(`The ${what} did not bind a TCP port.`);
  return address.port;
}

/** Answer an upgrade request we do not serve with a plain 404 and close the socket. */
export function refuseUpgrade(socket: Duplex): void {
  socket.on('error', () => socket.destroy());
  socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
}
