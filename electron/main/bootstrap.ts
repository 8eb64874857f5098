/**
 * Composition root of the Electron app: data folder → single-instance lock → core → IPC →
 * window, menu, tray → flush on quit. Each step is a small function from a sibling module that
 * takes its Electron objects as parameters; this file only wires them together.
 */
import { app, BrowserWindow, dialog, Menu, nativeImage, protocol, screen, shell, Tray } from 'electron';
import { join, resolve } from 'node:path';
import type { EventBus, Logger } from '../core/ports';
import { consoleLogger } from '../core/ports';
import { StoreLockedError } from '../core/store/errors';
import type { Handlers } from '../../shared/ipc/dispatch';
import type { CommandName } from '../../shared/ipc/events';
import { resolveRendererLocation } from './app-origin';
import { forwardEvents } from './ipc/forward-events';
import { registerIpc } from './ipc/register';
import { createTrustedSenderCheck } from './ipc/trusted-sender';
import { claimSingleInstance } from './lifecycle/single-instance';
import { installQuitFlush } from './lifecycle/quit-flush';
import { buildAppMenuTemplate } from './menu/app-menu';
import { createTray } from './platform/tray';
import { registerAppScheme, serveAppProtocol } from './protocol/app-protocol';
import { guardNewWebContents } from './windows/harden';
import { createMainWindow, focusWindow } from './windows/main-window';
import { createWindowRegistry } from './windows/window-registry';
import { WINDOW_STATE_FILE } from './windows/window-state';

/** What main needs of the core (electron/core/create-core.ts's `Core` has more). */
export type MainCore = { handlers: Handlers; events: Pick<EventBus, 'subscribe'>; close(): Promise<void> };
export type CreateMainCore = (opts: { dataDir: string; host: 'electron'; version: string; log: Logger }) => Promise<MainCore>;

export type BootstrapOptions = {
  /** Absolute path of the build output (out/): holds preload/ and renderer/. */
  outDir: string;
  createCore: CreateMainCore;
  log?: Logger;
};

/** Objects that must live as long as the app (a garbage-collected Tray disappears). */
const retained = new Set<unknown>();

/** Environment variable naming another data folder (e2e tests, a second profile). */
export const DATA_DIR_ENV = 'DISPATCH_DATA_DIR';

/** Start the app. Returns once startup finished (or was abandoned: second instance, locked data). */
export async function bootstrap(opts: BootstrapOptions): Promise<void> {
  const log = opts.log ?? consoleLogger;
  // Before anything reads userData: Chromium's profile, the single-instance lock and the window
  // state all follow it, so two test runs with different folders never meet.
  const dataDirOverride = process.env[DATA_DIR_ENV];
  if (dataDirOverride) app.setPath('userData', resolve(dataDirOverride));

  // Privileged schemes can only be registered before 'ready'.
  registerAppScheme(protocol);

  let mainWindow: BrowserWindow | null = null;
  if (!claimSingleInstance(app, () => mainWindow && focusWindow(mainWindow))) return;

  await app.whenReady();
  let core: MainCore;
  try {
    core = await opts.createCore({ dataDir: app.getPath('userData'), host: 'electron', version: app.getVersion(), log });
  } catch (error) {
    reportStartupFailure(error, log);
    app.quit();
    return;
  }
  installQuitFlush(app, () => core.close(), log);

  const renderer = resolveRendererLocation({ isPackaged: app.isPackaged, devServerUrl: process.env['ELECTRON_RENDERER_URL'] });
  if (renderer.servesAppProtocol) serveAppProtocol(protocol, join(opts.outDir, 'renderer'));

  const registry = createWindowRegistry<BrowserWindow>();
  registerIpc({ handlers: core.handlers, isTrustedSender: createTrustedSenderCheck({ ownWebContents: registry, allowedOrigins: renderer.allowedOrigins }), log });
  forwardEvents(core.events, () => registry.windows());
  guardNewWebContents(app, shell.openExternal, log);

  const resourcesDir = app.isPackaged ? process.resourcesPath : resolve(opts.outDir, '..', 'resources');
  const openMainWindow = (): BrowserWindow => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      focusWindow(mainWindow);
      return mainWindow;
    }
    const win = createMainWindow({
      BrowserWindow,
      shell,
      screen,
      preloadPath: join(opts.outDir, 'preload', 'index.cjs'),
      url: renderer.url,
      allowedOrigins: renderer.allowedOrigins,
      stateFile: join(app.getPath('userData'), WINDOW_STATE_FILE),
      iconPath: join(resourcesDir, 'icon.png'),
      registry,
      log,
    });
    win.once('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
    return win;
  };
  const sendCommand = (command: CommandName) => {
    const contents = openMainWindow().webContents;
    const send = () => contents.send('command:run', { command });
    if (contents.isLoading()) contents.once('did-finish-load', send);
    else send();
  };

  app.setAboutPanelOptions({ applicationName: 'Dispatch Console', applicationVersion: app.getVersion(), copyright: 'Licensed under GPL-3.0-or-later' });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildAppMenuTemplate({ platform: process.platform, appName: app.name, isPackaged: app.isPackaged, sendCommand, showAbout: () => app.showAboutPanel() }),
    ),
  );
  openMainWindow();
  // Kept referenced for the app's lifetime: a collected Tray vanishes from the notification area.
  retained.add(createTray({ Tray, Menu, nativeImage, iconPath: join(resourcesDir, 'tray.png'), onShow: openMainWindow, onQuit: () => app.quit() }));

  app.on('window-all-closed', () => {
    // macOS apps stay in the dock with no windows; elsewhere closing the console quits it.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => void openMainWindow());
}

/** Tell the user why the console cannot start; a locked data folder is the common, expected case. */
function reportStartupFailure(error: unknown, log: Logger): void {
  if (error instanceof StoreLockedError) {
    dialog.showErrorBox('Dispatch Console is already open', error.message);
    return;
  }
  log.error('Dispatch Console could not start', error);
  const message = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Dispatch Console could not start', message);
}
