import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/create-core';
import type { Core } from '../../../electron/core/create-core';
import { StoreLockedError } from '../../../electron/core/store/errors';
import type { EventName } from '../../../shared/ipc/events';
import { quietLog } from './support/harness';
import { readCommittedDocument } from '../../../electron/core/store/read-committed';

const clock = { now: () => new Date('2026-11-25T10:00:00.000Z') };
let dir: string;
const open: Core[] = [];

async function start(): Promise<Core> {
  const core = await createCore({ dataDir: dir, host: 'headless', version: '1.2.3', clock, log: quietLog, timeZone: 'Europe/London' });
  open.push(core);
  return core;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dispatch-core-'));
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('createCore', () => {
  it('starts a brand-new data file in the given time zone and reports the host', async () => {
    const core = await start();
    expect(await core.call('app:info', {})).toEqual({ ok: true, value: { version: '1.2.3', host: 'headless', dataDir: dir } });
    expect(await core.call('settings:get', {})).toMatchObject({ ok: true, value: { timeZone: 'Europe/London', sampleOffered: false } });
    expect(await core.call('data:status', {})).toMatchObject({ ok: true, value: { empty: true, recovery: null, revision: 0 } });
  });

  it('keeps a job across close and reopen, on disk', async () => {
    const first = await start();
    const seen: EventName[] = [];
    first.events.subscribe((name) => seen.push(name));
    const client = await first.call('clients:create', { name: 'Harbour Dental Practice', contract: { type: 'managed', hourlyRateMinor: 9500 }, slaTier: 'standard' });
    if (!client.ok) throw new Error(client.error.message);
    const job = await first.call('jobs:create', { clientId: client.value.id, title: 'Server backup failing', category: 'software', priority: 'P2', estimateMinutes: 60 });
    if (!job.ok) throw new Error(job.error.message);
    expect(seen).toEqual(['clients:changed', 'jobs:changed']);
    await first.close();

    const onDisk = (await readCommittedDocument(dir)) as { jobs: { number: string }[] };
    expect(onDisk.jobs.map((j) => j.number)).toEqual(['J-1001']);

    const second = await start();
    expect(await second.call('jobs:get', { id: job.value.id })).toEqual({ ok: true, value: job.value });
    const next = await second.call('jobs:create', { clientId: client.value.id, title: 'Printer offline', category: 'printer', priority: 'P4', estimateMinutes: 30 });
    expect(next).toMatchObject({ ok: true, value: { number: 'J-1002' } });
  });

  it('loads the sample shop into a new file and it survives a reopen', async () => {
    const first = await start();
    const loaded = await first.call('sample:load', {});
    const jobs = first.store.read().jobs;
    // Today's 30 calls (after the closed-out week before them), plus the maintenance visits due as of today.
    expect(jobs.filter((j) => !j.maintenance && j.visits.length === 0 && j.followUpOf === null)).toHaveLength(30);
    expect(loaded).toEqual({ ok: true, value: { clients: 5, technicians: 8, jobs: jobs.length } });
    await first.close();
    const second = await start();
    const status = await second.call('data:status', {});
    expect(status).toMatchObject({ ok: true, value: { empty: false, sampleOffered: true, recovery: null } });
    expect(second.store.read().jobs).toHaveLength(jobs.length);
    expect(second.store.read().maintenancePlans).toHaveLength(4);
  });

  it('refuses a second core on the same folder while the first is open', async () => {
    await start();
    await expect(createCore({ dataDir: dir, host: 'headless', version: '1.2.3', clock, log: quietLog })).rejects.toBeInstanceOf(StoreLockedError);
  });

  it('restores a manual backup through the contract and announces data:reset', async () => {
    const core = await start();
    const backup = await core.call('backups:create', {});
    if (!backup.ok) throw new Error(backup.error.message);
    await core.call('clients:create', { name: 'Abbey Vets', contract: { type: 'time-and-materials', hourlyRateMinor: 8000 }, slaTier: 'standard' });
    const seen: EventName[] = [];
    core.events.subscribe((name) => seen.push(name));
    const restored = await core.call('backups:restore', { name: backup.value.name });
    expect(restored).toMatchObject({ ok: true, value: { empty: true } });
    expect(core.store.read().clients).toEqual([]);
    expect(seen).toEqual(['data:reset']);
  });
});
