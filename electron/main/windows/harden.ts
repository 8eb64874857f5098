/**
 * Navigation, pop-up and permission guards. The page is ours, but it renders data typed in by
 * callers and imported from files; if anything ever slipped past React's escaping, these keep it
 * inside the app: no navigating away, no new windows, no <webview>, no device permissions.
 */
import type { App, Session, Shell, WebContents } from 'electron';
import type { Logger } from '../../core/ports';
import { isAppUrl } from '../app-origin';

/**
 * Only `https:` links leave the app, and only to the user's browser. Never plain `http:` (it can be
 * read and changed on the way), `file:`, `javascript:` or custom schemes.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Hands a link to the system browser, or refuses it. Called by the guards below. */
export type OpenLink = (url: string) => void;

export type LinkOpenerDeps = {
  openExternal: Shell['openExternal'];
  /**
   * Ask the user before a link leaves the app. Navigation and window-open events do not say
   * whether a click caused them, so a page script could otherwise open sites at will.
   */
  confirm(url: string): Promise<boolean>;
  log: Logger;
};

/** The one place links leave the app: https only, after the user said yes; everything else is refused and logged. */
export function createLinkOpener(deps: LinkOpenerDeps): OpenLink {
  return (url) => {
    if (!isSafeExternalUrl(url)) {
      deps.log.warn(`Refused to open a link that is not https: ${describeUrl(url)}`);
      return;
    }
    deps
      .confirm(url)
      .then((yes) => (yes ? deps.openExternal(url) : undefined))
      .catch((error: unknown) => deps.log.warn(`Could not open ${describeUrl(url)}: ${String(error)}`));
  };
}

/** Scheme and host only: a link's path and query can carry personal data or tokens. */
function describeUrl(url: string): string {
  try {
    const { protocol, host } = new URL(url);
    return `${protocol}//${host}`;
  } catch {
    return '(not a URL)';
  }
}

/** The question asked before a link opens in the browser. */
export function linkConfirmation(url: string) {
  return {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: url.slice(0, 500),
  };
}

/** Deny every window.open/target=_blank; offer https links to the system browser instead. */
export function denyWindowOpen(contents: Pick<WebContents, 'setWindowOpenHandler'>, openLink: OpenLink): void {
  contents.setWindowOpenHandler(({ url }) => {
    openLink(url);
    return { action: 'deny' };
  });
}

export type HardenOptions = {
  allowedOrigins: readonly string[];
  openLink: OpenLink;
};

type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Frames may also show these: they have no content of their own to load. */
const EMPTY_FRAME_URLS = new Set(['about:blank', 'about:srcdoc']);

/** webContents already guarded: windows we build are also announced by 'web-contents-created'. */
const guarded = new WeakSet<object>();

/**
 * Install the guards on a webContents. Navigation to anything but our origin is cancelled (an
 * https link opens in the browser instead, after asking), in the main frame and in every sub-frame;
 * redirects off our origin are cancelled; <webview> attachment is refused even though `webviewTag`
 * is already off. Installing twice is a no-op.
 */
export function hardenWebContents(contents: GuardedContents, opts: HardenOptions): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, opts.allowedOrigins)) return;
    event.preventDefault();
    opts.openLink(event.url);
  });
  // Fires for the main frame too (where will-navigate above already offered the link) and for
  // iframes, which will-navigate does not cover.
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url, opts.allowedOrigins)) return;
    if (!event.isMainFrame && EMPTY_FRAME_URLS.has(event.url)) return;
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (isAppUrl(event.url, opts.allowedOrigins)) return;
    event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  denyWindowOpen(contents, opts.openLink);
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
 * Every webContents, including ones main did not build itself (devtools, anything a future
 * feature or a library opens), gets the same guards as our windows.
 */
export function guardNewWebContents(app: Pick<App, 'on'>, opts: HardenOptions): void {
  // Electron announces a window's webContents inside `new BrowserWindow`, before the window
  // factories harden it themselves; hardenWebContents installs once, so both paths are safe.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, opts));
}
