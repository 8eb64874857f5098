/**
 * A refused body leaves the connection's byte stream in an unknown place: whatever follows it on
 * the same connection must never run. Sent over a raw socket, as a pipelining client would, to the
 * intake route and to the console's own `/api/invoke`.
 */
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { INTAKE_PATH } from '../../../../electron/core/http/intake-route';
import { INTAKE, intakeJob, startIntake } from './intake-support';
import type { IntakeTestServer } from './intake-support';
import { startTestServer, TOKEN } from './test-server';
import type { TestServer } from './test-server';

let t: IntakeTestServer | undefined;
let console_: TestServer | undefined;
afterEach(async () => {
  await t?.close();
  await console_?.close();
  t = console_ = undefined;
});

function requestText(port: number, body: string, path = INTAKE_PATH, token = INTAKE): string {
  return (
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\n` +
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
    const t_ = (t = await startIntake());
    const big = JSON.stringify(intakeJob({ externalRef: 'BIG', description: 'x'.repeat(size) }));
    const next = JSON.stringify(intakeJob({ externalRef: 'PIPELINED' }));
    const received = await exchange(t_.server.port, requestText(t_.server.port, big) + requestText(t_.server.port, next));
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received.toLowerCase()).toContain('connection: close');
    expect(received.match(/HTTP\/1\.1 \d{3}/g)).toHaveLength(1);
    // A later call on a new connection is written through the same queue, after anything the
    // pipelined request could have started.
    expect((await t_.post(intakeJob({ externalRef: 'AFTER' }))).status).toBe(201);
    expect((await t_.onDisk()).jobs.map((j) => j.externalRef)).toEqual(['AFTER']);
  });

  it('still serves several well-formed requests pipelined on one connection', async () => {
    const t_ = (t = await startIntake());
    const a = JSON.stringify(intakeJob({ externalRef: 'A' }));
    const b = JSON.stringify(intakeJob({ externalRef: 'B' }));
    const received = await exchange(t_.server.port, requestText(t_.server.port, a) + requestText(t_.server.port, b).replace('HTTP/1.1\r\n', 'HTTP/1.1\r\nConnection: close\r\n'));
    expect(received.match(/HTTP\/1\.1 201/g), received).toHaveLength(2);
    expect((await t_.onDisk()).jobs.map((j) => j.externalRef).sort()).toEqual(['A', 'B']);
  });

  it('on /api/invoke too: a call pipelined after a 413 never runs', async () => {
    const c = (console_ = await startTestServer({ maxBodyBytes: 1024 }));
    const client = { name: 'Pipelined Ltd', contract: { type: 'managed' as const, hourlyRateMinor: 9000 }, slaTier: 'standard' };
    const big = JSON.stringify({ channel: 'clients:create', input: { ...client, environmentNotes: 'x'.repeat(4000) } });
    const next = JSON.stringify({ channel: 'clients:create', input: client });
    const received = await exchange(c.port, requestText(c.port, big, '/api/invoke', TOKEN) + requestText(c.port, next, '/api/invoke', TOKEN));
    expect(received).toMatch(/^HTTP\/1\.1 413 /);
    expect(received.match(/HTTP\/1\.1 \d{3}/g)).toHaveLength(1);
    // Written after anything the pipelined call could have started (one write queue).
    await c.core.call('clients:create', { ...client, name: 'After Ltd' });
    const listed = await c.core.call('clients:list', {});
    expect(listed.ok && listed.value.clients.map((x) => x.name)).toEqual(['After Ltd']);
  });
});
