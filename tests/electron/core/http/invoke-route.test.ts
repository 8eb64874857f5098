import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeRaw, rawRequest, startTestServer, TOKEN } from './test-server';
import type { TestServer } from './test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ maxBodyBytes: 1024 * 1024 });
});
afterAll(() => t.close());

type Answer = { ok: boolean; value?: unknown; error?: { code: string; message: string; issues?: unknown[] } };
const json = (body: string) => JSON.parse(body) as Answer;

describe('POST /api/invoke', () => {
  it('answers a good call with the Result of the handler', async () => {
    const res = await invokeRaw(t.port, { channel: 'app:info', input: {} });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(json(res.body)).toMatchObject({ ok: true, value: { host: 'headless', version: '0.0.0-test' } });
  });

  it('accepts an omitted input for channels without one', async () => {
    const res = await invokeRaw(t.port, { channel: 'data:status' });
    expect(json(res.body)).toMatchObject({ ok: true, value: { empty: true } });
  });

  it.each([
    ['missing', undefined],
    ['wrong', 'Bearer not-the-token-at-all-000'],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['not a bearer', `Basic ${TOKEN}`],
  ])('refuses a %s token with 401', async (_label, authorization) => {
    const res = await invokeRaw(t.port, { channel: 'app:info', input: {} }, { Authorization: authorization });
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer');
    expect(json(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it.each(['http://evil.example', 'http://127.0.0.1:1', 'null', 'https://127.0.0.1'])('refuses Origin %s with 403', async (origin) => {
    const res = await invokeRaw(t.port, { channel: 'app:info', input: {} }, { Origin: origin });
    expect(res.status).toBe(403);
    expect(json(res.body).error?.code).toBe('FORBIDDEN');
  });

  it('accepts our own origin under its loopback names', async () => {
    for (const origin of [`http://127.0.0.1:${t.port}`, `http://localhost:${t.port}`, `http://[::1]:${t.port}`]) {
      const res = await invokeRaw(t.port, { channel: 'app:info', input: {} }, { Origin: origin });
      expect(res.status, origin).toBe(200);
    }
  });

  it('refuses a foreign Host header (DNS rebinding) with 403', async () => {
    const res = await invokeRaw(t.port, { channel: 'app:info', input: {} }, { Host: `evil.example:${t.port}` });
    expect(res.status).toBe(403);
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', undefined])(
    'refuses content type %s with 415',
    async (type) => {
      const res = await invokeRaw(t.port, { channel: 'app:info', input: {} }, { 'Content-Type': type });
      expect(res.status).toBe(415);
    },
  );

  it('accepts application/json with a charset', async () => {
    const res = await invokeRaw(t.port, { channel: 'app:info', input: {} }, { 'Content-Type': 'application/json; charset=UTF-8' });
    expect(res.status).toBe(200);
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const big = JSON.stringify({ channel: 'app:info', input: { pad: 'x'.repeat(1024 * 1024) } });
    const res = await invokeRaw(t.port, big);
    expect(res.status).toBe(413);
    expect(json(res.body).error?.code).toBe('BAD_INPUT');
  });

  it('refuses a body declared far too large before reading it', async () => {
    const res = await fetch(`${t.base}/api/invoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: 'x'.repeat(9 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
  });

  it.each(['{', '', 'nope', '{"channel":'])('refuses malformed JSON %j with 400', async (body) => {
    const res = await invokeRaw(t.port, body);
    expect(res.status).toBe(400);
    expect(json(res.body).error?.code).toBe('BAD_INPUT');
  });

  it.each(['[]', '"app:info"', 'null', '42'])('refuses a body that is not an object (%s) with 400', async (body) => {
    expect((await invokeRaw(t.port, body)).status).toBe(400);
  });

  it.each(['nope:nope', '__proto__', 'constructor', 42])('answers an unknown channel %j with FORBIDDEN', async (channel) => {
    const res = await invokeRaw(t.port, { channel, input: {} });
    expect(res.status).toBe(200);
    expect(json(res.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('answers bad input with BAD_INPUT and the field issues', async () => {
    const res = await invokeRaw(t.port, { channel: 'jobs:create', input: { title: '' } });
    expect(res.status).toBe(200);
    const body = json(res.body);
    expect(body.error?.code).toBe('BAD_INPUT');
    expect(body.error?.issues?.length).toBeGreaterThan(0);
  });

  it('never echoes a stack trace', async () => {
    const res = await invokeRaw(t.port, { channel: 'jobs:get', input: { id: 'missing' } });
    expect(json(res.body).ok).toBe(false);
    expect(res.body).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('allows only POST (405) and answers unknown API paths with a JSON 404', async () => {
    const get = await rawRequest(t.port, { path: '/api/invoke', headers: { Host: `127.0.0.1:${t.port}` } });
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    const missing = await rawRequest(t.port, { path: '/api/nope', headers: { Host: `127.0.0.1:${t.port}` } });
    expect(missing.status).toBe(404);
    expect(json(missing.body).error?.code).toBe('NOT_FOUND');
  });

  it('puts the security headers on API answers too', async () => {
    const res = await invokeRaw(t.port, { channel: 'app:info', input: {} }, { Authorization: undefined });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });
});
