import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  createAppRequestHandler,
  registerAppScheme,
  resolveRequestPath,
  serveAppProtocol,
} from '../../../electron/main/protocol/app-protocol';
import { CONTENT_SECURITY_POLICY, RENDERER_CSP } from '../../../electron/core/http/security-headers';

let base = '';
let root = '';
let handler: (request: Request) => Promise<Response>;

beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), 'dispatch-proto-'));
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'outside the renderer');
  symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  handler = createAppRequestHandler(root);
});

afterAll(() => {
  if (base) rmSync(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => handler(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves index.html for / and files with their MIME type and the CSP header', async () => {
    for (const url of ['app://dispatch/', 'app://dispatch/index.html']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await res.text()).toContain('<title>x</title>');
    }
    const js = await get('app://dispatch/assets/index-abc.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const css = await get('app://dispatch/assets/index-abc.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it.each([
    'app://dispatch/../secret.txt',
    'app://dispatch/assets/../../secret.txt',
    'app://dispatch/%2e%2e/secret.txt',
    'app://dispatch/..%2fsecret.txt',
    'app://dispatch/assets/..%2f..%2fsecret.txt',
    'app://dispatch/..%5csecret.txt',
    'app://dispatch/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://dispatch/index.html%00.js',
    'app://dispatch/%E0%A4%A',
    'app://other-host/index.html',
    'app://dispatch/assets/link.txt',
  ])('refuses %s and never returns the secret', async (url) => {
    const res = await get(url);
    expect([403, 404]).toContain(res.status);
    expect(await res.text()).not.toContain('outside the renderer');
  });

  it('refuses traversal with 403 specifically', async () => {
    expect((await get('app://dispatch/..%2fsecret.txt')).status).toBe(403);
    expect((await get('app://dispatch/assets/link.txt')).status).toBe(403);
  });

  it('answers 404 for missing files and directories, 405 for writes', async () => {
    expect((await get('app://dispatch/nope.js')).status).toBe(404);
    expect((await get('app://dispatch/assets')).status).toBe(404);
    expect((await get('app://dispatch/index.html', 'POST')).status).toBe(405);
  });

  it('resolveRequestPath keeps every result inside the root', () => {
    expect(resolveRequestPath(root, 'app://dispatch/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
    expect(resolveRequestPath(root, 'app://dispatch/')).toBe(join(root, 'index.html'));
    expect(resolveRequestPath(root, 'app://dispatch/..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveRequestPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveRequestPath(root, 'https://dispatch/index.html')).toBeNull();
  });
});

describe('app:// scheme registration', () => {
  it('registers app as standard + secure, without CSP bypass or service workers', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES.bypassCSP).toBeFalsy();
    expect(APP_SCHEME_PRIVILEGES.allowServiceWorkers).toBeFalsy();
    serveAppProtocol(protocol, root);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('CSP', () => {
  it('the header is the <meta> CSP of renderer/index.html plus frame-ancestors', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(RENDERER_CSP);
    expect(CONTENT_SECURITY_POLICY).toBe(`${RENDERER_CSP}; frame-ancestors 'none'`);
  });

  it('allows no remote origins, no eval and inline styles only', () => {
    const directives = Object.fromEntries(RENDERER_CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
