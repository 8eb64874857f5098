import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { createEventBus } from '../../../electron/core/ports';
import { bootstrap, DATA_DIR_ENV } from '../../../electron/main/bootstrap';
import type { BootstrapOptions, MainCore } from '../../../electron/main/bootstrap';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { FakeWebContents, fakeEvent } from '../fakes/electron-fakes';
import { fake, resetFakeElectron } from '../fakes/fake-electron-module';

vi.mock('electron', () => import('../fakes/fake-electron-module'));

const quietLog = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const tempDirs: string[] = [];
const settle = () => new Promise((resolve) => setImmediate(resolve));
const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])]);

function start(extra: Partial<BootstrapOptions> = {}) {
  const core: MainCore = { handlers: {} as Handlers, events: createEventBus(quietLog), close: async () => {} };
  return bootstrap({ outDir: '/opt/dispatch/out', createCore: async () => core, log: quietLog, ...extra });
}

beforeEach(() => {
  resetFakeElectron();
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-harden-'));
  tempDirs.push(dir);
  fake.app.paths.set('userData', dir);
  delete process.env[DATA_DIR_ENV];
});
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('bootstrap: hardening', () => {
  it('sandboxes every renderer, before the app is ready', async () => {
    await start();
    expect(fake.app.sandboxBeforeReady).toBe(true);
  });

  it('guards webContents that main did not create: navigation, frames, redirects, pop-ups, <webview>', async () => {
    await start();
    const stranger = new FakeWebContents();
    fake.app.emit('web-contents-created', fakeEvent({}), stranger);
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = fakeEvent({ url: 'https://evil.example/', isMainFrame: false });
      stranger.emit(name, event);
      expect(event.defaultPrevented, name).toBe(true);
    }
    expect(stranger.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
  });

  it('asks before an https link leaves the app, and opens it only on "Open in browser"', async () => {
    await start();
    const contents = new FakeWebContents();
    fake.app.emit('web-contents-created', fakeEvent({}), contents);

    fake.messageBoxAnswer = 1; // Cancel
    contents.windowOpenHandler?.({ url: 'https://example.com/a' });
    await settle();
    expect(fake.opened).toEqual([]);
    expect(fake.messageBoxes).toHaveLength(1);
    expect(JSON.stringify(fake.messageBoxes[0])).toContain('https://example.com/a');

    fake.messageBoxAnswer = 0; // Open in browser
    contents.windowOpenHandler?.({ url: 'https://example.com/b' });
    await settle();
    expect(fake.opened).toEqual(['https://example.com/b']);

    contents.windowOpenHandler?.({ url: 'http://example.com/c' });
    await settle();
    expect(fake.messageBoxes).toHaveLength(2); // plain http: not even asked
    expect(fake.opened).toEqual(['https://example.com/b']);
  });

  it('opens the log file in <data folder>/logs and offers "Show logs" in the Help menu', async () => {
    const openLog = vi.fn(async ({ dataDir }: { dataDir: string; version: string }) => ({
      dir: join(dataDir, 'logs'),
      ...quietLog,
      addSecret: () => {},
      close: async () => {},
    }));
    await start({ openLog });
    const dataDir = fake.app.getPath('userData');
    expect(openLog).toHaveBeenCalledWith({ dataDir, version: '0.1.0-test' });
    const item = flat(fake.applicationMenu?.template ?? []).find((i) => i.id === 'show-logs');
    expect(item?.label).toBe('Show logs');
    (item?.click as () => void)();
    await settle();
    expect(fake.openedPaths).toEqual([join(dataDir, 'logs')]);
  });

  it('starts without a log file (and without "Show logs") when the logs folder cannot be opened', async () => {
    const warn = vi.fn();
    await start({ log: { ...quietLog, warn }, openLog: async () => Promise.reject(new Error('EACCES: permission denied')) });
    expect(warn).toHaveBeenCalledWith('Logging to a file is off: EACCES: permission denied');
    expect(flat(fake.applicationMenu?.template ?? []).some((i) => i.id === 'show-logs')).toBe(false);
  });
});
