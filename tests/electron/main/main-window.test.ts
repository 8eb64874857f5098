import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../electron/main/windows/main-window';
import type { MainWindowDeps } from '../../../electron/main/windows/main-window';
import { SECURE_WEB_PREFERENCES } from '../../../electron/main/windows/web-preferences';
import { createWindowRegistry } from '../../../electron/main/windows/window-registry';
import { createLinkOpener } from '../../../electron/main/windows/harden';
import { FakeBrowserWindow, fakeEvent } from '../fakes/electron-fakes';

const APP_URL = 'app://dispatch/index.html';
const PRELOAD = '/opt/dispatch/resources/app.asar/out/preload/index.cjs';
const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-win-'));
  tempDirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Lets the link opener's confirm → openExternal chain run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

function setup(overrides: Partial<MainWindowDeps> = {}, links: { openExternal?: (url: string) => Promise<void>; confirm?: (url: string) => Promise<boolean> } = {}) {
  const openExternal = vi.fn(links.openExternal ?? (async (_url: string) => {}));
  const confirm = vi.fn(links.confirm ?? (async () => true));
  const registry = createWindowRegistry();
  const stateFile = join(tempDir(), 'window-state.json');
  const log = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const deps: MainWindowDeps = {
    BrowserWindow: FakeBrowserWindow as unknown as MainWindowDeps['BrowserWindow'],
    openLink: createLinkOpener({ openExternal, confirm, log }),
    screen: { getDisplayMatching: () => display as Electron.Display },
    preloadPath: PRELOAD,
    url: APP_URL,
    allowedOrigins: ['app://dispatch'],
    stateFile,
    registry: registry as unknown as MainWindowDeps['registry'],
    log,
    ...overrides,
  };
  const win = createMainWindow(deps) as unknown as FakeBrowserWindow;
  return { win, contents: win.webContents, openExternal, confirm, registry, stateFile, log };
}

beforeEach(() => {
  FakeBrowserWindow.instances.length = 0;
});

describe('main window: webPreferences', () => {
  it('uses exactly the secure settings plus the absolute preload path', () => {
    const { win } = setup();
    expect(win.options['webPreferences']).toEqual({ ...SECURE_WEB_PREFERENCES, preload: PRELOAD });
  });

  it('the shared constant has every security switch in its safe position', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('preload');
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });

  it('starts hidden, shows on ready-to-show, and loads the app URL', () => {
    const { win, registry } = setup();
    expect(win.options['show']).toBe(false);
    expect(win.loaded).toEqual([APP_URL]);
    win.emit('ready-to-show');
    expect(win.visible).toBe(true);
    expect(registry.has(win.webContents.id)).toBe(true);
  });
});

