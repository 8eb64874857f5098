import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, RENDERER_CSP } from '../../../../electron/core/http/security-headers';
import { toRelativePath } from '../../../../electron/core/http/static-files';
import { rawRequest, SECRET, startTestServer } from './test-server';
import type { TestServer } from './test-server';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
});
afterAll(() => t.close());

const get = (path: string, method = 'GET') => rawRequest(t.port, { method, path, headers: { Host: `127.0.0.1:${t.port}` } });

describe('static files', () => {
  it('serves index.html for / with no-store and every security header', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Dispatch Console</title>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('serves assets with their content types', async () => {
    const js = await get('/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['cache-control']).toContain('immutable');
    expect((await get('/assets/style.css?v=1')).headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('answers a missing file or a folder with 404', async () => {
    expect((await get('/nope.js')).status).toBe(404);
    expect((await get('/assets')).status).toBe(404);
    expect((await get('/assets/')).status).toBe(404);
  });

  it('allows only GET', async () => {
    const res = await get('/', 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET');
  });

  it.each([
    '/../secret.txt',
    '/../package.json',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/package.json',
    '/..%2fsecret.txt',
    '/..%2Fpackage.json',
    '/assets/..%2f..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/..%5csecret.txt',
    '/..\\secret.txt',
    '/index.html%00.js',
    '/%00',
    '/%',
    '/%E0%A4%A',
    '//secret.txt',
    '/./index.html',
    '/assets/%2e/index-abc123.js',
    '/%252e%252e/secret.txt',
  ])('never serves a file outside the renderer for %s', async (path) => {
    const res = await get(path);
    expect([400, 404]).toContain(res.status);
    expect(res.body).not.toContain(SECRET);
  });

  it('decodes paths before checking them', () => {
    expect(toRelativePath('/')).toBe('index.html');
    expect(toRelativePath('/assets/a%20b.js')).toBe('assets/a b.js');
    expect(toRelativePath('/a/%2e%2e/b')).toBeNull();
    expect(toRelativePath('/a%00')).toBeNull();
    expect(toRelativePath('/a%5cb')).toBeNull();
  });

  it('sends the same policy as the renderer meta tag, plus frame-ancestors', async () => {
    const html = await readFile(new URL('../../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(RENDERER_CSP);
    expect(CONTENT_SECURITY_POLICY).toBe(`${RENDERER_CSP}; frame-ancestors 'none'`);
  });

  it('refuses a foreign Host header', async () => {
    const res = await rawRequest(t.port, { path: '/', headers: { Host: 'rebind.example' } });
    expect(res.status).toBe(403);
  });
});
