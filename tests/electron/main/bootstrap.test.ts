import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { createEventBus } from '../../../electron/core/ports';
import { StoreLockedError } from '../../../electron/core/store/errors';
import { bootstrap, DATA_DIR_ENV } from '../../../electron/main/bootstrap';
import type { CreateMainCore, MainCore } from '../../../electron/main/bootstrap';
import { channels } from '../../../shared/ipc/contract';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { fakeEvent, ipcEventFrom } from '../fakes/electron-fakes';
import type { FakeBrowserWindow } from '../fakes/electron-fakes';
import { fake, resetFakeElectron, trays, BrowserWindow, Notification } from '../fakes/fake-electron-module';

// The composition root imports `electron` directly; here it gets the fake module instead.
vi.mock('electron', () => import('../fakes/fake-electron-module'));

const OUT = '/opt/dispatch/out';
const tempDirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
};
const quietLog = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };

function fakeCore() {
  const events = createEventBus(quietLog);
  const handlers = new Proxy({} as Handlers, { get: (_t, name) => () => ({ handled: name }) });
  const close = vi.fn(async () => {});
  const core: MainCore = { handlers, events, close };
  return { core, events, close };
}

const windows = () => (BrowserWindow as unknown as { instances: FakeBrowserWindow[] }).instances;
const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);

