import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createReportWindows, reportsWindowOptions } from '../../../electron/main/windows/reports-window';
import type { ReportsWindowDeps } from '../../../electron/main/windows/reports-window';
import { createLinkOpener } from '../../../electron/main/windows/harden';
import { SECURE_WEB_PREFERENCES } from '../../../electron/main/windows/web-preferences';
import { createWindowRegistry } from '../../../electron/main/windows/window-registry';
import { FakeBrowserWindow, fakeEvent } from '../fakes/electron-fakes';

const PRELOAD = '/opt/dispatch/out/preload/index.cjs';

function setup() {
  const registry = createWindowRegistry();
  const openExternal = vi.fn(async () => {});
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const deps: ReportsWindowDeps = {
    BrowserWindow: FakeBrowserWindow as unknown as ReportsWindowDeps['BrowserWindow'],
    preloadPath: PRELOAD,
    entryUrl: 'app://dispatch/index.html#/run-sheets?day=2026-12-06',
    allowedOrigins: ['app://dispatch'],
    openLink: createLinkOpener({ openExternal, confirm: async () => true, log }),
    registry: registry as unknown as ReportsWindowDeps['registry'],
    log,
  };
  return { windows: createReportWindows(deps), registry, openExternal };
}

beforeEach(() => {
  FakeBrowserWindow.instances.length = 0;
});

describe('the Reports window', () => {
  it('has exactly the main window’s secure webPreferences and the same preload', () => {
    expect(reportsWindowOptions({ preloadPath: PRELOAD }).webPreferences).toEqual({ ...SECURE_WEB_PREFERENCES, preload: PRELOAD });
  });

  it('loads the reports route of the same renderer entry, marked as its own window, and shows when ready', () => {
    const { windows, registry } = setup();
    windows.open('sla');
    const win = FakeBrowserWindow.instances[0]!;
    expect(win.loaded).toEqual(['app://dispatch/index.html#/reports?report=sla&window=1']);
    expect(win.options['show']).toBe(false);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
    // Tracked: its IPC calls pass the sender check and it receives push events.
    expect(registry.has(win.webContents.id)).toBe(true);
  });

  it('is guarded like the main window: no navigation off the app, no window.open, no permissions', async () => {
    const { windows, openExternal } = setup();
    windows.open('demand');
    const contents = FakeBrowserWindow.instances[0]!.webContents;
    const event = fakeEvent({ url: 'file:///etc/passwd' });
    contents.emit('will-navigate', event, 'file:///etc/passwd');
    expect(event.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'app://dispatch/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
    const stay = fakeEvent({ url: 'app://dispatch/index.html#/reports?report=sla' });
    contents.emit('will-navigate', stay, 'app://dispatch/index.html#/reports?report=sla');
    expect(stay.defaultPrevented).toBe(false);
  });

  it('is only ever one: asking again brings it forward; once closed, the next ask opens a new one', () => {
    const { windows, registry } = setup();
    windows.open('demand');
    const first = FakeBrowserWindow.instances[0]!;
    first.minimized = true;
    windows.open('income');
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(first.minimized).toBe(false);
    expect(first.focused).toBe(true);
    expect(windows.current()).toBe(first);
    first.close();
    expect(windows.current()).toBeNull();
    expect(registry.has(first.webContents.id)).toBe(false);
    windows.open('income');
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(FakeBrowserWindow.instances[1]!.loaded).toEqual(['app://dispatch/index.html#/reports?report=income&window=1']);
  });
});
