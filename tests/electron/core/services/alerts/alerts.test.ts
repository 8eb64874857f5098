import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../../../electron/core/create-core';
import type { Core } from '../../../../../electron/core/create-core';
import type { AlertSink, Scheduler } from '../../../../../electron/core/ports';
import { ALERT_CHECK_MS } from '../../../../../electron/core/services/alerts/alerts';
import { MAINTENANCE_RUN_MS } from '../../../../../electron/core/services/maintenance/maintenance';
import type { AlertsSnapshot, RaisedAlert } from '../../../../../shared/domain/alerts';
import type { EventMap, EventName } from '../../../../../shared/ipc/events';
import type { Result } from '../../../../../shared/ipc/result';
import { quietLog } from '../../support/harness';
import { readCommittedDocument } from '../../../../../electron/core/store/read-committed';

/** Wednesday 25 November 2026, 10:00 in London. */
let now = new Date('2026-11-25T10:00:00.000Z');
const clock = { now: () => new Date(now) };
const advance = (minutes: number) => (now = new Date(now.getTime() + minutes * 60_000));

/** A scheduler the test fires by hand; counts live timers so a leak after close shows. */
function manualScheduler() {
  const timers = new Set<{ ms: number; run: () => void }>();
  const scheduler: Scheduler = {
    every(ms, run) {
      const t = { ms, run };
      timers.add(t);
      return () => timers.delete(t);
    },
  };
  return { scheduler, tick: () => [...timers].forEach((t) => t.run()), live: () => timers.size, intervals: () => [...timers].map((t) => t.ms) };
}

let dir: string;
const open: Core[] = [];
let sched = manualScheduler();
let sunk: { raised: RaisedAlert[]; changed: AlertsSnapshot[] };
let events: Array<{ name: EventName; payload: unknown }>;

async function start(): Promise<Core> {
  const sink: AlertSink = { raised: (a) => sunk.raised.push(a), changed: (s) => sunk.changed.push(s) };
  const core = await createCore({ dataDir: dir, host: 'headless', version: '1.0.0', clock, log: quietLog, timeZone: 'Europe/London', alertSink: sink, scheduler: sched.scheduler });
  core.events.subscribe((name, payload) => events.push({ name, payload }));
  open.push(core);
  // Changes are checked for alerts on the turn after they are announced (one check for a burst):
  // every call here returns after that turn, so the checks below see its outcome.
  const call = core.call.bind(core);
  core.call = (async (channel, input) => {
    const result = await call(channel, input);
    await new Promise((resolve) => setImmediate(resolve));
    return result;
  }) as Core['call'];
  return core;
}

const must = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
};
const raisedEvents = () => events.filter((e) => e.name === 'alert:raised').map((e) => e.payload as EventMap['alert:raised']);
const lastList = () => events.filter((e) => e.name === 'alerts:changed').map((e) => e.payload as EventMap['alerts:changed']).at(-1);

