/**
 * Composition root of the Electron app: data folder → single-instance lock → core → IPC →
 * window, menu, tray → flush on quit. Each step is a small function from a sibling module that
 * takes its Electron objects as parameters; this file only wires them together.
 */
import { app, BrowserWindow, dialog, Menu, nativeImage, Notification, protocol, safeStorage, screen, shell, Tray } from 'electron';
import { join, resolve } from 'node:path';
import { createSafeStorageSecrets } from './platform/safe-storage-secrets';
import type { AlertSink, EventBus, FileSaver, Logger, Printer, SecretStore } from '../core/ports';
import type { FeedServer } from '../../shared/calendar/types';
import { IntakeSettingsSchema } from '../../shared/schemas/settings';
import type { IntakeSettings } from '../../shared/schemas/settings';
import { hostname } from 'node:os';
import { writeFile } from 'node:fs/promises';
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
import { createElectronPrinter } from './platform/printer';
import { createPrintWindow } from './windows/print-window';
import type { PrintWindowDeps } from './windows/print-window';
import { createAlertTray } from './platform/alert-tray';
import { APP_USER_MODEL_ID, createAlertRelay, createNotifier } from './platform/notifier';
import { feedServerOf, manageIntakeServer } from './platform/intake-server';
import type { IntakeServerManager, IntakeServices } from './platform/intake-server';
import { createElectronFileSaver } from './platform/file-saver';
import { registerAppScheme, serveAppProtocol } from './protocol/app-protocol';
import { createLinkOpener, guardNewWebContents, linkConfirmation } from './windows/harden';
import type { FileLogger } from '../core/logging/file-logger';
import { teeLogger } from '../core/logging/file-logger';
import { createMainWindow, focusWindow } from './windows/main-window';
import { createReportWindows } from './windows/reports-window';
import type { ReportWindows } from '../core/ports';
import { createWindowRegistry } from './windows/window-registry';
import { WINDOW_STATE_FILE } from './windows/window-state';

/** What main needs of the core (electron/core/create-core.ts's `Core` has more). */
export type MainCore = {
  handlers: Handlers;
  events: Pick<EventBus, 'subscribe'>;
  close(): Promise<void>;
  /** Intake API: when present, an intake-only server follows `settings.intake`. */
  services?: IntakeServices;
};
export type CreateMainCore = (opts: {
  dataDir: string;
  host: 'electron';
  version: string;
  log: Logger;
  alertSink?: AlertSink;
  printer?: Printer;
  saver?: FileSaver;
  feedServer?: () => FeedServer;
  secrets?: SecretStore;
  reportWindows?: ReportWindows;
}) => Promise<MainCore>;

export type BootstrapOptions = {
  /** Absolute path of the build output (out/): holds preload/ and renderer/. */
  outDir: string;
  createCore: CreateMainCore;
  log?: Logger;
  /** Opens the rotating log file in `<dataDir>/logs` (electron/core/logging); without it, console only. */
  openLog?: (opts: { dataDir: string; version: string }) => Promise<FileLogger>;
};

/** Objects that must live as long as the app (a garbage-collected Tray disappears). */
const retained = new Set<unknown>();

/** Environment variable naming another data folder (e2e tests, a second profile). */
export const DATA_DIR_ENV = 'DISPATCH_DATA_DIR';