describe('main window: navigation', () => {
  it('lets navigation stay on the app origin', () => {
    const { contents, openExternal } = setup();
    for (const url of ['app://dispatch/index.html', 'app://dispatch/index.html#/queue']) {
      const event = fakeEvent({ url });
      contents.emit('will-navigate', event, url);
      expect(event.defaultPrevented).toBe(false);
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each([
    ['https://example.com/', true],
    ['http://example.com/help', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['app://dispatch.evil/', false],
    ['data:text/html,hi', false],
  ])('blocks will-navigate to %s (offered to the browser: %s)', async (url, external) => {
    const { contents, openExternal, confirm } = setup();
    const event = fakeEvent({ url });
    contents.emit('will-navigate', event, url);
    expect(event.defaultPrevented).toBe(true);
    await settle();
    if (external) {
      expect(confirm).toHaveBeenCalledWith(url);
      expect(openExternal).toHaveBeenCalledWith(url);
    } else {
      expect(confirm).not.toHaveBeenCalled();
      expect(openExternal).not.toHaveBeenCalled();
    }
  });

  it('opens an https link only when the user agrees', async () => {
    const { contents, openExternal, confirm } = setup({}, { confirm: async () => false });
    contents.emit('will-navigate', fakeEvent({ url: 'https://example.com/' }), 'https://example.com/');
    await settle();
    expect(confirm).toHaveBeenCalledWith('https://example.com/');
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('never opens plain http silently: refused and logged (scheme and host only)', async () => {
    const { contents, openExternal, log } = setup();
    contents.windowOpenHandler!({ url: 'http://example.com/reset?email=a@b.c' });
    await settle();
    expect(openExternal).not.toHaveBeenCalled();
    expect(log.warn).toHaveBeenCalledWith('Refused to open a link that is not https: http://example.com');
  });

  it.each([
    ['https://example.com/frame', false, true],
    ['file:///etc/passwd', false, true],
    ['about:blank', false, false],
    ['app://dispatch/index.html#/queue', false, false],
    ['about:blank', true, true],
    ['https://example.com/', true, true],
  ])('will-frame-navigate to %s (main frame: %s) is cancelled: %s', async (url, isMainFrame, cancelled) => {
    const { contents, openExternal } = setup();
    const event = fakeEvent({ url, isMainFrame });
    contents.emit('will-frame-navigate', event);
    expect(event.defaultPrevented).toBe(cancelled);
    await settle();
    // Frames never open anything outside; only will-navigate offers a link.
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(['https://example.com/', 'file:///etc/passwd'])('blocks will-redirect to %s without opening it', async (url) => {
    const { contents, openExternal } = setup();
    const event = fakeEvent({ url });
    contents.emit('will-redirect', event, url);
    expect(event.defaultPrevented).toBe(true);
    await settle();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('prevents <webview> attachment', () => {
    const { contents } = setup();
    const event = fakeEvent({});
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com' });
    expect(event.defaultPrevented).toBe(true);
  });
});

describe('main window: window.open', () => {
  it.each([
    ['https://example.com', true],
    ['http://example.com/a?b=c', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['app://dispatch/index.html', false],
    ['smb://server/share', false],
    ['not a url', false],
  ])('denies %s (offered to the browser: %s)', async (url, external) => {
    const { contents, openExternal } = setup();
    expect(contents.windowOpenHandler).toBeTypeOf('function');
    expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    await settle();
    if (external) expect(openExternal).toHaveBeenCalledWith(url);
    else expect(openExternal).not.toHaveBeenCalled();
  });

  it('logs, and does not throw, when the browser cannot be opened', async () => {
    const { contents, log } = setup({}, {
      openExternal: async () => {
        throw new Error('no browser');
      },
    });
    expect(contents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(log.warn).toHaveBeenCalled());
  });
});

describe('main window: permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])('denies a %s request', (permission) => {
    const { contents } = setup();
    const callback = vi.fn();
    contents.session.permissionRequestHandler!(contents, permission, callback, {});
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('denies every permission check and device permission', () => {
    const { contents } = setup();
    expect(contents.session.permissionCheckHandler!(contents, 'media', 'app://dispatch', {})).toBe(false);
    expect(contents.session.permissionCheckHandler!(null, 'clipboard-sanitized-write', 'app://dispatch', {})).toBe(false);
    expect(contents.session.devicePermissionHandler!({ deviceType: 'usb', origin: 'app://dispatch' })).toBe(false);
  });
});

describe('main window: size and position', () => {
  it('opens at the saved position and saves it again on close', () => {
    const stateDir = tempDir();
    const stateFile = join(stateDir, 'window-state.json');
    writeFileSync(stateFile, JSON.stringify({ x: 100, y: 50, width: 1300, height: 850, maximized: true }));
    const { win } = setup({ stateFile });
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1300, height: 850 });
    win.emit('ready-to-show');
    expect(win.maximized).toBe(true);

    win.bounds = { x: 200, y: 60, width: 1250, height: 820 };
    win.maximized = false;
    win.close();
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({ x: 200, y: 60, width: 1250, height: 820, maximized: false });
  });

  it('opens centred at the default size when the saved file is corrupt', () => {
    const stateDir = tempDir();
    const stateFile = join(stateDir, 'window-state.json');
    writeFileSync(stateFile, '{"x": 10, "y": ');
    const { win } = setup({ stateFile });
    expect(win.options['x']).toBeUndefined();
    expect(win.options['y']).toBeUndefined();
    expect(win.options['width']).toBeGreaterThan(0);
  });
});
