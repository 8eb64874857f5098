/**
 * Electron main entry (built to out/main/index.js, ESM). Everything happens in bootstrap(); this
 * file only supplies the two things that depend on where it is: the build output folder and the
 * core factory.
 */
import { app, dialog } from 'electron';
import { resolve } from 'node:path';
import { createConfiguredCore } from '../core/database/configured-core';
import { createFileLogger } from '../core/logging/file-logger';
import { bootstrap } from './bootstrap';

// This module is always the entry chunk out/main/index.js, so its folder's parent is out/.
const outDir = resolve(import.meta.dirname, '..');

bootstrap({ outDir, createCore: createConfiguredCore, openLog: (opts) => createFileLogger({ ...opts, host: 'electron' }) }).catch((error: unknown) => {
  console.error('Dispatch Console failed to start', error);
  dialog.showErrorBox('Dispatch Console failed to start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
