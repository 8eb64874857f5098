import { describe, expect, it } from 'vitest';
import type { ConsoleApi } from '../../../renderer/src/state/console-store';
import { createConsoleStore } from '../../../renderer/src/state/console-store';
import type { DataStatus } from '../../../shared/ipc/outputs';
import { makeDirectory, makeJob } from '../support/factories';
import { makeMaintenancePlan } from '../../support/factories';

const status: DataStatus = {
  dataFile: '/data/dispatch.json',
  recovery: null,
  lastWriteError: null,
  empty: false,
  sampleOffered: true,
  revision: 1,
};

import type { ConnectionChange } from '../../../renderer/src/api/client';

/** A fake host: canned answers per channel, a call log, and a way to push events. */
function fakeHost(answers: Record<string, (input: unknown) => unknown> = {}) {
  const calls: string[] = [];
  const connection = new Set<(c: ConnectionChange) => void>();
  const reachability = new Set<(r: boolean) => void>();
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  // Animation frames run when the test says so.
  const frames: Array<() => void> = [];
  const defaults: Record<string, (input: unknown) => unknown> = {
    'data:status': () => status,
    'settings:get': () => ({ timeZone: 'UTC', dayStart: '07:00', dayEnd: '19:00', slotMinutes: 15 }),
    'clients:list': () => makeDirectory(),
    'maintenance:list': () => [],
    'queue:list': () => ({ jobs: [makeJob()], revision: 1 }),
    'board:range': (input) => ({ ...(input as object), technicians: [], jobs: [], revision: 1 }),
  };
  const api: ConsoleApi = {
    invoke: (async (channel: string, input: unknown) => {
      calls.push(channel);
      await Promise.resolve();
      const answer = answers[channel] ?? defaults[channel];
      if (!answer) return { ok: false, error: { code: 'NOT_FOUND', message: 'no such thing' } };
      const value = answer(input);
      return value instanceof Error ? { ok: false, error: { code: 'INTERNAL', message: value.message } } : { ok: true, value };
    }) as ConsoleApi['invoke'],
    on: ((event: string, listener: (p: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      set.add(listener);
      listeners.set(event, set);
      return () => set.delete(listener);
    }) as ConsoleApi['on'],
    onReachabilityChange: (l) => {
      reachability.add(l);
      return () => reachability.delete(l);
    },
    onConnectionChange: (l) => {
      connection.add(l);
      return () => connection.delete(l);
    },
    frame: (flush) => frames.push(flush),
  };
  const paint = () => frames.splice(0).forEach((f) => f());
  const emit = (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload));
  const socket = (change: ConnectionChange) => connection.forEach((l) => l(change));
  const reach = (r: boolean) => reachability.forEach((l) => l(r));
  return { api, calls, emit, socket, reach, paint, frames };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

/** A started store showing one day of board, with the first snapshots loaded. */
async function startWithBoard() {
  const host = fakeHost();
  const store = createConsoleStore(host.api);
  store.start();
  await store.setBoardRange({ from: '2026-11-26T00:00:00Z', to: '2026-11-27T00:00:00Z' });
  await settle();
  return { host, store };
}

describe('console store', () => {
  it('loads status, settings, directory and queue on start', async () => {
    const host = fakeHost();
    const store = createConsoleStore(host.api);
    store.start();
    await settle();
    const s = store.getState();
    expect(s.status).toEqual(status);
    expect(s.settings?.timeZone).toBe('UTC');
    expect(s.queue?.jobs).toHaveLength(1);
    expect(s.directory?.clients).toHaveLength(2);
  });

  it('applies a burst of deltas in one frame, with one render and no refetch', async () => {
    const { host, store } = await startWithBoard();
    host.calls.length = 0;
    let renders = 0;
    store.subscribe(() => renders++);
    for (let i = 0; i < 1000; i++) {
      const job = makeJob({ id: `new-${i}`, number: `J-${2000 + i}` });
      host.emit('jobs:changed', { revision: i + 2, previous: i + 1, ids: [job.id], jobs: [job], removed: [] });
    }
    expect(host.frames).toHaveLength(1);
    expect(renders).toBe(0);
    host.paint();
    expect(renders).toBe(1);
    expect(store.getState().queue?.jobs).toHaveLength(1001);
    await settle();
    expect(host.calls.filter((c) => c === 'queue:list' || c === 'board:range')).toEqual([]);
  });

  it('moves a job from the queue to the board from the delta alone', async () => {
    const { host, store } = await startWithBoard();
    const booked = makeJob({ status: 'scheduled', revision: 2, assignment: { technicianId: 't1', start: '2026-11-26T09:00:00Z', end: '2026-11-26T10:00:00Z' } });
    host.emit('jobs:changed', { revision: 2, previous: 1, ids: [booked.id], jobs: [booked], removed: [] });
    host.paint();
    expect(store.getState().queue?.jobs).toEqual([]);
    expect(store.getState().board?.jobs).toEqual([booked]);
  });

  it('resynchronises once from the snapshots when deltas were missed', async () => {
    const { host } = await startWithBoard();
    host.calls.length = 0;
    // Deltas 2 and 3 never arrived (the laptop slept): 4 says it follows 3.
    host.emit('jobs:changed', { revision: 4, previous: 3, ids: ['x'], jobs: [], removed: ['x'] });
    host.emit('jobs:changed', { revision: 5, previous: 4, ids: ['y'], jobs: [], removed: ['y'] });
    host.paint();
    await settle();
    expect(host.calls.filter((c) => c === 'queue:list')).toHaveLength(1);
    expect(host.calls.filter((c) => c === 'board:range')).toHaveLength(1);
  });

  it('resynchronises when a push does not have the shape of a delta', async () => {
    const host = fakeHost();
    const store = createConsoleStore(host.api);
    store.start();
    await settle();
    host.calls.length = 0;
    host.emit('jobs:changed', { revision: 2, ids: ['x'] });
    await settle();
    expect(host.calls).toContain('queue:list');
  });

  it('keeps untouched slices identical so views do not re-render', async () => {
    const host = fakeHost();
    const store = createConsoleStore(host.api);
    store.start();
    await settle();
    const directory = store.getState().directory;
    const queue = store.getState().queue;
    host.emit('jobs:changed', { revision: 2, previous: 1, ids: ['elsewhere'], jobs: [], removed: ['elsewhere'] });
    host.paint();
    await settle();
    expect(store.getState().directory).toBe(directory);
    expect(store.getState().queue).toBe(queue);
  });

  it('drops a board response for a range the user already left', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const host = fakeHost();
    const slowInvoke = host.api.invoke;
    host.api.invoke = (async (channel: string, input: unknown) => {
      if (channel === 'board:range' && (input as { from: string }).from.startsWith('2026-11-26')) await gate;
      return slowInvoke(channel as never, input as never);
    }) as ConsoleApi['invoke'];
    const store = createConsoleStore(host.api);
    const first = store.setBoardRange({ from: '2026-11-26T00:00:00Z', to: '2026-11-27T00:00:00Z' });
    const second = store.setBoardRange({ from: '2026-11-27T00:00:00Z', to: '2026-11-28T00:00:00Z' });
    release();
    await Promise.all([first, second]);
    expect(store.getState().board?.from).toBe('2026-11-27T00:00:00Z');
  });

  it('turns a failed call into a notice by code instead of throwing', async () => {
    const host = fakeHost({ 'queue:list': () => new Error('The disk is on fire.') });
    const store = createConsoleStore(host.api);
    store.start();
    await settle();
    expect(store.getState().notices.map((n) => n.text)).toEqual(['Loading the queue failed. The disk is on fire.']);
  });

  it('refetches the clients and their maintenance plans on clients:changed', async () => {
    const plan = { ...makeMaintenancePlan(), upcoming: [] };
    const host = fakeHost({ 'maintenance:list': () => [plan] });
    const store = createConsoleStore(host.api);
    store.start();
    await settle();
    expect(store.getState().maintenancePlans).toEqual([plan]);
    host.calls.length = 0;
    host.emit('clients:changed', { revision: 2 });
    await settle();
    expect(host.calls).toEqual(expect.arrayContaining(['clients:list', 'maintenance:list']));
  });

  it('applies the status pushed with data:reset and refetches everything', async () => {
    const host = fakeHost();
    const store = createConsoleStore(host.api);
    store.start();
    await settle();
    host.calls.length = 0;
    const reset = { ...status, empty: true, sampleOffered: false, revision: 9 };
    host.emit('data:reset', reset);
    expect(store.getState().status).toEqual(reset);
    await settle();
    expect(host.calls).toEqual(expect.arrayContaining(['settings:get', 'clients:list', 'queue:list']));
  });

  it('loads the sample shop and refetches', async () => {
    const host = fakeHost({ 'sample:load': () => ({ clients: 3, technicians: 5, jobs: 12 }) });
    const store = createConsoleStore(host.api);
    await store.loadSample();
    expect(host.calls[0]).toBe('sample:load');
    expect(host.calls).toContain('queue:list');
    expect(store.getState().notices[0]?.text).toMatch(/5 technicians, 12 jobs/);
    expect(store.getState().pending).toBeNull();
  });

  it('remembers a dismissed recovery banner by its time', async () => {
    const recovery = { at: '2026-11-26T08:00:00Z', reason: 'bad', movedTo: '/x', newestGoodBackup: null };
    const host = fakeHost({ 'data:status': () => ({ ...status, recovery }) });
    const store = createConsoleStore(host.api);
    store.start();
    await settle();
    store.dismissRecovery();
    expect(store.getState().dismissedRecoveryAt).toBe(recovery.at);
  });

  it('stops listening when stopped', async () => {
    const host = fakeHost();
    const store = createConsoleStore(host.api);
    const stop = store.start();
    await settle();
    stop();
    host.calls.length = 0;
    host.emit('jobs:changed', { revision: 3, ids: [] });
    await settle();
    expect(host.calls).toEqual([]);
    expect(host.frames).toEqual([]);
  });

  it('goes offline while the event socket reconnects and refetches everything when it is back', async () => {
    const host = fakeHost();
    const store = createConsoleStore(host.api);
    store.start();
    await settle();
    host.socket({ state: 'reconnecting', reconnected: false });
    expect(store.getState().online).toBe(false);
    host.calls.length = 0;
    host.socket({ state: 'open', reconnected: true });
    expect(store.getState().online).toBe(true);
    await settle();
    expect(host.calls).toEqual(expect.arrayContaining(['data:status', 'settings:get', 'clients:list', 'queue:list']));
  });

  it('stays quiet about failed refetches while the host is unreachable', async () => {
    const host = fakeHost();
    const store = createConsoleStore(host.api);
    const stop = store.start();
    await settle();
    host.reach(false);
    expect(store.getState().online).toBe(false);
    stop();
  });
});
