/**
 * The main window factory. Every Electron object it uses comes in through `deps`, so tests build
 * it around fakes and call the handlers it installs.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Screen, Session } from 'electron';
import type { Logger } from '../../core/ports';
import { hardenSession, hardenWebContents } from './harden';
import type { OpenLink } from './harden';
import { mainWindowWebPreferences } from './web-preferences';
import { MIN_SIZE, loadWindowState, saveWindowState } from './window-state';
import type { WindowRegistry } from './window-registry';

export type MainWindowDeps = {
  /** Electron's BrowserWindow class (a fake in tests). */
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** Where https links go (see createLinkOpener): the browser, after asking. */
  openLink: OpenLink;
  screen: Pick<Screen, 'getDisplayMatching'>;
  /** Absolute path of out/preload/index.cjs. */
  preloadPath: string;
  /** What to load: app://dispatch/index.html, or the dev server. */
  url: string;
  /** Origins navigation may stay on (the origin of `url`). */
  allowedOrigins: readonly string[];
  /** Absolute path of the window-state JSON in userData. */
  stateFile: string;
  /** Window icon (Linux and Windows title bars and task switchers). */
  iconPath?: string;
  registry: WindowRegistry<BrowserWindow>;
  log: Logger;
};

/** Build the BrowserWindow options: saved bounds plus the fixed security settings. */
export function mainWindowOptions(deps: Pick<MainWindowDeps, 'preloadPath' | 'iconPath'>, bounds: { x?: number; y?: number; width: number; height: number }): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Dispatch Console',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#eef1f5', // renderer/src/styles/base.css --bg, so the first paint does not flash
    ...(deps.iconPath ? { icon: deps.iconPath } : {}),
    webPreferences: mainWindowWebPreferences(deps.preloadPath),
  };
}

/** Create, harden, track and load the main window. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const state = loadWindowState(deps.stateFile, deps.screen);
  // Destructured so electronegativity recognises `new BrowserWindow(...)` and reviews this window
  // (it matches the constructor by name; see docs/security.md for what it reports here).
  const { BrowserWindow } = deps;
  const win = new BrowserWindow(mainWindowOptions(deps, state));
  const contents = win.webContents;

  // Guards go on before the first load so not even the first navigation escapes them.
  hardenWebContents(contents, { allowedOrigins: deps.allowedOrigins, openLink: deps.openLink });
  hardenSession(contents.session as Session);
  deps.registry.track(win);

  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    try {
      const b = win.getNormalBounds();
      saveWindowState(deps.stateFile, { x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() });
    } catch (error) {
      deps.log.warn(`Could not save the window position: ${String(error)}`);
    }
  });

  win.loadURL(deps.url).catch((error: unknown) => deps.log.error(`Could not load ${deps.url}`, error));
  return win;
}

/** Bring a window to the front, restoring it from the taskbar or tray. */
export function focusWindow(win: Pick<BrowserWindow, 'isMinimized' | 'restore' | 'isVisible' | 'show' | 'focus'>): void {
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
