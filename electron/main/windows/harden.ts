/**
 * Navigation, pop-up and permission guards. The page is ours, but it renders data typed in by
 * callers and imported from files; if anything ever slipped past React's escaping, these keep it
 * inside the app: no navigating away, no new windows, no <webview>, no device permissions.
 */
import type { App, Session, Shell, WebContents } from 'electron';
import type { Logger } from '../../core/ports';
import { isAppUrl } from '../app-origin';

/** Only web links leave the app, and only to the user's browser. Never `file:`, `javascript:`, custom schemes. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

type OpenExternal = Shell['openExternal'];

function openOutside(openExternal: OpenExternal, url: string, log: Logger): void {
  if (!isSafeExternalUrl(url)) return;
  openExternal(url).catch((error: unknown) => log.warn(`Could not open ${url.slice(0, 200)}: ${String(error)}`));
}

/** Deny every window.open/target=_blank; hand http(s) links to the system browser instead. */
export function denyWindowOpen(contents: Pick<WebContents, 'setWindowOpenHandler'>, openExternal: OpenExternal, log: Logger): void {
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(openExternal, url, log);
    return { action: 'deny' };
  });
}

export type HardenOptions = {
  allowedOrigins: readonly string[];
  openExternal: OpenExternal;
  log: Logger;
};

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Install the guards on a window's webContents. Navigation to anything but our origin is
 * cancelled (a clicked http(s) link opens in the browser instead); redirects off our origin are
 * cancelled; <webview> attachment is refused even though `webviewTag` is already off.
 */
export function hardenWebContents(contents: GuardedContents, opts: HardenOptions): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, opts.allowedOrigins)) return;
    event.preventDefault();
    openOutside(opts.openExternal, event.url, opts.log);
  });
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url, opts.allowedOrigins)) return;
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  denyWindowOpen(contents, opts.openExternal, opts.log);
}

/**
 * Deny every permission request and check (camera, geolocation, notifications, clipboard read,
 * HID/USB/serial…). The console needs none: alerts are shown by main through `Notification`.
 */
export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * Defence in depth for webContents we did not build ourselves (devtools, anything a future
 * feature opens): no <webview>, no pop-ups.
 */
export function guardNewWebContents(app: Pick<App, 'on'>, openExternal: OpenExternal, log: Logger): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    denyWindowOpen(contents, openExternal, log);
  });
}
