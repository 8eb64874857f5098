/**
 * The Electron app's intake server: a plain HTTP server that answers `POST /api/v1/jobs` and the
 * technicians' calendar feeds (`GET /api/v1/calendars/…`) and nothing else. No renderer files, no
 * `/api/invoke`, no event socket: a machine that can reach this port can at most create jobs with
 * the intake token and read the feed a feed token opens. (The headless host serves the same routes
 * on its console server instead.)
 */
import { createServer } from 'node:http';
import { admitRequest } from './admit-request';
import { listen, refuseUpgrade } from './listen';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Logger } from '../ports';
import { allowedHostNames, createOriginPolicy, localMachineNames } from './origin-policy';
import type { OriginPolicy } from './origin-policy';
import { sendFailure } from './respond';
import { matchRoute } from './router';
import type { Route } from './router';

export type IntakeServerOptions = {
  /** The intake route (see `createIntakeRoute`) and the calendar feed route. */
  routes: readonly Route[];
  /** `127.0.0.1` unless the user chose to accept jobs from other machines (`0.0.0.0`). */
  host: string;
  /** 0 binds any free port (tests). */
  port: number;
  /** Names besides loopback and the bound address; on `0.0.0.0` without them, this computer's own names. */
  allowedHosts?: readonly string[];
  log: Logger;
};

export type RunningIntakeServer = {
  port: number;
  host: string;
  /** Stop accepting and close open connections. Safe to call twice. */
  close(): Promise<void>;
};

/** Start listening; rejects with the listen error (EADDRINUSE, EACCES…) if the port cannot be bound. */
export async function startIntakeServer(options: IntakeServerOptions): Promise<RunningIntakeServer> {
  const { routes, log } = options;
  let origins: OriginPolicy | null = null;

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = admitRequest(req, res, origins);
    if (!target) return;
    const match = matchRoute(routes, req.method ?? '', target.path);
    if (match.kind === 'wrong-method') {
      return sendFailure(res, 405, 'BAD_INPUT', 'Method not allowed.', { Allow: match.allow.join(', ') });
    }
    if (match.kind === 'none') return sendFailure(res, 404, 'NOT_FOUND', `This port only serves ${routes.map((r) => `${r.method} ${r.path}${r.prefix ? '…' : ''}`).join(' and ')}.`);
    return match.route.handle(req, res, { path: target.path, query: target.query, origins: target.origins, log });
  }

  const server: Server = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      log.error(`Intake request ${req.method} ${req.url?.slice(0, 200)} failed`, error);
      if (!res.headersSent) sendFailure(res, 500, 'INTERNAL', 'Something went wrong.');
      else res.destroy();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 20_000;
  // No upgrades here (no event socket): refuse them outright.
  server.on('upgrade', (_req, socket) => {
    refuseUpgrade(socket);
  });

  const port = await listen(server, options.port, options.host, 'intake server');
  origins = createOriginPolicy(options.host, port, allowedHostNames(options.host, options.allowedHosts ?? [], localMachineNames()));
  server.on('error', (error) => log.error('Intake server error', error));

  let closing: Promise<void> | null = null;
  return {
    port,
    host: options.host,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
