/**
 * The headless transport end to end: real host process, real Chromium, real files. Independent of
 * the UI's DOM: these tests only rely on the page being served from the host's origin.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { httpBridgeBundle } from './bridge-bundle';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';
import type { PageGlobals } from './page-globals';

/** A client and a job through the API, as an intake or a second console would create them. */
async function createJob(host: Host, title: string): Promise<string> {
  const client = await host.call('clients:create', { name: `Client for ${title}`, contract: { type: 'time-and-materials', hourlyRateMinor: 9500 }, slaTier: 'standard' });
  if (!client.ok) throw new Error(client.error.message);
  const job = await host.call('jobs:create', { clientId: client.value.id, title, category: 'hardware', priority: 'P2', estimateMinutes: 60 });
  if (!job.ok) throw new Error(job.error.message);
  return job.value.id;
}

test('the printed URL loads the console with its security headers, and the token leaves the address bar', async ({ page, host }) => {
  expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+$/);
  const response = await page.goto(host.url);
  expect(response?.status()).toBe(200);
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("default-src 'none'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['cache-control']).toBe('no-store');
  await expect(page).toHaveTitle('Dispatch Console');

  // The renderer takes the token on its first call and replaces the URL without it.
  await expect(page).toHaveURL(`${host.baseUrl}/`);
  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).sessionStorage.getItem('dispatch.sessionToken'))).toBe(host.token);
});

test('a job created through the API reaches the page as jobs:changed and is on disk', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page).toHaveURL(`${host.baseUrl}/`);

  // A socket of our own in the page, with the token the page stored: no dependency on the UI.
  const protocol = await page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const w = globalThis as unknown as PageGlobals;
        const token = w.sessionStorage.getItem('dispatch.sessionToken');
        const ws = new w.WebSocket(`ws://${w.location.host}/api/events`, ['dispatch.v1', `token.${token}`]);
        w.__test = { sockets: [ws], changes: [], events: [] };
        ws.onmessage = (m) => w.__test.events.push(JSON.parse(String(m.data)) as { event: string; payload: unknown });
        ws.onopen = () => resolve(ws.protocol);
        ws.onerror = () => reject(new Error('The event socket did not open.'));
      }),
  );
  expect(protocol).toBe('dispatch.v1');

  const jobId = await createJob(host, 'Printer jams on tray 2');
  await page.waitForFunction(
    (id) =>
      (globalThis as unknown as PageGlobals).__test.events.some(
        (m) => m.event === 'jobs:changed' && (m.payload as { ids: string[] }).ids.includes(id),
      ),
    jobId,
  );

  // Acknowledged means durable: the job is in the file by the time the call returned.
  const data = await host.readDataFile();
  expect(data.jobs.map((j) => j.id)).toContain(jobId);
  expect(data.jobs.find((j) => j.id === jobId)?.title).toBe('Printer jams on tray 2');
});

