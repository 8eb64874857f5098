import { describe, expect, it, vi } from 'vitest';
import { createEventBus } from '../../../electron/core/ports';
import type { RunningIntakeServer } from '../../../electron/core/http/intake-server';
import { feedServerOf, manageIntakeServer, wantedListen } from '../../../electron/main/platform/intake-server';
import type { StartIntakeServer } from '../../../electron/main/platform/intake-server';
import { defaultSettings } from '../../../shared/schemas/settings';
import type { IntakeSettings, Settings } from '../../../shared/schemas/settings';

const quiet = { info: () => {}, warn: vi.fn(), error: () => {} };

function setup(initial: Partial<IntakeSettings> = {}) {
  let settings: Settings = { ...defaultSettings(), intake: { ...defaultSettings().intake, ...initial } };
  const events = createEventBus(quiet);
  const servers: (RunningIntakeServer & { closed: boolean })[] = [];
  const start = vi.fn<StartIntakeServer>(async ({ host, port }) => {
    if (port === 1) throw Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' });
    const server = { host, port, closed: false, close: async () => void (server.closed = true) };
    servers.push(server);
    return server;
  });
  const submit = vi.fn();
  const manager = manageIntakeServer({ services: { intake: { submit }, settings: { get: () => settings }, calendar: { authorize: () => false, feed: () => '' } }, events, log: quiet, start });
  const change = async (patch: Partial<IntakeSettings>) => {
    settings = { ...settings, intake: { ...settings.intake, ...patch } };
    events.publish('settings:changed', { revision: 1 });
    await manager.settled();
  };
  return { manager, start, servers, change, open: () => servers.filter((s) => !s.closed) };
}

describe('intake server glue', () => {
  it('listens on loopback only unless the user chose the network', () => {
    const base = { enabled: true, port: 4781, listenOnNetwork: false, token: 'x'.repeat(20) };
    expect(wantedListen(base)).toEqual({ host: '127.0.0.1', port: 4781 });
    expect(wantedListen({ ...base, listenOnNetwork: true })).toEqual({ host: '0.0.0.0', port: 4781 });
    expect(wantedListen({ ...base, enabled: false })).toBeNull();
    expect(wantedListen({ ...base, token: null })).toBeNull();
  });

  it('serves the calendar feeds on the same port, and points feed links at it only while it runs', async () => {
    const t = setup({ enabled: true, token: 'a'.repeat(20) });
    await t.manager.settled();
    const routes = t.start.mock.calls[0]?.[0].routes ?? [];
    expect(routes.map((r) => `${r.method} ${r.path}${r.prefix ? '*' : ''}`)).toEqual(['POST /api/v1/jobs', 'GET /api/v1/calendars/*']);
    const intake = { listenOnNetwork: false, port: 4781 };
    expect(feedServerOf(t.manager.current(), intake, 'shop-pc')).toEqual({ kind: 'server', origin: 'http://127.0.0.1:4781' });
    expect(feedServerOf({ host: '0.0.0.0', port: 4781 }, intake, 'shop-pc')).toEqual({ kind: 'server', origin: 'http://shop-pc:4781' });
    await t.change({ enabled: false });
    // Off: where the links will work once the server is on.
    expect(feedServerOf(t.manager.current(), intake, 'shop-pc')).toEqual({ kind: 'off', origin: 'http://127.0.0.1:4781' });
    expect(feedServerOf(null, { listenOnNetwork: true, port: 5000 }, 'shop-pc')).toEqual({ kind: 'off', origin: 'http://shop-pc:5000' });
  });

  it('starts nothing while intake is off, then follows enable, port, network and disable', async () => {
    const t = setup();
    await t.manager.settled();
    expect(t.start).not.toHaveBeenCalled();

    await t.change({ enabled: true, token: 'a'.repeat(20) });
    expect(t.manager.current()).toEqual({ host: '127.0.0.1', port: 4781 });

    await t.change({ port: 5000 });
    expect(t.open().map((s) => `${s.host}:${s.port}`)).toEqual(['127.0.0.1:5000']);

    await t.change({ listenOnNetwork: true });
    expect(t.open().map((s) => `${s.host}:${s.port}`)).toEqual(['0.0.0.0:5000']);

    // A new token needs no restart: the route reads it per request.
    await t.change({ token: 'b'.repeat(20) });
    expect(t.start).toHaveBeenCalledTimes(3);

    await t.change({ enabled: false });
    expect(t.open()).toEqual([]);
    expect(t.manager.current()).toBeNull();
  });

  it('never runs two servers when settings flip quickly', async () => {
    const t = setup({ enabled: true, token: 'a'.repeat(20) });
    void t.change({ enabled: false });
    void t.change({ enabled: true });
    await t.change({ port: 6000 });
    expect(t.open().map((s) => s.port)).toEqual([6000]);
  });

  it('logs a clear warning when the port is taken, and recovers when another is chosen', async () => {
    const t = setup({ enabled: true, token: 'a'.repeat(20), port: 1 });
    await t.manager.settled();
    expect(quiet.warn).toHaveBeenCalledWith(expect.stringMatching(/could not start on 127\.0\.0\.1:1: the port is already in use/));
    expect(t.manager.current()).toBeNull();
    await t.change({ port: 4781 });
    expect(t.manager.current()).toEqual({ host: '127.0.0.1', port: 4781 });
  });

  it('stops the server and stops following settings on quit', async () => {
    const t = setup({ enabled: true, token: 'a'.repeat(20) });
    await t.manager.settled();
    await t.manager.stop();
    expect(t.open()).toEqual([]);
    await t.change({ port: 7000 });
    expect(t.open()).toEqual([]);
  });
});