/** Start the app. Returns once startup finished (or was abandoned: second instance, locked data). */
export async function bootstrap(opts: BootstrapOptions): Promise<void> {
  let log = opts.log ?? consoleLogger;
  // Before anything reads userData: Chromium's profile, the single-instance lock and the window
  // state all follow it, so two test runs with different folders never meet.
  const dataDirOverride = process.env[DATA_DIR_ENV];
  if (dataDirOverride) app.setPath('userData', resolve(dataDirOverride));

  // Privileged schemes can only be registered before 'ready'.
  registerAppScheme(protocol);
  // Every renderer sandboxed, whatever its webPreferences say (also before 'ready').
  app.enableSandbox();

  let mainWindow: BrowserWindow | null = null;
  const alertRelay = createAlertRelay();
  if (!claimSingleInstance(app, () => mainWindow && focusWindow(mainWindow))) return;
  const fileLog = await openLogFile(opts, app.getPath('userData'), app.getVersion(), log);
  if (fileLog) log = teeLogger(log, fileLog);

  await app.whenReady();
  // Urgent alerts: Windows shows no toast for an app without an AppUserModelID.
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
  // Run sheets: the printer renders sheets in a hidden window, which can only be built
  // once the renderer's location and the window registry exist (below); until then it refuses.
  let printWindowDeps: PrintWindowDeps | null = null;
  const printer = createElectronPrinter({
    openPrintWindow: (hash) => {
      if (!printWindowDeps) throw new Error('The console is still starting.');
      return createPrintWindow(printWindowDeps, hash);
    },
    dialog,
    parentWindow: () => mainWindow,
    defaultPdfPath: (day) => join(app.getPath('documents'), `run-sheets-${day}.pdf`),
    documentPath: (fileName) => join(app.getPath('documents'), fileName),
    writeFile: (path, data) => writeFile(path, data),
    log,
  });
  // Calendar exports: saved where the dispatcher chooses.
  const saver = createElectronFileSaver({
    dialog,
    parentWindow: () => mainWindow,
    defaultDir: () => app.getPath('documents'),
    join,
    writeFile: (path, content) => writeFile(path, content, 'utf8'),
    log,
  });
  // The Reports window, like the print window, needs the renderer's location and the registry (below).
  let reportWindows: (ReportWindows & { current(): BrowserWindow | null }) | null = null;
  const reportWindowsPort: ReportWindows = {
    open: (report) => {
      if (!reportWindows) throw new Error('The console is still starting.');
      reportWindows.open(report);
    },
  };
  // Calendar feeds are served by the intake server, which starts once the core exists.
  let intakeServer: IntakeServerManager | null = null;
  let intakeSettings: (() => IntakeSettings) | null = null;
  const feedServer = () => feedServerOf(intakeServer?.current() ?? null, intakeSettings?.() ?? IntakeSettingsSchema.parse({}), hostname());
  let core: MainCore;
  try {
    // Urgent alerts: the relay holds what the core raises until the window and tray exist.
    // Messages: the SMTP password is encrypted with the OS keychain (safeStorage), never in the data file.
    const secrets = createSafeStorageSecrets({ safeStorage, dir: join(app.getPath('userData'), 'secrets'), ...(fileLog ? { keepSecret: (value: string) => fileLog.addSecret(value) } : {}) });
    core = await opts.createCore({ dataDir: app.getPath('userData'), host: 'electron', version: app.getVersion(), log, alertSink: alertRelay, printer, saver, feedServer, secrets, reportWindows: reportWindowsPort });
  } catch (error) {
    reportStartupFailure(error, log);
    app.quit();
    return;
  }
  // Intake API: stopped before the store closes, so no job arrives mid-flush.
  intakeServer = core.services ? manageIntakeServer({ services: core.services, events: core.events, log }) : null;
  const services = core.services;
  intakeSettings = services ? () => services.settings.get().intake : null;
  installQuitFlush(app, async () => {
    await intakeServer?.stop();
    await core.close();
  }, log);

  const renderer = resolveRendererLocation({ isPackaged: app.isPackaged, devServerUrl: process.env['ELECTRON_RENDERER_URL'] });
  if (renderer.servesAppProtocol) serveAppProtocol(protocol, join(opts.outDir, 'renderer'));

  const registry = createWindowRegistry<BrowserWindow>();
  // Links leave the app only as https, only after the user agrees in a dialog.
  const openLink = createLinkOpener({
    openExternal: (url) => shell.openExternal(url),
    confirm: async (url) => {
      const answer = mainWindow ? await dialog.showMessageBox(mainWindow, linkConfirmation(url)) : await dialog.showMessageBox(linkConfirmation(url));
      return answer.response === 0;
    },
    log,
  });
  const resourcesDir = app.isPackaged ? process.resourcesPath : resolve(opts.outDir, '..', 'resources');
  printWindowDeps = { BrowserWindow, preloadPath: join(opts.outDir, 'preload', 'index.cjs'), entryUrl: renderer.url, allowedOrigins: renderer.allowedOrigins, openLink, registry, log }; // the hidden window run sheets print from
  reportWindows = createReportWindows({ ...printWindowDeps, iconPath: join(resourcesDir, 'icon.png') });
  registerIpc({ handlers: core.handlers, isTrustedSender: createTrustedSenderCheck({ ownWebContents: registry, allowedOrigins: renderer.allowedOrigins }), log });
  forwardEvents(core.events, () => registry.windows());
  guardNewWebContents(app, { allowedOrigins: renderer.allowedOrigins, openLink });

  const openMainWindow = (): BrowserWindow => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      focusWindow(mainWindow);
      return mainWindow;
    }
    const win = createMainWindow({
      BrowserWindow,
      openLink,
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
      // The reports belong to the console: closing it closes them too (and quits where that is the rule).
      reportWindows?.current()?.close();
    });
    mainWindow = win;
    return win;
  };
  const sendCommand = (command: CommandName, jobId?: string) => {
    const contents = openMainWindow().webContents;
    const send = () => contents.send('command:run', jobId ? { command, jobId } : { command });
    if (contents.isLoading()) contents.once('did-finish-load', send);
    else send();
  };

  app.setAboutPanelOptions({ applicationName: 'Dispatch Console', applicationVersion: app.getVersion(), copyright: 'Licensed under GPL-3.0-or-later' });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildAppMenuTemplate({
        platform: process.platform,
        appName: app.name,
        isPackaged: app.isPackaged,
        sendCommand,
        openReports: () => reportWindows?.open('demand'),
        showAbout: () => app.showAboutPanel(),
        ...(fileLog ? { showLogs: () => void shell.openPath(fileLog.dir).then((failure) => failure && log.warn(`Could not open the logs folder: ${failure}`)) } : {}),
      }),
    ),
  );
  openMainWindow();
  // Kept referenced for the app's lifetime: a collected Tray vanishes from the notification area.
  // Urgent alerts: tray actions, the alert tray, OS notifications, badge and flashing.
  const trayMenu = {
    onShow: openMainWindow,
    onQuit: () => app.quit(),
    onNewJob: () => sendCommand('new-job'),
    onSnooze: () =>
      void Promise.resolve()
        .then(() => core.handlers['alerts:snooze']({ minutes: 15 }))
        .catch((error: unknown) => log.error('Snoozing alerts from the tray failed', error)),
    onOpenJob: (jobId: string) => sendCommand('show-job', jobId),
  };
  const tray = createTray({ Tray, Menu, nativeImage, iconPath: join(resourcesDir, 'tray.png'), ...trayMenu });
  retained.add(tray);
  alertRelay.attach(
    createAlertTray({ tray, Menu, nativeImage, iconPath: join(resourcesDir, 'tray.png'), alertIconPath: join(resourcesDir, 'tray-alert.png'), menu: trayMenu }),
    createNotifier({
      Notification,
      platform: process.platform,
      getWindow: () => mainWindow,
      setBadgeCount: (count) => app.setBadgeCount(count),
      openJob: (jobId) => sendCommand('show-job', jobId),
      iconPath: join(resourcesDir, 'icon.png'),
    }),
  );

  app.on('window-all-closed', () => {
    // macOS apps stay in the dock with no windows; elsewhere closing the console quits it.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => void openMainWindow());
}

/** The log file, or null (with a console warning) when the data folder cannot hold one. */
async function openLogFile(opts: BootstrapOptions, dataDir: string, version: string, log: Logger): Promise<FileLogger | null> {
  if (!opts.openLog) return null;
  try {
    return await opts.openLog({ dataDir, version });
  } catch (error) {
    log.warn(`Logging to a file is off: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
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
