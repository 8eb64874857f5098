/**
 * The intake route on the Electron app's intake-only server, over a real core in a temp folder:
 * every refusal has its status and creates nothing; accepted jobs are on disk before the answer.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { validateDocument } from '../../../../shared/schemas/document';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import { createCore } from '../../../../electron/core/create-core';
import type { Core } from '../../../../electron/core/create-core';
import { createIntakeRoute, INTAKE_PATH } from '../../../../electron/core/http/intake-route';
import type { IntakeRouteOptions } from '../../../../electron/core/http/intake-route';
import { createRateLimiter } from '../../../../electron/core/http/intake-rate-limit';
import { startIntakeServer } from '../../../../electron/core/http/intake-server';
import type { RunningIntakeServer } from '../../../../electron/core/http/intake-server';
import { quietLog } from '../support/harness';
import { rawRequest } from './test-server';
import type { RawResponse } from './test-server';

const INTAKE = 'intake-token-0123456789abcdef';

let root: string;
let core: Core;
let server: RunningIntakeServer;

async function start(extra: Partial<IntakeRouteOptions> = {}): Promise<void> {
  const route = createIntakeRoute({ submit: (input) => core.services.intake.submit(input), token: () => INTAKE, ...extra });
  server = await startIntakeServer({ route, host: '127.0.0.1', port: 0, log: quietLog });
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'dispatch-intake-'));
  core = await createCore({ dataDir: join(root, 'data'), host: 'electron', version: '0.0.0-test', log: quietLog, timeZone: 'UTC' });
  const client = await core.call('clients:create', { name: 'Harbour Dental Practice', contractType: 'managed', slaTier: 'standard', hourlyRate: 90 });
  if (!client.ok) throw new Error(client.error.message);
});

afterEach(async () => {
  await server?.close();
  await core.close();
  await rm(root, { recursive: true, force: true });
});

const job = (extra: Record<string, unknown> = {}) => ({ client: 'harbour dental practice', title: 'Server down', priority: 'P1', category: 'hardware', ...extra });

function post(body: unknown, headers: Record<string, string> = {}, path = INTAKE_PATH): Promise<RawResponse> {
  return rawRequest(server.port, {
    method: 'POST',
    path,
    headers: { Authorization: `Bearer ${INTAKE}`, 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function onDisk(): Promise<DispatchDocument> {
  const data = JSON.parse(await readFile(join(root, 'data', 'dispatch.json'), 'utf8')) as unknown;
  const checked = validateDocument(data);
  if (!checked.ok) throw new Error(checked.reason);
  return checked.value;
}

describe('POST /api/v1/jobs', () => {
  it('creates the job (201) and it is on disk when the answer arrives; a repeat is 200 with the same job', async () => {
    await start();
    const first = await post(job({ externalRef: 'TCK-1' }));
    expect(first.status).toBe(201);
    const created = JSON.parse(first.body) as { ok: boolean; created: boolean; job: { id: string; externalRef: string } };
    expect(created).toMatchObject({ ok: true, created: true, job: { externalRef: 'TCK-1' } });
    expect((await onDisk()).jobs.map((j) => j.id)).toEqual([created.job.id]);

    const again = await post(job({ externalRef: 'TCK-1' }));
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toMatchObject({ ok: true, created: false, job: { id: created.job.id } });
    expect((await onDisk()).jobs).toHaveLength(1);
  });

  it.each<[string, () => Promise<RawResponse>, number, RegExp]>([
    ['no token', () => post(job(), { Authorization: '' }), 401, /Authorization: Bearer/],
    ['a wrong token', () => post(job(), { Authorization: 'Bearer not-the-intake-token-at-all' }), 401, /intake token is wrong/],
    ['text/plain', () => post(job(), { 'Content-Type': 'text/plain' }), 415, /application\/json/],
    ['malformed JSON', () => post('{"client": "x",'), 400, /not valid JSON/],
    ['a JSON array', () => post([job()]), 400, /fix these fields: \(root\)/],
    ['schema errors', () => post(job({ priority: 'urgent', title: '' })), 400, /fix these fields: title, priority/],
    ['an unknown client', () => post(job({ client: 'Acme Ltd' })), 422, /no client with the id or name "Acme Ltd"/],
    ['a body over 64 KiB', () => post(job({ description: 'x'.repeat(70 * 1024) })), 413, /larger than 64 KiB/],
  ])('refuses %s with %s… and creates nothing', async (_name, send, status, message) => {
    await start();
    const before = await onDisk();
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const answer = JSON.parse(res.body) as { ok: boolean; error: { code: string; message: string } };
    expect(answer.ok).toBe(false);
    expect(answer.error.message).toMatch(message);
    if (status === 401) expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(await onDisk()).toEqual(before);
  });

  it('lists each bad field in issues', async () => {
    await start();
    const res = await post(job({ priority: 'urgent', estimateMinutes: 1, colour: 'red' }));
    expect(JSON.parse(res.body)).toMatchObject({
      error: {
        code: 'BAD_INPUT',
        issues: [
          { path: 'priority', message: expect.any(String) },
          { path: 'estimateMinutes', message: 'at least 5 minutes' },
          { path: 'colour', message: 'unknown field' },
        ],
      },
    });
  });

  it('stops a runaway caller with 429 and Retry-After, and lets it in again once the bucket refills', async () => {
    let now = 0;
    await start({ rateLimit: { perSecond: 2, burst: 3 }, now: () => now });
    for (let i = 0; i < 3; i++) expect((await post('not json')).status).toBe(400);
    const limited = await post(job());
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('1');
    expect((await onDisk()).jobs).toHaveLength(0);
    now += 1000;
    expect((await post(job())).status).toBe(201);
  });

  it('reads the token on every request: a regenerated token applies at once, and null means intake is off', async () => {
    let token: string | null = INTAKE;
    await start({ token: () => token });
    token = 'the-new-token-0123456789';
    expect((await post(job())).status).toBe(401);
    expect((await post(job(), { Authorization: 'Bearer the-new-token-0123456789' })).status).toBe(201);
    token = null;
    expect((await post(job(), { Authorization: 'Bearer the-new-token-0123456789' })).status).toBe(401);
  });

  it('serves nothing else on the intake-only server', async () => {
    await start();
    expect((await rawRequest(server.port, { path: '/' })).status).toBe(404);
    expect((await rawRequest(server.port, { path: '/index.html' })).status).toBe(404);
    expect((await post({ channel: 'queue:list', input: {} }, {}, '/api/invoke')).status).toBe(404);
    expect((await rawRequest(server.port, { method: 'GET', path: INTAKE_PATH })).status).toBe(405);
    // DNS rebinding: a foreign Host name is refused on loopback.
    expect((await post(job(), { Host: 'evil.example:80' })).status).toBe(403);
  });
});

describe('createRateLimiter', () => {
  it('allows a burst, then refills at the sustained rate, per key', () => {
    let now = 0;
    const limiter = createRateLimiter({ perSecond: 200, burst: 1000 }, () => now);
    for (let i = 0; i < 1000; i++) expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('b').ok).toBe(true);
    now += 50; // 10 tokens
    for (let i = 0; i < 10; i++) expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
  });
});
