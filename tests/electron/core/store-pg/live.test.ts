/**
 * Two desks on one database, each a whole core: what one commits reaches the other's memory and
 * its views as the same push events a local change publishes; a dropped listening connection is
 * noticed, reconnected and caught up, with the status going through `reconnecting` and back.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EventMap, EventName } from '../../../../shared/ipc/events';
import { createCore, type Core } from '../../../../electron/core/create-core';
import { openPostgresStore } from '../../../../electron/core/store-pg/open-postgres-store';
import { fill } from '../store/contract/store-contract';
import { fixtureDocument, jobInput, quietLog } from '../support/harness';
import { postgresAvailable, startTestPostgres, type TestPostgres } from '../../../support/postgres';

const available = await postgresAvailable('store-pg/live.test.ts');
const manualScheduler = { every: () => () => undefined };

type Desk = { core: Core; events: Array<{ name: EventName; payload: EventMap[EventName] }>; dir: string };

describe.runIf(available)('shared store: live changes between desks', () => {
  let server: TestPostgres;
  const desks: Desk[] = [];

  beforeAll(async () => {
    server = await startTestPostgres();
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(async () => {
    for (const desk of desks.splice(0)) {
      await desk.core.close().catch(() => undefined);
      await rm(desk.dir, { recursive: true, force: true });
    }
  });

  async function desk(url: string, hostId: string): Promise<Desk> {
    const store = await openPostgresStore({ connectionString: url, hostId, onWarning: () => undefined, reconnect: { initialMs: 50, maxMs: 200, unreachableAfterMs: 1_000 } });
    const dir = await mkdtemp(join(tmpdir(), 'dispatch-desk-'));
    const core = await createCore({ dataDir: dir, host: 'headless', version: '0.0.0-test', log: quietLog, openedStore: store, scheduler: manualScheduler });
    const events: Desk['events'] = [];
    core.events.subscribe((name, payload) => events.push({ name, payload }));
    const d = { core, events, dir };
    desks.push(d);
    return d;
  }

  async function twoDesks(): Promise<[Desk, Desk, string]> {
    const url = await server.createDatabase('live');
    const one = await desk(url, 'desk-1');
    await fill(one.core.store, fixtureDocument());
    const two = await desk(url, 'desk-2');
    return [one, two, url];
  }

  it('publishes jobs:changed with the job on the other desk, and technicians:changed for a technician', async () => {
    const [one, two] = await twoDesks();
    const created = await one.core.call('jobs:create', jobInput());
    if (!created.ok) throw new Error(created.error.message);
    await expect.poll(() => two.events.find((e) => e.name === 'jobs:changed')?.payload, { timeout: 5_000 }).toMatchObject({ ids: [created.value.id], jobs: [{ id: created.value.id, number: 'J-1001' }] });
    expect(two.core.store.read().jobs.map((j) => j.number)).toEqual(['J-1001']);

    await one.core.store.mutate((doc) => {
      doc.technicians[0]!.name = 'Alex Chen-Morgan';
    });
    await expect.poll(() => two.events.some((e) => e.name === 'technicians:changed'), { timeout: 5_000 }).toBe(true);
    expect(two.core.store.read().technicians[0]!.name).toBe('Alex Chen-Morgan');
    // The desk that made the changes heard nothing from the database about them.
    expect(one.events.filter((e) => e.name === 'technicians:changed')).toEqual([]);
  });

  it('acknowledging an alert at one desk acknowledges it for the shop', async () => {
    const [one, two] = await twoDesks();
    const created = await one.core.call('jobs:create', jobInput({ priority: 'P1' }));
    if (!created.ok) throw new Error(created.error.message);
    const acknowledgedAt = async (d: Desk) => {
      const list = await d.core.call('alerts:list', {});
      if (!list.ok) throw new Error(list.error.message);
      return list.value.urgent.find((u) => u.jobId === created.value.id)?.acknowledged;
    };
    await expect.poll(() => acknowledgedAt(two), { timeout: 5_000 }).toBe(false);
    const ack = await one.core.call('alerts:ack', { jobId: created.value.id });
    expect(ack.ok).toBe(true);
    await expect.poll(() => acknowledgedAt(two), { timeout: 5_000 }).toBe(true);
    expect(two.events.some((e) => e.name === 'alerts:changed')).toBe(true);
  });

  it('reconnects after its listening connection is killed and catches up on what it missed', async () => {
    const [one, two, url] = await twoDesks();
    const states: string[] = [];
    two.core.events.subscribe((name, payload) => {
      if (name === 'data:reset') states.push(String((payload as EventMap['data:reset']).connection));
    });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      // End desk 2's LISTEN session, and commit on desk 1 while it is away.
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`);
      const created = await one.core.call('jobs:create', jobInput({ title: 'Made while desk 2 was away' }));
      if (!created.ok) throw new Error(created.error.message);
      await expect.poll(() => two.core.store.read().jobs.map((j) => j.title), { timeout: 10_000 }).toContain('Made while desk 2 was away');
      await expect.poll(() => two.core.store.status().connection, { timeout: 10_000 }).toBe('connected');
      expect(states).toContain('reconnecting');
    } finally {
      await admin.end();
    }
  });
});
