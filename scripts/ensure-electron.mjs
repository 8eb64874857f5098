#!/usr/bin/env node
// @ts-check
// The project's postinstall: fetch the Electron binary when it is missing, so that
// `npm install && npm start` opens the app. Electron 43+ no longer does this at install time.
//
// - Quiet and instant when the binary is there (every `npm install` after the first).
// - Does nothing when ELECTRON_SKIP_BINARY_DOWNLOAD is set (CI: `ELECTRON_SKIP_BINARY_DOWNLOAD=1 npm ci`).
// - Skips, saying why, on a Node older than the downloader needs.
// - Never fails the install: a failed download prints the manual command and exits 0, because a
//   failing postinstall would also break installs that only need the headless host and the tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MANUAL_COMMAND, binaryStatus, findElectronDir, isAtLeast, oldNodeAdvice, requiredNode } from './electron-binary.mjs';

/**
 * @typedef {'no-electron' | 'present' | 'skipped-env' | 'skipped-node' | 'downloaded' | 'failed'} Outcome
 * @typedef {{
 *   electronDir: string | null,
 *   env: Record<string, string | undefined>,
 *   nodeVersion: string,
 *   runInstaller: (installScript: string) => { status: number | null, error?: Error },
 *   print: (line: string) => void,
 * }} EnsureOptions
 */

/** Runs electron's own installer in a child Node, showing its progress. */
function runInstallerProcess(/** @type {string} */ installScript) {
  return spawnSync(process.execPath, [installScript], { stdio: 'inherit' });
}

/**
 * @param {EnsureOptions} opts
 * @returns {Outcome}
 */
export function ensureElectron(opts) {
  const { electronDir, env, print } = opts;
  if (!electronDir) return 'no-electron';
  if (binaryStatus(electronDir, env).installed) return 'present';
  if (env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'skipped-env';

  const minimum = requiredNode(electronDir);
  if (!isAtLeast(opts.nodeVersion, minimum)) {
    print(`[dispatch-console] ${oldNodeAdvice(opts.nodeVersion, minimum)}`);
    return 'skipped-node';
  }

  print('[dispatch-console] Downloading the Electron binary (once; about 100 MB)…');
  const result = opts.runInstaller(join(electronDir, 'install.js'));
  if (result.status === 0 && binaryStatus(electronDir, env).installed) return 'downloaded';

  const why = result.error ? result.error.message : `the installer exited with ${result.status ?? 'a signal'}`;
  print(
    `[dispatch-console] Could not download the Electron binary (${why}). The install itself succeeded: ` +
      `\`npm run serve\` and \`npm test\` work without it. To run the desktop app, fix the network ` +
      `(a proxy needs HTTPS_PROXY; a mirror ELECTRON_MIRROR) and run: ${MANUAL_COMMAND}`,
  );
  return 'failed';
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensureElectron({
      electronDir: findElectronDir(),
      env: process.env,
      nodeVersion: process.version,
      runInstaller: runInstallerProcess,
      print: (line) => console.error(line),
    });
  } catch (error) {
    // Whatever went wrong, the install must not fail because of the desktop binary.
    console.error(`[dispatch-console] Skipped fetching the Electron binary: ${error instanceof Error ? error.message : String(error)}. Run: ${MANUAL_COMMAND}`);
  }
  process.exit(0);
}
