/**
 * Where the data folder lives by default. The headless host has no `app.getPath`, so this mirrors
 * what Electron's `app.getPath('userData')` returns; both hosts then open the same folder, and the
 * store's lock keeps them from writing it at once.
 */
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';

/** The parts of the environment the answer depends on; defaults are this process's. */
export type PathEnvironment = {
  platform?: NodeJS.Platform;
  env?: Record<string, string | undefined>;
  home?: string;
};

/**
 * The per-user data folder Electron would use for `appName`:
 * Linux `$XDG_CONFIG_HOME/<app>` (default `~/.config/<app>`), macOS
 * `~/Library/Application Support/<app>`, Windows `%APPDATA%\<app>` (default `~\AppData\Roaming\<app>`).
 */
export function defaultDataDir(appName = 'Dispatch Console', where: PathEnvironment = {}): string {
  const platform = where.platform ?? process.platform;
  const env = where.env ?? process.env;
  const home = where.home ?? homedir();
  if (platform === 'win32') {
    // Build Windows paths with win32 separators even when tested on another OS.
    return win32.join(nonEmpty(env.APPDATA) ?? win32.join(home, 'AppData', 'Roaming'), appName);
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', appName);
  // Electron (via Chromium) honours XDG_CONFIG_HOME only when it is set to something.
  return posix.join(nonEmpty(env.XDG_CONFIG_HOME) ?? posix.join(home, '.config'), appName);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value : undefined;
}
