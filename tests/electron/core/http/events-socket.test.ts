import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { ClientOptions } from 'ws';
import { startTestServer, TOKEN } from './test-server';
import type { TestServer } from './test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ heartbeatMs: 200 });
});
afterAll(() => t.close());

/** Connect and resolve with the open socket, or reject with the HTTP status of the refusal. */
function connect(protocols: string[], options: ClientOptions = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${t.port}/api/events`, protocols, options);
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket): Promise<unknown> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
}

const closed = (ws: WebSocket) => new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));

async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('GET /api/events', () => {
  it('refuses a socket without a token with 401', async () => {
    await expect(connect(['dispatch.v1'])).rejects.toThrow('HTTP 401');
    await expect(connect([])).rejects.toThrow('HTTP 401');
  });

  it('refuses a wrong token with 401', async () => {
    await expect(connect(['dispatch.v1', 'token.wrong-token-0123456789'])).rejects.toThrow('HTTP 401');
  });

  it('refuses a foreign origin with 403 even with the token', async () => {
    await expect(connect(['dispatch.v1', `token.${TOKEN}`], { origin: 'http://evil.example' })).rejects.toThrow('HTTP 403');
  });

  it('refuses other paths', async () => {
    const ws = new WebSocket(`ws://127.0.0.1:${t.port}/api/other`, ['dispatch.v1', `token.${TOKEN}`]);
    const status = await new Promise<number>((resolve, reject) => {
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('open', () => reject(new Error('opened')));
    });
    expect(status).toBe(404);
  });

  it('with the token selects dispatch.v1 and forwards events from the core', async () => {
    const ws = await connect(['dispatch.v1', `token.${TOKEN}`], { origin: `http://localhost:${t.port}` });
    expect(ws.protocol).toBe('dispatch.v1');
    const message = nextMessage(ws);
    t.core.events.publish('jobs:changed', { revision: 7, previous: 0, ids: ['job-1'], jobs: [], removed: ['job-1'] });
    expect(await message).toEqual({ event: 'jobs:changed', payload: { revision: 7, previous: 0, ids: ['job-1'], jobs: [], removed: ['job-1'] } });

    // A committed change in the real core reaches the socket as well.
    const changed = nextMessage(ws);
    const created = await t.core.call('clients:create', { name: 'Acme', contract: { type: 'time-and-materials', hourlyRateMinor: 9500 }, slaTier: 'standard' });
    expect(created.ok, JSON.stringify(created)).toBe(true);
    expect(await changed).toMatchObject({ event: 'clients:changed' });
    ws.close();
    await closed(ws);
  });

  it('stops forwarding to a closed socket (unsubscribes)', async () => {
    const before = t.subscribers();
    const ws = await connect(['dispatch.v1', `token.${TOKEN}`]);
    expect(t.subscribers()).toBe(before + 1);
    ws.close();
    await closed(ws);
    await waitFor(() => t.subscribers() === before);
    // Publishing after the close must neither throw nor log a failing listener.
    t.core.events.publish('settings:changed', { revision: 1 });
    expect(t.logged.filter((l) => l.startsWith('error'))).toEqual([]);
  });

  it('drops a socket that stops answering pings', async () => {
    const ws = await connect(['dispatch.v1', `token.${TOKEN}`], { autoPong: false });
    const code = await closed(ws);
    expect(code).toBe(1006);
  });

  it('keeps a socket that answers pings', async () => {
    const ws = await connect(['dispatch.v1', `token.${TOKEN}`]);
    await new Promise((r) => setTimeout(r, 700));
    expect(ws.readyState).toBe(WebSocket.OPEN);
    ws.close();
    await closed(ws);
  });

  it('closes a socket that sends more than it may', async () => {
    const ws = await connect(['dispatch.v1', `token.${TOKEN}`]);
    ws.send('x'.repeat(10_000));
    expect(await closed(ws)).toBe(1009);
  });
});