beforeEach(() => {
  resetFakeElectron();
  fake.app.paths.set('userData', tempDir('dispatch-boot-'));
  delete process.env[DATA_DIR_ENV];
  delete process.env['ELECTRON_RENDERER_URL'];
});
afterEach(() => {
  delete process.env[DATA_DIR_ENV];
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('bootstrap', () => {
  it('a second instance quits before opening the data folder', async () => {
    fake.app.hasLock = false;
    const createCore = vi.fn<CreateMainCore>();
    await bootstrap({ outDir: OUT, createCore, log: quietLog });
    expect(fake.app.quit.calls).toHaveLength(1);
    expect(createCore).not.toHaveBeenCalled();
    expect(windows()).toHaveLength(0);
  });

  it('a locked data folder shows the lock message and quits, with no window or IPC', async () => {
    const locked = new StoreLockedError('/data', { pid: 4242, hostname: 'desk', startedAt: '2026-11-26T09:30:00Z' }, true, {
      lockPath: '/data/dispatch.lock',
      because: 'heartbeat',
      staleAfterSeconds: 60,
      touchedAt: '2026-11-26T09:31:00Z',
    });
    await bootstrap({ outDir: OUT, createCore: () => Promise.reject(locked), log: quietLog });
    expect(fake.errorBoxes).toEqual([['Dispatch Console is already open', locked.message]]);
    expect(fake.app.quit.calls).toHaveLength(1);
    expect(windows()).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
  });

  it('any other startup failure is reported too', async () => {
    await bootstrap({ outDir: OUT, createCore: () => Promise.reject(new Error('schema too new')), log: quietLog });
    expect(fake.errorBoxes).toEqual([['Dispatch Console could not start', 'schema too new']]);
    expect(fake.app.quit.calls).toHaveLength(1);
  });

  it('wires core, IPC, window, menu and tray; quitting flushes the core once', async () => {
    const { core, events, close } = fakeCore();
    const createCore = vi.fn<CreateMainCore>(async () => core);
    await bootstrap({ outDir: OUT, createCore, log: quietLog });

    expect(createCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: fake.app.getPath('userData'), host: 'electron', version: '0.1.0-test' }));
    expect(fake.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(fake.protocolHandlers.has('app')).toBe(true);
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());

    const [win] = windows();
    expect(windows()).toHaveLength(1);
    expect(win!.options['webPreferences']).toMatchObject({ preload: join(OUT, 'preload', 'index.cjs'), sandbox: true, contextIsolation: true });
    expect(win!.loaded).toEqual(['app://dispatch/index.html']);

    // Our window's main frame on our origin is trusted end to end; another origin is not.
    await expect(fake.ipcMain.invoke('app:info', ipcEventFrom(win!.webContents, 'app://dispatch/index.html'), {})).resolves.toEqual({
      ok: true,
      value: { handled: 'app:info' },
    });
    await expect(fake.ipcMain.invoke('app:info', ipcEventFrom(win!.webContents, 'https://example.com/'), {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    // Core events reach the window.
    events.publish('jobs:changed', { revision: 7, previous: 0, ids: ['j1'], jobs: [], removed: ['j1'] });
    expect(win!.webContents.sent).toContainEqual(['jobs:changed', { revision: 7, previous: 0, ids: ['j1'], jobs: [], removed: ['j1'] }]);

    // The menu's New job asks the renderer to run the command.
    const newJob = flat(fake.applicationMenu!.template).find((i) => i.label === 'New job');
    (newJob!.click as () => void)();
    expect(win!.webContents.sent).toContainEqual(['command:run', { command: 'new-job' }]);

    // Tray: icon from resources/, Show console / Quit.
    expect(trays).toHaveLength(1);
    expect(trays[0]!.image.path).toBe(join('/opt/dispatch', 'resources', 'tray.png'));
    expect(trays[0]!.tooltip).toBe('Dispatch Console');
    expect(trays[0]!.contextMenu!.template.map((i) => i.label).filter(Boolean)).toEqual(['New job', 'Snooze alerts 15 min', 'Show console', 'Quit']);

    // Urgent alerts: the core's alert sink reaches the tray, the badge and an OS notification.
    const sink = createCore.mock.calls[0]![0].alertSink!;
    sink.changed({ snoozedUntil: null, urgent: [{ jobId: 'j9', number: 'J-1009', title: 'Server down', clientId: 'c1', priority: 'P1', reason: 'new-p1', clock: null, dueAt: null, minutesLeft: null, acknowledged: false }] });
    expect(trays[0]!.image.path).toBe(join('/opt/dispatch', 'resources', 'tray-alert.png'));
    expect(trays[0]!.tooltip).toBe('Dispatch Console: 1 urgent job unassigned');
    expect(fake.app.badgeCount).toBe(1);
    sink.raised({ title: 'New P1 job J-1009', body: 'J-1009 (P1) Server down', jobIds: ['j9'], count: 1, hasP1: true, sound: true });
    expect(Notification.instances).toHaveLength(1);
    expect(Notification.instances[0]!.options).toMatchObject({ title: 'New P1 job J-1009', silent: false });
    Notification.instances[0]!.click();
    expect(win!.webContents.sent).toContainEqual(['command:run', { command: 'show-job', jobId: 'j9' }]);

    // A second launch focuses this window.
    win!.minimized = true;
    fake.app.emit('second-instance', fakeEvent({}), [], '/');
    expect(win!.minimized).toBe(false);
    expect(win!.focused).toBe(true);

    // Quit: prevented once, core closed once, then a real quit.
    const quit = fakeEvent({});
    fake.app.emit('before-quit', quit);
    expect(quit.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(fake.app.quit.calls).toHaveLength(1));
    expect(close).toHaveBeenCalledOnce();
    const again = fakeEvent({});
    fake.app.emit('before-quit', again);
    expect(again.defaultPrevented).toBe(false);
  });

  it('honours DISPATCH_DATA_DIR before anything reads userData', async () => {
    const dir = tempDir('dispatch-env-');
    process.env[DATA_DIR_ENV] = dir;
    const { core } = fakeCore();
    const createCore = vi.fn(async () => core);
    await bootstrap({ outDir: OUT, createCore, log: quietLog });
    expect(fake.app.getPath('userData')).toBe(dir);
    expect(createCore).toHaveBeenCalledWith(expect.objectContaining({ dataDir: dir }));
  });

  it('Show console reopens the window after it was closed', async () => {
    const { core } = fakeCore();
    await bootstrap({ outDir: OUT, createCore: async () => core, log: quietLog });
    windows()[0]!.close();
    const show = trays[0]!.contextMenu!.template.find((i) => i.label === 'Show console')!;
    (show.click as () => void)();
    expect(windows()).toHaveLength(2);
    expect(windows()[1]!.destroyed).toBe(false);
  });
});
