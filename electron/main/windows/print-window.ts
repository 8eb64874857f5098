/**
 * The hidden window that renders run sheets for printing. Same secure webPreferences, guards and
 * IPC trust as the main window (it is tracked by the registry, so its `runsheets:get` call passes
 * the sender check); it loads the renderer's sheet route, never the board, and is never shown.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Session } from 'electron';
import type { Logger } from '../../core/ports';
import { hardenSession, hardenWebContents } from './harden';
import type { OpenLink } from './harden';
import { mainWindowWebPreferences } from './web-preferences';
import type { WindowRegistry } from './window-registry';

export type PrintWindowDeps = {
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** Absolute path of out/preload/index.cjs: the sheet fetches its data over the same bridge. */
  preloadPath: string;
  /** The renderer entry (app://dispatch/index.html or the dev server); the route goes in its fragment. */
  entryUrl: string;
  allowedOrigins: readonly string[];
  /** Where https links go (see createLinkOpener): the browser, after asking. */
  openLink: OpenLink;
  registry: WindowRegistry<BrowserWindow>;
  log: Logger;
};

/** Options of the print window: hidden, A4-ish width so layout matches paper, the fixed security settings. */
export function printWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 900,
    height: 1200,
    title: 'Run sheets',
    webPreferences: mainWindowWebPreferences(preloadPath),
  };
}

/** Create, harden, track and load a hidden window showing `hash` (a run-sheet route). */
export function createPrintWindow(deps: PrintWindowDeps, hash: string): BrowserWindow {
  // Destructured so electronegativity recognises the constructor and reviews this window too.
  const { BrowserWindow } = deps;
  const win = new BrowserWindow(printWindowOptions(deps.preloadPath));
  hardenWebContents(win.webContents, { allowedOrigins: deps.allowedOrigins, openLink: deps.openLink });
  hardenSession(win.webContents.session as Session);
  deps.registry.track(win);
  const url = `${deps.entryUrl.replace(/#.*$/, '')}${hash}`;
  win.loadURL(url).catch((error: unknown) => deps.log.error(`Could not load the run sheets (${url})`, error));
  return win;
}

/** What `waitForSheet` needs of a webContents. */
export type SheetContents = { executeJavaScript(code: string): Promise<unknown> };

/**
 * Resolve once the sheet route has its data on the page (`<html data-run-sheet="ready">`, set by
 * the renderer's RunSheetPage); reject on `error` or after `timeoutMs`.
 */
export async function waitForSheet(contents: SheetContents, opts: { timeoutMs?: number; pollMs?: number; sleep?: (ms: number) => Promise<void> } = {}): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? 15_000;
  const pollMs = opts.pollMs ?? 100;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let waited = 0; waited <= timeoutMs; waited += pollMs) {
    // A fixed expression, no data interpolated: nothing the page holds can change what runs here.
    const state = await contents.executeJavaScript('document.documentElement.dataset.runSheet || "loading"').catch(() => 'loading');
    if (state === 'ready') return;
    if (state === 'error') throw new Error('The run sheets could not be loaded for printing.');
    await sleep(pollMs);
  }
  throw new Error(`The run sheets did not finish loading within ${Math.round(timeoutMs / 1000)} s.`);
}
