import { describe, expect, it, vi } from 'vitest';
import { FakeIpcMain, FakeWebContents, ipcEventFrom } from '../fakes/electron-fakes';
import { registerIpc } from '../../../electron/main/ipc/register';
import { createTrustedSenderCheck } from '../../../electron/main/ipc/trusted-sender';
import { channels } from '../../../shared/ipc/contract';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { AppError } from '../../../shared/ipc/result';
import type { Result } from '../../../shared/ipc/result';

// register.ts defaults to Electron's ipcMain; the real package cannot load here (no binary).
vi.mock('electron', () => ({ ipcMain: undefined }));

const APP = 'app://dispatch';

function setup() {
  const ipcMain = new FakeIpcMain();
  const ours = new FakeWebContents();
  const calls: Array<[string, unknown]> = [];
  // Every handler records its parsed input; a Proxy so the test does not restate the channel list.
  const handlers = new Proxy({} as Handlers, {
    get: (_t, name: string) => (input: unknown) => {
      calls.push([name, input]);
      if (name === 'jobs:get') throw new AppError('NOT_FOUND', 'No job j404.');
      if (name === 'jobs:status') throw new Error('disk on fire');
      return { echoed: input };
    },
  });
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const isTrustedSender = createTrustedSenderCheck({ ownWebContents: new Set([ours.id]), allowedOrigins: [APP] });
  const registration = registerIpc({ ipcMain, handlers, isTrustedSender, log });
  const call = (channel: string, input: unknown, event: unknown = ipcEventFrom(ours, `${APP}/index.html`)) =>
    ipcMain.invoke(channel, event, input) as Promise<Result<unknown>>;
  return { ipcMain, ours, calls, log, registration, call };
}

describe('registerIpc', () => {
  it('registers exactly one handler per contract channel, derived from the contract', () => {
    const { ipcMain, registration } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
    expect([...registration.channels].sort()).toEqual([...channels].sort());
  });

  it('has no handler for a name outside the contract (the invoke is rejected by Electron itself)', async () => {
    const { call, calls } = setup();
    await expect(call('fs:readFile', { path: '/etc/passwd' })).rejects.toThrow(/No handler registered/);
    expect(calls).toEqual([]);
  });

  it('runs a trusted call through dispatch: parsed input in, Result out', async () => {
    const { call, calls } = setup();
    await expect(call('jobs:update', { id: ' j1 ', patch: { title: 'Printer jam' } })).resolves.toEqual({
      ok: true,
      value: { echoed: { id: 'j1', patch: { title: 'Printer jam' } } },
    });
    expect(calls).toEqual([['jobs:update', { id: 'j1', patch: { title: 'Printer jam' } }]]);
  });

  it('answers malformed input with BAD_INPUT and a readable message, without calling the handler', async () => {
    const { call, calls } = setup();
    const result = await call('jobs:create', { title: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error.message).toMatch(/^Invalid input for jobs:create: /);
    expect(result.error.message).toMatch(/title/);
    expect(result.error.issues?.length).toBeGreaterThan(0);
    expect(calls).toEqual([]);
  });

  it('carries AppError codes and hides unexpected errors behind INTERNAL (logged)', async () => {
    const { call, log } = setup();
    await expect(call('jobs:get', { id: 'j404' })).resolves.toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'No job j404.' } });
    const internal = await call('jobs:status', { id: 'j1', status: 'done' });
    if (internal.ok) throw new Error('expected a failure');
    expect(internal.error.code).toBe('INTERNAL');
    expect(internal.error.message).not.toContain('disk on fire');
    expect(log.error).toHaveBeenCalledWith('Handler for jobs:status failed', expect.any(Error));
  });

  const untrusted: Array<[string, (ours: FakeWebContents) => unknown]> = [
    ['another webContents', () => ipcEventFrom(new FakeWebContents(), `${APP}/index.html`)],
    ['a sub-frame of our window', (ours) => ipcEventFrom(ours, `${APP}/index.html`, { subFrame: true })],
    ['a foreign origin in our window', (ours) => ipcEventFrom(ours, 'https://evil.example/index.html')],
    ['a file: page in our window', (ours) => ipcEventFrom(ours, 'file:///tmp/x.html')],
    ['a look-alike host', (ours) => ipcEventFrom(ours, 'app://dispatch.evil/index.html')],
    ['a missing senderFrame (navigated away or destroyed)', (ours) => ipcEventFrom(ours, `${APP}/index.html`, { noFrame: true })],
    ['a sender whose check throws', () => ({ get sender(): never { throw new Error('destroyed'); }, senderFrame: { url: `${APP}/`, parent: null } })],
  ];
  it.each(untrusted)('refuses %s with FORBIDDEN before parsing or handling', async (_label, makeEvent) => {
    const { call, calls, ours, log } = setup();
    const result = await call('jobs:create', { anything: true }, makeEvent(ours));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(calls).toEqual([]);
    expect(log.warn).toHaveBeenCalled();
  });

  it('unregister removes every handler it added', () => {
    const { ipcMain, registration } = setup();
    registration.unregister();
    expect(ipcMain.handlers.size).toBe(0);
  });
});
