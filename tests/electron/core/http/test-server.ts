/**
 * Test support: a real headless transport on port 0 over a real core in a temp folder, a fake
 * renderer build next to a "secret" file it must never serve, and a raw HTTP helper (fetch would
 * normalise `..` away before the server ever saw it).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore } from '../../../../electron/core/create-core';
import type { Core } from '../../../../electron/core/create-core';
import { createHttpServer } from '../../../../electron/core/http/server';
import type { HeadlessServer, HttpServerOptions } from '../../../../electron/core/http/server';
import type { EventBus, Logger } from '../../../../electron/core/ports';
import type { Handlers } from '../../../../shared/ipc/dispatch';

export const TOKEN = 'test-token-0123456789abcdef';
/** Content of a file beside the renderer folder: finding it in any answer means a traversal worked. */
export const SECRET = 'SECRET-OUTSIDE-RENDERER';

export type TestServer = {
  core: Core;
  server: HeadlessServer;
  /** `http://127.0.0.1:<port>` */
  base: string;
  port: number;
  logged: string[];
  /** Listeners the transport currently holds on the core's bus. */
  subscribers(): number;
  close(): Promise<void>;
};

/** `wrap` lets a test put its own handler in front of the core's (e.g. one that waits). */
export async function startTestServer(extra: Partial<HttpServerOptions> = {}, wrap: (handlers: Handlers) => Handlers = (h) => h): Promise<TestServer> {
  const root = await mkdtemp(join(tmpdir(), 'dispatch-http-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Dispatch Console</title>');
  await writeFile(join(rendererDir, 'assets', 'index-abc123.js'), 'console.log("hi");');
  await writeFile(join(rendererDir, 'assets', 'style.css'), 'body{}');
  await writeFile(join(root, 'secret.txt'), SECRET);
  await writeFile(join(root, 'package.json'), JSON.stringify({ secret: SECRET }));

  const logged: string[] = [];
  const log: Logger = {
    info: (m) => logged.push(`info ${m}`),
    warn: (m) => logged.push(`warn ${m}`),
    error: (m, e) => logged.push(`error ${m} ${String(e)}`),
  };
  const core = await createCore({ dataDir: join(root, 'data'), host: 'headless', version: '0.0.0-test', log, timeZone: 'UTC' });
  // Count the transport's subscriptions so tests can see a closed socket let go of the bus.
  let subscribers = 0;
  const events: EventBus = {
    publish: (name, payload) => core.events.publish(name, payload),
    subscribe(listener) {
      subscribers++;
      const off = core.events.subscribe(listener);
      let done = false;
      return () => {
        if (!done) subscribers--;
        done = true;
        off();
      };
    },
  };
  const server = await createHttpServer({ core: { handlers: wrap(core.handlers), events }, rendererDir, sessionToken: TOKEN, host: '127.0.0.1', port: 0, log, ...extra });
  return {
    core,
    server,
    base: `http://127.0.0.1:${server.port}`,
    port: server.port,
    logged,
    subscribers: () => subscribers,
    async close() {
      await server.close();
      await core.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: string };

/** Send a request exactly as given: the path is not normalised and headers are not added. */
export function rawRequest(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** POST /api/invoke with the token and JSON content type unless overridden. */
export function invokeRaw(
  port: number,
  body: unknown,
  headers: Record<string, string | undefined> = {},
): Promise<RawResponse> {
  const all: Record<string, string | undefined> = {
    Authorization: `Bearer ${TOKEN}`,
    'Content-Type': 'application/json',
    ...headers,
  };
  const defined = Object.fromEntries(Object.entries(all).filter((e): e is [string, string] => e[1] !== undefined));
  return rawRequest(port, { method: 'POST', path: '/api/invoke', headers: defined, body: typeof body === 'string' ? body : JSON.stringify(body) });
}