async function shopWithClient(core: Core): Promise<string> {
  const client = must(await core.call('clients:create', { name: 'Harbour Dental Practice', contract: { type: 'managed', hourlyRateMinor: 9500 }, slaTier: 'standard' }));
  return client.id;
}
const p1 = (clientId: string, title = 'Server down') => ({ clientId, title, category: 'hardware' as const, priority: 'P1' as const, estimateMinutes: 60 });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dispatch-alerts-'));
  now = new Date('2026-11-25T10:00:00.000Z');
  sched = manualScheduler();
  sunk = { raised: [], changed: [] };
  events = [];
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('alerts service', () => {
  it('raises on a new P1 at once, through the event bus and the host sink', async () => {
    const core = await start();
    // The alert check, beside the core's hourly maintenance run.
    expect(sched.intervals()).toEqual([ALERT_CHECK_MS, MAINTENANCE_RUN_MS]);
    const clientId = await shopWithClient(core);
    const job = must(await core.call('jobs:create', p1(clientId)));
    expect(raisedEvents()).toEqual([expect.objectContaining({ title: `New P1 job ${job.number}`, jobIds: [job.id], count: 1, hasP1: true, sound: true })]);
    expect(sunk.raised).toEqual(raisedEvents());
    expect(lastList()?.urgent).toEqual([expect.objectContaining({ jobId: job.id, reason: 'new-p1', acknowledged: false, clock: 'response' })]);
    expect(sunk.changed.at(-1)).toEqual(lastList());
    expect(must(await core.call('alerts:list', {})).urgent.map((u) => u.jobId)).toEqual([job.id]);
  });

  it('coalesces jobs arriving together and repeats after repeatMinutes on the timer', async () => {
    const core = await start();
    must(await core.call('settings:set', { alerts: { repeatMinutes: 10, quietHours: null, sound: false } }));
    const clientId = await shopWithClient(core);
    must(await core.call('jobs:create', p1(clientId, 'A')));
    must(await core.call('jobs:create', p1(clientId, 'B')));
    expect(raisedEvents().map((r) => r.count)).toEqual([1, 2]);
    advance(9);
    sched.tick();
    expect(raisedEvents()).toHaveLength(2);
    advance(1);
    sched.tick();
    expect(raisedEvents()).toHaveLength(3);
    expect(raisedEvents()[2]).toMatchObject({ title: '2 urgent jobs are still unassigned', count: 2, sound: false });
  });

  it('notices a clock going at risk on the timer alone, with no change to the data', async () => {
    const core = await start();
    const clientId = await shopWithClient(core);
    // Standard tier, P3: response within 240 business minutes (at risk after 180).
    const job = must(await core.call('jobs:create', { ...p1(clientId, 'Slow PC'), priority: 'P3' }));
    expect(raisedEvents()).toEqual([]);
    advance(181);
    sched.tick();
    expect(raisedEvents()).toEqual([expect.objectContaining({ title: `${job.number} is at risk of breaching its SLA` })]);
  });

  it('keeps an acknowledgement and a snooze across close and reopen, on disk', async () => {
    const first = await start();
    const clientId = await shopWithClient(first);
    const job = must(await first.call('jobs:create', p1(clientId)));
    const acked = must(await first.call('alerts:ack', { jobId: job.id }));
    expect(acked.urgent[0]).toMatchObject({ jobId: job.id, acknowledged: true });
    expect(lastList()).toEqual(acked);
    must(await first.call('alerts:snooze', { minutes: 15 }));
    await first.close();

    const onDisk = (await readCommittedDocument(dir)) as { alertState: unknown };
    expect(onDisk.alertState).toEqual({ acknowledged: [{ jobId: job.id, reason: 'new-p1', at: now.toISOString() }], snoozedUntil: '2026-11-25T10:15:00.000Z' });

    events = [];
    sunk = { raised: [], changed: [] };
    const second = await start();
    expect(raisedEvents()).toEqual([]);
    expect(must(await second.call('alerts:list', {}))).toMatchObject({ snoozedUntil: '2026-11-25T10:15:00.000Z', urgent: [{ jobId: job.id, acknowledged: true }] });
    // Past the snooze, the acknowledged P1 stays quiet; its breach at 60 min is a new reason.
    advance(30);
    sched.tick();
    expect(raisedEvents()).toEqual([]);
    advance(30);
    sched.tick();
    expect(raisedEvents().map((r) => r.title)).toEqual([`${job.number} has breached its SLA`]);
  });

  it('acknowledges all shown alerts at once, and a breach after the ack alerts again', async () => {
    const core = await start();
    const clientId = await shopWithClient(core);
    const a = must(await core.call('jobs:create', p1(clientId, 'A')));
    must(await core.call('jobs:create', p1(clientId, 'B')));
    const all = must(await core.call('alerts:ack', {}));
    expect(all.urgent.every((u) => u.acknowledged)).toBe(true);
    const before = raisedEvents().length;
    advance(61); // the standard tier answers a P1 within 60 business minutes
    sched.tick();
    expect(raisedEvents().length).toBe(before + 1);
    expect(raisedEvents().at(-1)).toMatchObject({ title: '2 new urgent jobs', count: 2 });
    expect(lastList()?.urgent.find((u) => u.jobId === a.id)).toMatchObject({ reason: 'breached', acknowledged: false });
  });

  it('stops alerting once the job is assigned', async () => {
    const core = await start();
    const clientId = await shopWithClient(core);
    const tech = must(await core.call('technicians:create', { name: 'Alex', skills: [], zone: '', colour: '#1f5f9e', workingHours: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' }], timeOff: [], dailyCapacityHours: 8, active: true }));
    const job = must(await core.call('jobs:create', p1(clientId)));
    must(await core.call('schedule:assign', { jobId: job.id, technicianId: tech.id, start: '2026-11-25T11:00:00.000Z' }));
    expect(lastList()?.urgent).toEqual([]);
    advance(30);
    sched.tick();
    expect(raisedEvents()).toHaveLength(1);
  });

  it('refuses bad input and unknown jobs with clear errors, changing nothing', async () => {
    const core = await start();
    expect(await core.call('alerts:snooze', { minutes: -5 })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await core.call('alerts:snooze', { minutes: 1.5 } as never)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(await core.call('alerts:ack', { jobId: 'nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await core.call('alerts:ack', { jobId: 'x', extra: 1 } as never)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(must(await core.call('alerts:list', {}))).toEqual({ urgent: [], snoozedUntil: null });
  });

  it('stops its timer on close', async () => {
    const core = await start();
    expect(sched.live()).toBe(2);
    await core.close();
    expect(sched.live()).toBe(0);
  });
});
