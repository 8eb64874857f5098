/**
 * A refused body leaves the connection's byte stream in an unknown place: whatever follows it on
 * the same connection must never run. Sent over a raw socket, as a pipelining client would.
 */
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { INTAKE_PATH } from '../../../../electron/core/http/intake-route';
import { INTAKE, intakeJob, startIntake } from './intake-support';
import type { IntakeTestServer } from './intake-support';

let t: IntakeTestServer;
afterEach(async () => {
  await t?.close();
});

function requestText(port: number, body: string): string {
  return (
    `POST ${INTAKE_PATH} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${INTAKE}\r\n` +
    `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  );
}

/** Write `bytes` on one connection and collect everything the server sends until it closes. */
function exchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (received += chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? resolve(received) : reject(error)));
    socket.on('close', () => resolve(received));
    // Not `end`: a half-closed connection makes the server drop the requests still in flight.
    socket.write(bytes);
  });
}

describe('a request pipelined after a refused body', () => {
  it.each([
    ['a body just over the limit (read and discarded)', 70 * 1024],
    ['a body far over the limit (refused from its Content-Length)', 600 * 1024],
  ])('%s: answers 413 with Connection: close and never runs the next request', async (_name, size) => {
    t = await startIntake();
    const big = JSON.stringify(intakeJob({ externalRef: 'BIG', description: 'x'.repeat(size) }));
    const next = JSON.stringify(intakeJob({ externalRef: 'PIPELINED' }));
    const received = await exchange(t.server.port, requestText(t.server.port, big) + requestText(t.server.port, next));
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received.toLowerCase()).toContain('connection: close');
    expect(received.match(/HTTP\/1\.1 \d{3}/g)).toHaveLength(1);
    // A later call on a new connection is written through the same queue, after anything the
    // pipelined request could have started.
    expect((await t.post(intakeJob({ externalRef: 'AFTER' }))).status).toBe(201);
    expect((await t.onDisk()).jobs.map((j) => j.externalRef)).toEqual(['AFTER']);
  });

  it('still serves several well-formed requests pipelined on one connection', async () => {
    t = await startIntake();
    const a = JSON.stringify(intakeJob({ externalRef: 'A' }));
    const b = JSON.stringify(intakeJob({ externalRef: 'B' }));
    const received = await exchange(t.server.port, requestText(t.server.port, a) + requestText(t.server.port, b).replace('HTTP/1.1\r\n', 'HTTP/1.1\r\nConnection: close\r\n'));
    expect(received.match(/HTTP\/1\.1 201/g), received).toHaveLength(2);
    expect((await t.onDisk()).jobs.map((j) => j.externalRef).sort()).toEqual(['A', 'B']);
  });
});
