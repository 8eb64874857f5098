/**
 * The `app://dispatch/` protocol: serves the built renderer (out/renderer) to the main window.
 * A custom standard+secure scheme instead of `file://` gives the page a real origin (so CSP
 * 'self', the IPC origin check and navigation guards mean something) and keeps it from reading
 * arbitrary local files the way a `file://` page could.
 */
import type { Privileges, Protocol } from 'electron';
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../core/http/security-headers';
import { contentTypeFor, toRelativePath } from '../../core/http/static-files';
import { APP_HOST, APP_SCHEME } from '../app-origin';

/** Privileges for the scheme: a normal secure web origin, nothing more (no CSP bypass, no service workers). */
export const APP_SCHEME_PRIVILEGES: Privileges = Object.freeze({
  standard: true,
  secure: true,
  supportFetchAPI: true,
  codeCache: true,
});

/** Must run before `app` is ready: Chromium reads the scheme list at startup. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}

// The same policy the headless host sends (renderer/index.html's meta CSP plus frame-ancestors
// 'none', which only a header can carry): one definition, kept equal to the meta tag by a test.
const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });

/** Is `candidate` `root` itself or inside it? (`relative` never starts with `..` for a path inside.) */
function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Map a request URL to a file under `root`, or null when it must be refused: wrong scheme or
 * host, undecodable or NUL-containing path, or anything that resolves outside `root` (`..`,
 * encoded `%2e%2e%2f`, backslashes on Windows, absolute paths).
 */
export function resolveRequestPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  // The same path rules as the headless host's static files: decoded once, no `..`, `.`, NUL or
  // backslash segments.
  const rel = toRelativePath(url.pathname === '' ? '/' : url.pathname);
  if (rel === null) return null;
  const file = resolve(root, rel);
  return isInside(root, file) && file !== root ? file : null;
}

/**
 * The `protocol.handle` handler: GET/HEAD of files under `root` with the CSP header; 403 for
 * anything that would leave `root` (also through a symlink), 404 for what is not there.
 */
export function createAppRequestHandler(root: string): (request: Request) => Promise<Response> {
  const absRoot = resolve(root);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveRequestPath(absRoot, request.url);
    if (!file) return plain(403, 'Forbidden');
    try {
      // Resolve symlinks on both sides: a link inside out/renderer must not lead outside it.
      const [realRoot, realFile] = await Promise.all([realpath(absRoot), realpath(file)]);
      if (!isInside(realRoot, realFile)) return plain(403, 'Forbidden');
      if (!(await stat(realFile)).isFile()) return plain(404, 'Not found');
      const body = request.method === 'HEAD' ? null : await readFile(realFile);
      const type = contentTypeFor(realFile);
      return new Response(body, { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': type } });
    } catch {
      return plain(404, 'Not found');
    }
  };
}

/** Serve `root` on `app://dispatch/`. Call after `app` is ready. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(root));
}
