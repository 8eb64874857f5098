/**
 * The Reports window: a second window on the same renderer entry at `#/reports?…&window=1`, so the
 * owner reads the reports beside the board. It is built exactly like the main window (the same
 * secure webPreferences, navigation and permission guards, tracked by the registry so its report
 * calls pass the IPC sender check and it hears push events) and there is at most one: asking again
 * brings it forward.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import { reportsHash } from '../../../shared/ipc/reports-route';
import type { ReportKind } from '../../../shared/ipc/reports-route';
import type { Logger, ReportWindows } from '../../core/ports';
import { hardenSession, hardenWebContents } from './harden';
import type { OpenLink } from './harden';
import { focusWindow } from './main-window';
import { mainWindowWebPreferences } from './web-preferences';
import { MIN_SIZE } from './window-state';
import type { WindowRegistry } from './window-registry';

export type ReportsWindowDeps = {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** Absolute path of out/preload/index.cjs: the reports fetch over the same bridge. */
  preloadPath: string;
  /** The renderer entry (app://dispatch/index.html or the dev server); the route goes in its fragment. */
  entryUrl: string;
  allowedOrigins: readonly string[];
  openLink: OpenLink;
  iconPath?: string;
  registry: WindowRegistry<BrowserWindow>;
  log: Logger;
};

/** Options of the Reports window: room for a chart beside its table, the fixed security settings. */
export function reportsWindowOptions(deps: Pick<ReportsWindowDeps, 'preloadPath' | 'iconPath'>): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Reports · Dispatch Console',
    show: false,
    backgroundColor: '#eef1f5',
    ...(deps.iconPath ? { icon: deps.iconPath } : {}),
    webPreferences: mainWindowWebPreferences(deps.preloadPath),
  };
}

/** Create, harden, track and load a Reports window at `report`. */
export function createReportsWindow(deps: ReportsWindowDeps, report: ReportKind): BrowserWindow {
  // Destructured so electronegativity recognises the constructor and reviews this window too.
  const { BrowserWindow } = deps;
  const win = new BrowserWindow(reportsWindowOptions(deps));
  hardenWebContents(win.webContents, { allowedOrigins: deps.allowedOrigins, openLink: deps.openLink });
  hardenSession(win.webContents.session as Session);
  deps.registry.track(win);
  win.once('ready-to-show', () => win.show());
  const url = `${deps.entryUrl.replace(/#.*$/, '')}${reportsHash({ report, ownWindow: true })}`;
  win.loadURL(url).catch((error: unknown) => deps.log.error(`Could not load the reports (${url})`, error));
  return win;
}

/** The one Reports window: opened on first use, brought forward after, opened anew once closed. */
export function createReportWindows(deps: ReportsWindowDeps): ReportWindows & { current(): BrowserWindow | null } {
  let win: BrowserWindow | null = null;
  return {
    open(report) {
      if (win && !win.isDestroyed()) {
        focusWindow(win);
        return;
      }
      const created = createReportsWindow(deps, report);
      created.once('closed', () => {
        if (win === created) win = null;
      });
      win = created;
    },
    current: () => (win && !win.isDestroyed() ? win : null),
  };
}
