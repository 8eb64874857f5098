/**
 * The headless host's routes. API routes are listed in a table (method + exact path), each doing
 * its own authentication: the session API wants the session token from our own origin, while a
 * later public intake route (`POST /api/v1/jobs`) will want its own token from other machines.
 * Anything that is not under `/api/` is a static file of the renderer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from '../ports';
import type { OriginPolicy } from './origin-policy';

/** Everything a route needs besides the request itself. */
export type RouteContext = {
  /** Path as sent (not decoded), without the query. */
  path: string;
  query: URLSearchParams;
  origins: OriginPolicy;
  log: Logger;
};

export type Route = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The exact path, or with `prefix` the start of every path the route answers (it parses the rest itself). */
  path: string;
  prefix?: boolean;
  handle(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> | void;
};

/** Paths under this prefix are API routes; a miss is a JSON 404, never a static file. */
export const API_PREFIX = '/api/';

export type RouteMatch = { kind: 'route'; route: Route } | { kind: 'wrong-method'; allow: string[] } | { kind: 'none' };

/** Find the route for `method path`, telling "no such path" from "path exists, other method". */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const forPath = routes.filter((r) => (r.prefix ? path.startsWith(r.path) : r.path === path));
  const route = forPath.find((r) => r.method === method);
  if (route) return { kind: 'route', route };
  if (forPath.length > 0) return { kind: 'wrong-method', allow: forPath.map((r) => r.method) };
  return { kind: 'none' };
}

/** Split `req.url` into its raw path and query, or null if it is not an origin-form path. */
export function splitTarget(target: string | undefined): { path: string; query: URLSearchParams } | null {
  // Absolute-form (`GET http://x/ HTTP/1.1`) and `*` are proxy/OPTIONS forms we do not serve. A
  // path starting with `//` would parse as a host if ever fed to `new URL`, so it is refused too.
  if (!target || !target.startsWith('/') || target.startsWith('//')) return null;
  const q = target.indexOf('?');
  const path = q === -1 ? target : target.slice(0, q);
  return { path, query: new URLSearchParams(q === -1 ? '' : target.slice(q + 1)) };
}