test.describe('the browser transport (renderer/src/api/http-bridge.ts)', () => {
  /** A page of the host's origin that is not the app, with the bridge evaluated into it. */
  async function openBridgePage(page: Page, url: string): Promise<void> {
    await page.goto(url);
    await page.evaluate(await httpBridgeBundle());
  }

  test('takes the token from the URL, calls, listens and reconnects', async ({ page, host }) => {
    await openBridgePage(page, `${host.baseUrl}/bridge-test?x=1#token=${host.token}`);
    await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      w.__test = { sockets: [], changes: [], events: [] };
      // Record every socket the bridge opens, so the test can cut one.
      const Tracking = class extends w.WebSocket {
        constructor(url: string, protocols?: string[]) {
          super(url, protocols);
          w.__test.sockets.push(this);
        }
      };
      w.__test.bridge = w.__httpBridge.createHttpBridge(w.location, { WebSocket: Tracking });
      w.__httpBridge.onConnectionChange((change) => w.__test.changes.push(change));
      w.__test.unsubscribe = w.__test.bridge.on('jobs:changed', (payload) => w.__test.events.push({ event: 'jobs:changed', payload }));
    });

    await expect(page).toHaveURL(`${host.baseUrl}/bridge-test?x=1`);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).sessionStorage.getItem('dispatch.sessionToken'))).toBe(host.token);

    const info = await page.evaluate(() => (globalThis as unknown as PageGlobals).__test.bridge!.invoke('app:info', {}));
    expect(info).toMatchObject({ ok: true, value: { host: 'headless' } });
    const refused = await page.evaluate(() => (globalThis as unknown as PageGlobals).__test.bridge!.invoke('jobs:create', { title: '' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });

    const state = () => page.evaluate(() => (globalThis as unknown as PageGlobals).__test.bridge!.connectionState());
    await expect.poll(state).toBe('open');
    const eventFor = (id: string) =>
      page.waitForFunction(
        (jobId) => (globalThis as unknown as PageGlobals).__test.events.some((e) => (e.payload as { ids: string[] }).ids.includes(jobId)),
        id,
      );
    await eventFor(await createJob(host, 'First'));

    // Cut the socket: the bridge says so, reconnects after ~1 s and says that it did.
    await page.evaluate(() => (globalThis as unknown as PageGlobals).__test.sockets[0]!.close());
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as PageGlobals).__test.changes)).toContainEqual({ state: 'reconnecting', reconnected: false });
    await expect.poll(state, { timeout: 5_000 }).toBe('open');
    const changes = await page.evaluate(() => (globalThis as unknown as PageGlobals).__test.changes);
    expect(changes.at(-1)).toEqual({ state: 'open', reconnected: true });
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).__test.sockets.length)).toBe(2);
    await eventFor(await createJob(host, 'Second'));

    // The last listener gone, the socket closes and stays closed.
    await page.evaluate(() => (globalThis as unknown as PageGlobals).__test.unsubscribe!());
    expect(await state()).toBe('closed');
  });

  test('without a token, or with a stale one, calls come back FORBIDDEN', async ({ page, host }) => {
    await openBridgePage(page, `${host.baseUrl}/bridge-test`);
    const missing = await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      return w.__httpBridge.createHttpBridge(w.location).invoke('app:info', {});
    });
    expect(missing).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Open the console from the URL the host printed (it carries the session token).' },
    });

    // A token from an earlier run of the host: the host refuses it with 401 and a Result body.
    const stale = await page.evaluate(() => {
      const w = globalThis as unknown as PageGlobals;
      w.sessionStorage.setItem('dispatch.sessionToken', 'token-from-an-earlier-run-000');
      return w.__httpBridge.createHttpBridge(w.location).invoke('app:info', {});
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

test('a page of another origin cannot open the event socket, even with the token', async ({ page, host }) => {
  // A real server on another loopback port: same computer, still not the console. (A page faked
  // with page.route would not do: Chromium treats it as a public origin and blocks the socket to
  // loopback itself, so the host's own Origin check would never be exercised.)
  const foreign = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><title>other</title>'));
  await new Promise<void>((resolve) => foreign.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(foreign.address() as AddressInfo).port}/`);
    const attempt = (token: string) =>
      page.evaluate(
        ({ base, token }) =>
          new Promise<string>((resolve) => {
            const w = globalThis as unknown as PageGlobals;
            const ws = new w.WebSocket(`${base.replace('http:', 'ws:')}/api/events`, ['dispatch.v1', `token.${token}`]);
            ws.onopen = () => {
              resolve('open');
              ws.close();
            };
            ws.onclose = (e) => resolve(`closed ${e.code}`);
          }),
        { base: host.baseUrl, token },
      );
    expect(await attempt(host.token)).toBe('closed 1006');
  } finally {
    foreign.closeAllConnections();
    await new Promise((resolve) => foreign.close(resolve));
  }
});
