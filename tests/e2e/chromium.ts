/**
 * Which Chromium the e2e tests drive: `CHROMIUM_PATH` if set, else the distribution's
 * /usr/bin/chromium when present (CI and this project's dev boxes, where Playwright's own download
 * is unavailable), else the browser Playwright installed for itself.
 */
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export type ChromiumChoice = {
  /** Undefined means "Playwright's own browser". */
  executablePath: string | undefined;
  /** Where the choice came from, for error messages. */
  source: 'CHROMIUM_PATH' | 'system' | 'playwright';
};

export function chooseChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  if (existsSync(SYSTEM_CHROMIUM)) return { executablePath: SYSTEM_CHROMIUM, source: 'system' };
  return { executablePath: undefined, source: 'playwright' };
}

/** Flags for a quiet, deterministic headless browser in containers and CI. */
export const CHROMIUM_ARGS = [
  // Containers usually lack the user namespaces Chromium's sandbox needs; the pages are our own.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const INSTALL_HINT =
  'Install Chromium: `sudo apt-get install chromium` on Debian/Ubuntu, or `npx playwright install chromium` ' +
  'elsewhere; or point CHROMIUM_PATH at a Chromium or Chrome binary.';
