#!/usr/bin/env node
// @ts-check
// Runs before `npm start`, `npm run dev` and `npm run dist`: if the Electron binary is missing, say
// what to do in one paragraph (exit 1) instead of letting electron-vite stop with a stack trace
// ("Error: Electron uninstall").
import { pathToFileURL } from 'node:url';
import { MANUAL_COMMAND, binaryStatus, findElectronDir, isAtLeast, oldNodeAdvice, requiredNode } from './electron-binary.mjs';

/**
 * @param {{ electronDir: string | null, env: Record<string, string | undefined>, nodeVersion: string }} opts
 * @returns {{ ok: true } | { ok: false, message: string }}
 */
export function preflight(opts) {
  const { electronDir, env, nodeVersion } = opts;
  if (!electronDir) {
    return { ok: false, message: 'The `electron` package is not installed. Run `npm install` first.' };
  }
  const status = binaryStatus(electronDir, env);
  if (status.installed) return { ok: true };
  if (env.ELECTRON_EXEC_PATH) {
    return { ok: false, message: `ELECTRON_EXEC_PATH names ${env.ELECTRON_EXEC_PATH}, which does not exist. Unset it or point it at an Electron executable.` };
  }
  const minimum = requiredNode(electronDir);
  if (!isAtLeast(nodeVersion, minimum)) return { ok: false, message: oldNodeAdvice(nodeVersion, minimum) };
  const skipped = env.ELECTRON_SKIP_BINARY_DOWNLOAD
    ? ' (ELECTRON_SKIP_BINARY_DOWNLOAD is set, so `npm install` did not fetch it)'
    : ' (`npm install` could not fetch it; its message says why)';
  return {
    ok: false,
    message:
      `The Electron binary is not installed${skipped}. Fetch it with \`${MANUAL_COMMAND}\` (needs internet ` +
      'access; about 100 MB), then run this command again. Without it, `npm run serve` runs the console in a browser.',
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = preflight({ electronDir: findElectronDir(), env: process.env, nodeVersion: process.version });
  if (!result.ok) {
    console.error(`\n${result.message}\n`);
    process.exit(1);
  }
}
