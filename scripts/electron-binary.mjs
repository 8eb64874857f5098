// @ts-check
// What the install step (ensure-electron.mjs) and the start preflight (electron-preflight.mjs) both
// need to know about the Electron binary. Plain ESM JavaScript with no dependencies: it runs from
// `npm install` before anything is built, on whatever Node the user has.
//
// Since Electron 43 the `electron` package has no install script: the binary is fetched lazily by
// its index.js, or by its `install-electron` bin (node_modules/electron/install.js), which unzips it
// into dist/ and writes path.txt. electron-vite only reads path.txt (or ELECTRON_EXEC_PATH) and
// stops with "Error: Electron uninstall" when it is missing, so we check the same two things.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The command that fetches the binary by hand; works on every OS and needs no PATH set-up. */
export const MANUAL_COMMAND = 'node node_modules/electron/install.js';

/** What Electron 45's downloader (@electron/get 5) declares; used when electron's package.json says nothing. */
const FALLBACK_REQUIRED_NODE = '22.12.0';

/** Folder of the installed `electron` package, or null when it is not installed (e.g. `--omit=dev`). */
export function findElectronDir(root = projectRoot) {
  try {
    return dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/**
 * Is the binary there, the way electron-vite looks for it?
 * @param {string} electronDir
 * @param {Record<string, string | undefined>} env
 * @returns {{ installed: boolean, executable: string | null }}
 */
export function binaryStatus(electronDir, env) {
  const override = env.ELECTRON_EXEC_PATH;
  if (override) return { installed: existsSync(override), executable: override };
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return { installed: false, executable: null };
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return { installed: false, executable: null };
  const executable = join(electronDir, 'dist', relative);
  return { installed: existsSync(executable), executable };
}

/**
 * The lowest Node the installed electron's downloader accepts ("22.12.0"), from its `engines`.
 * @param {string} electronDir
 */
export function requiredNode(electronDir) {
  try {
    const pkg = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
    const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(String(pkg.engines?.node ?? ''));
    if (match) return `${match[1]}.${match[2]}.${match[3] ?? '0'}`;
  } catch {
    // Unreadable package.json: fall back to what Electron 45 needs.
  }
  return FALLBACK_REQUIRED_NODE;
}

/**
 * Is `version` ("v20.19.0" or "20.19.0") at least `minimum` ("22.12.0")?
 * @param {string} version
 * @param {string} minimum
 */
export function isAtLeast(version, minimum) {
  const parts = (/** @type {string} */ v) => v.replace(/^v/, '').split('.').map((n) => Number.parseInt(n, 10) || 0);
  const have = parts(version);
  const need = parts(minimum);
  for (let i = 0; i < 3; i++) {
    const a = have[i] ?? 0;
    const b = need[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

/**
 * The sentence for a Node too old to download the binary. Same text at install and at start, so
 * the README, `engines` and what the user sees agree.
 * @param {string} nodeVersion
 * @param {string} minimum
 */
export function oldNodeAdvice(nodeVersion, minimum) {
  return (
    `The Electron binary is not installed, and its downloader needs Node.js ${minimum} or later; ` +
    `this is Node.js ${nodeVersion.replace(/^v/, '')}. Install Node.js 22 LTS or later, then run ` +
    `\`${MANUAL_COMMAND}\` (or \`npm install\` again). Everything else works on this Node: ` +
    '`npm run serve` (the console in a browser) and `npm test`.'
  );
}
