/**
 * Where the renderer is loaded from, and how main decides whether a URL belongs to it. Every
 * origin check in main (IPC sender, navigation) goes through `originOf` so they cannot disagree.
 */

/** Custom scheme serving out/renderer in the built app (see protocol/app-protocol.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dispatch';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window loads in the built app. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it has none (unparsable, `javascript:`, `data:`,
 * `file:` with an empty host, `about:blank`). Computed by hand because the WHATWG `URL.origin` is
 * the string "null" for non-special schemes such as `app:`, which would make every custom-scheme
 * URL look alike.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** True when `url` is on one of `allowedOrigins` (exact `scheme://host[:port]` match). */
export function isAppUrl(url: string, allowedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && allowedOrigins.includes(origin);
}

/** The renderer's entry URL and the origins that count as "ours" for IPC and navigation. */
export type RendererLocation = {
  url: string;
  allowedOrigins: readonly string[];
  /** True when main must serve out/renderer over the `app:` scheme (i.e. not the dev server). */
  servesAppProtocol: boolean;
};

/**
 * Decide where the renderer comes from. `electron-vite dev` sets ELECTRON_RENDERER_URL to its
 * dev server; it is honoured only in an unpackaged app, so an environment variable can never point
 * a shipped build at a remote page that would then be trusted with IPC.
 */
export function resolveRendererLocation(opts: { isPackaged: boolean; devServerUrl: string | undefined }): RendererLocation {
  const dev = !opts.isPackaged && opts.devServerUrl ? originOf(opts.devServerUrl) : null;
  if (dev && /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(dev)) {
    return { url: opts.devServerUrl as string, allowedOrigins: [dev], servesAppProtocol: false };
  }
  return { url: APP_ENTRY_URL, allowedOrigins: [APP_ORIGIN], servesAppProtocol: true };
}
