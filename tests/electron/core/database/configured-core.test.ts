/**
 * Both hosts start through createConfiguredCore: a database given on the command line, or the one
 * Settings → Shared database saved (with its password from the secret store), else the data file.
 * Two desks on one database: a change at one carries its desk name into the other's history, and a
 * stale edit is refused naming who changed the job.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfiguredCore } from '../../../../electron/core/database/configured-core';
import { parseDatabaseUrl } from '../../../../electron/core/database/connection-url';
import type { DatabaseConnection } from '../../../../electron/core/database/connection-url';
import { writeMachineConfig } from '../../../../electron/core/database/machine-config';
import type { Core } from '../../../../electron/core/create-core';
import { jobInput, quietLog } from '../support/harness';
import { memorySecrets } from '../support/memory-secrets';
import { postgresAvailable, startTestPostgres } from '../../../support/postgres';
import type { TestPostgres } from '../../../support/postgres';

const available = await postgresAvailable('database/configured-core.test.ts');
const manualScheduler = { every: () => () => undefined };

describe.runIf(available)('choosing the store at start', () => {
  let server: TestPostgres;
  let root: string;
  const cores: Core[] = [];
  beforeAll(async () => {
    server = await startTestPostgres();
    root = await mkdtemp(join(tmpdir(), 'configured-core-'));
  });
  afterAll(async () => {
    for (const core of cores) await core.close().catch(() => undefined);
    await server?.stop();
    await rm(root, { recursive: true, force: true });
  });

  const base = (name: string) => ({ dataDir: join(root, name), host: 'headless' as const, version: '0.0.0-test', log: quietLog, scheduler: manualScheduler });

  it('two desks on one database: history and CONFLICT name the dispatcher and desk', async () => {
    const url = await server.createDatabase('desks');
    const parsed = parseDatabaseUrl(url);
    if (!parsed.ok) throw new Error(parsed.message);
    const connection: DatabaseConnection = parsed.value;

    // Desk 1 from the command line; desk 2 from its saved settings and secret store.
    const one = await createConfiguredCore({ ...base('desk1'), connection, desk: { desk: 'desk 1', dispatcher: 'Lee' } });
    cores.push(one);
    const secrets = memorySecrets();
    await secrets.set('database-password', connection.password);
    const { password: _p, ...fields } = connection;
    await writeMachineConfig(join(root, 'desk2'), { use: 'database', connection: { ...fields, caFile: null }, desk: 'desk 2', dispatcher: 'Sam' });
    const two = await createConfiguredCore({ ...base('desk2'), secrets });
    cores.push(two);
    expect(two.store.status()).toMatchObject({ backend: 'postgres' });
    const view = await two.call('database:settings', {});
    expect(view).toMatchObject({ ok: true, value: { use: 'database', running: { kind: 'database', desk: 'desk 2' }, restartNeeded: false, desk: 'desk 2' } });
    // The header names the desk the console runs as: from --desk when nothing is saved.
    expect(await one.call('database:settings', {})).toMatchObject({ ok: true, value: { desk: '', running: { kind: 'database', desk: 'desk 1' } } });

    await one.call('sample:load', {});
    const created = await one.call('jobs:create', { ...jobInput(), clientId: one.store.read().clients[0]!.id, siteId: null, contactId: null });
    if (!created.ok) throw new Error(created.error.message);
    const job = created.value;
    // Desk 2 sees the job, then moves it.
    await expect.poll(() => two.store.read().jobs.some((j) => j.id === job.id), { timeout: 5000 }).toBe(true);
    const tech = two.store.read().technicians[0]!.id;
    const moved = await two.call('schedule:assign', { jobId: job.id, technicianId: tech, start: '2026-12-07T10:00:00.000Z', expectedRevision: 1 });
    expect(moved).toMatchObject({ ok: true });
    await expect.poll(() => one.store.read().jobs.find((j) => j.id === job.id)?.revision, { timeout: 5000 }).toBe(2);
    expect(one.store.read().jobs.find((j) => j.id === job.id)!.history.map((e) => e.by)).toEqual(['Lee at desk 1', 'Sam at desk 2']);

    // Desk 1 edits from the revision it saw before: refused, naming Sam at desk 2.
    const stale = await one.call('jobs:update', { id: job.id, patch: { title: 'Stale edit of the printer job' }, expectedRevision: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringMatching(/by Sam at desk 2 at \d\d:\d\d/) } });
  });

  it('without a database anywhere, the data folder’s file', async () => {
    const core = await createConfiguredCore({ ...base('alone') });
    cores.push(core);
    expect(core.store.status().backend ?? 'file').toBe('file');
  });
});
