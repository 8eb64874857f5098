/**
 * Test support for the intake route: a real core in a temp folder with one client, the intake-only
 * server on port 0, a POST helper and a reader of the data file as it is on disk.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDocument } from '../../../../shared/schemas/document';
import type { DispatchDocument } from '../../../../shared/schemas/document';
import { createCore } from '../../../../electron/core/create-core';
import type { Core } from '../../../../electron/core/create-core';
import { createIntakeRoute, INTAKE_PATH } from '../../../../electron/core/http/intake-route';
import type { IntakeRouteOptions } from '../../../../electron/core/http/intake-route';
import { startIntakeServer } from '../../../../electron/core/http/intake-server';
import type { RunningIntakeServer } from '../../../../electron/core/http/intake-server';
import { quietLog } from '../support/harness';
import { rawRequest } from './test-server';
import type { RawResponse } from './test-server';
import { readCommittedDocument } from '../../../../electron/core/store/read-committed';

export const INTAKE = 'intake-token-0123456789abcdef';

export type IntakeTestServer = {
  core: Core;
  server: RunningIntakeServer;
  post(body: unknown, headers?: Record<string, string>, path?: string): Promise<RawResponse>;
  onDisk(): Promise<DispatchDocument>;
  close(): Promise<void>;
};

/** Core + intake server; `extra` overrides route options (token, limits, clock). */
export async function startIntake(extra: Partial<IntakeRouteOptions> = {}): Promise<IntakeTestServer> {
  const root = await mkdtemp(join(tmpdir(), 'dispatch-intake-'));
  const core = await createCore({ dataDir: join(root, 'data'), host: 'electron', version: '0.0.0-test', log: quietLog, timeZone: 'UTC' });
  for (const name of ['Harbour Dental Practice', 'Whitfield & Crane Solicitors']) {
    const client = await core.call('clients:create', { name, contract: { type: 'managed', hourlyRateMinor: 9000 }, slaTier: 'standard' });
    if (!client.ok) throw new Error(client.error.message);
  }
  const route = createIntakeRoute({
    submit: (input, admit) => core.services.intake.submit(input, 'api', admit),
    token: () => INTAKE,
    ...extra,
  });
  const server = await startIntakeServer({ routes: [route], host: '127.0.0.1', port: 0, log: quietLog });
  return {
    core,
    server,
    post: (body, headers = {}, path = INTAKE_PATH) =>
      rawRequest(server.port, {
        method: 'POST',
        path,
        headers: { Authorization: `Bearer ${INTAKE}`, 'Content-Type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    async onDisk() {
      const data = await readCommittedDocument(join(root, 'data'));
      const checked = validateDocument(data);
      if (!checked.ok) throw new Error(checked.reason);
      return checked.value;
    },
    async close() {
      await server.close();
      await core.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** A valid intake body for the first client. */
export const intakeJob = (extra: Record<string, unknown> = {}) => ({ client: 'harbour dental practice', title: 'Server down', priority: 'P1', category: 'hardware', ...extra });
