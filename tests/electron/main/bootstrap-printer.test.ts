/**
 * Run sheets in the composition root: bootstrap hands the core an Electron printer
 * whose hidden print window is built like the main window and trusted by IPC.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEventBus } from '../../../electron/core/ports';
import type { Printer } from '../../../electron/core/ports';
import { bootstrap } from '../../../electron/main/bootstrap';
import type { MainCore } from '../../../electron/main/bootstrap';
import { SECURE_WEB_PREFERENCES } from '../../../electron/main/windows/web-preferences';
import type { Handlers } from '../../../shared/ipc/dispatch';
import { FakeWebContents, ipcEventFrom } from '../fakes/electron-fakes';
import type { FakeBrowserWindow } from '../fakes/electron-fakes';
import { BrowserWindow, fake, resetFakeElectron } from '../fakes/fake-electron-module';

vi.mock('electron', () => import('../fakes/fake-electron-module'));

const quietLog = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const windows = () => (BrowserWindow as unknown as { instances: FakeBrowserWindow[] }).instances;
let userData = '';

// The shared fake webContents has no printing; this file's copy renders instantly and prints.
const printed: unknown[] = [];
Object.assign(FakeWebContents.prototype, {
  executeJavaScript: async () => 'ready',
  print(options: unknown, callback: (success: boolean, reason: string) => void) {
    printed.push(options);
    callback(true, '');
  },
});

beforeEach(() => {
  resetFakeElectron();
  printed.length = 0;
  userData = mkdtempSync(join(tmpdir(), 'dispatch-boot-print-'));
  fake.app.paths.set('userData', userData);
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

describe('bootstrap: run-sheet printer', () => {
  it('passes a printer to the core that prints from a hidden, secured, trusted window and closes it', async () => {
    let printer: Printer | undefined;
    const handlers = new Proxy({} as Handlers, { get: (_t, name) => () => ({ handled: name }) });
    const core: MainCore = { handlers, events: createEventBus(quietLog), close: async () => {} };
    await bootstrap({
      outDir: '/opt/dispatch/out',
      createCore: async (opts) => {
        printer = opts.printer;
        return core;
      },
      log: quietLog,
    });
    expect(printer).toBeDefined();

    const printing = printer!.print({ day: '2026-11-26', technicianIds: ['t1'], paperSize: 'A4', mode: 'dialog' });
    const win = windows().at(-1)!;
    expect(windows()).toHaveLength(2);
    expect(win.options).toMatchObject({ show: false, webPreferences: { ...SECURE_WEB_PREFERENCES, preload: '/opt/dispatch/out/preload/index.cjs' } });
    expect(win.loaded).toEqual(['app://dispatch/index.html#/run-sheets?day=2026-11-26&tech=t1&print=1']);
    // The sheet fetches its data over IPC like the main window does.
    await expect(
      fake.ipcMain.invoke('runsheets:get', ipcEventFrom(win.webContents, 'app://dispatch/index.html#/run-sheets?day=2026-11-26'), { day: '2026-11-26' }),
    ).resolves.toMatchObject({ ok: true });

    await expect(printing).resolves.toEqual({ outcome: 'printed' });
    expect(printed).toEqual([{ silent: false, printBackground: true, pageSize: 'A4' }]);
    expect(win.isDestroyed()).toBe(true);
    expect(windows()[0]!.isDestroyed()).toBe(false);
  });
});
