/**
 * Serves the built renderer (`out/renderer`). These files hold no data, so they need no token: the
 * page has to load before it can read the token from its own URL. What they must never do is reach
 * outside the folder, hence the layered path checks below.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import type { Logger } from '../ports';
import { sendFailure } from './respond';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The content type for a file name; unknown kinds are served as opaque bytes (and never sniffed). */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Turn a raw request path into a path relative to the renderer folder, or null if it is malformed
 * or tries to climb out. Checked after percent-decoding, so `%2e%2e`, `..%2f` and `%00` are caught
 * the same as their plain forms; backslashes are refused outright (a separator on Windows).
 */
export function toRelativePath(rawPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((s) => s === '..' || s === '.')) return null;
  return decoded === '/' ? 'index.html' : segments.join('/');
}

export type StaticFiles = {
  serve(req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void>;
};

/**
 * Serve files from `rootDir`. Throws at start if the folder does not exist (the renderer was not
 * built), so the host can say so instead of answering every page with 404.
 */
export async function createStaticFiles(rootDir: string, log: Logger): Promise<StaticFiles> {
  let root: string;
  try {
    root = await realpath(rootDir);
  } catch {
    throw new Error(`The renderer build was not found at ${rootDir}. Build it first: npm run build`);
  }

  const inside = (path: string) => path.startsWith(root + sep);

  return {
    async serve(req, res, rawPath) {
      if (req.method !== 'GET') {
        sendFailure(res, 405, 'BAD_INPUT', 'Only GET is allowed here.', { Allow: 'GET' });
        return;
      }
      const relative = toRelativePath(rawPath);
      if (relative === null) {
        sendFailure(res, 400, 'BAD_INPUT', 'Bad path.');
        return;
      }
      // Belt and braces: even a path that passed the segment checks must resolve inside the root,
      // and so must its real path (a symlink in the build must not lead elsewhere).
      const candidate = resolve(root, relative);
      let file: string;
      try {
        if (!inside(candidate)) throw new Error('outside');
        file = await realpath(candidate);
        if (!inside(file) || !(await stat(file)).isFile()) throw new Error('not a file');
      } catch {
        sendFailure(res, 404, 'NOT_FOUND', 'Not found.');
        return;
      }
      const size = (await stat(file)).size;
      const isIndex = relative === 'index.html';
      res.writeHead(200, {
        'Content-Type': contentTypeFor(file),
        'Content-Length': size,
        // index.html names the current hashed bundles: always fetch it again. Hashed assets never
        // change under the same name; anything else is revalidated.
        'Cache-Control': isIndex ? 'no-store' : relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      const stream = createReadStream(file);
      stream.on('error', (error) => {
        log.error(`Could not read ${relative}`, error);
        res.destroy();
      });
      stream.pipe(res);
    },
  };
}
