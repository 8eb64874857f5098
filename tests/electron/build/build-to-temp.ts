/**
 * Build targets of the app with the project's own electron.vite.config.ts into a temp folder, so
 * build tests check fresh output from source and never race anyone else's `out/`.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../../..');

export type Target = 'main' | 'preload' | 'renderer';

/** Returns the temp out/ folder (holding main/, preload/, renderer/ as `electron-vite build` would). */
export async function buildToTemp(targets: readonly Target[]): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'dispatch-build-'));
  const nodeEnv = process.env['NODE_ENV'];
  try {
    const { resolveConfig } = await import('electron-vite');
    const { build } = await import('vite');
    // Same resolution as `electron-vite build` (outDir re-rooted per target), only the targets asked for.
    const resolved = await resolveConfig({ root: projectRoot, build: { outDir }, logLevel: 'silent' }, 'build', 'production');
    for (const target of targets) {
      const config = resolved.config?.[target];
      if (!config) throw new Error(`electron.vite.config.ts has no ${target} target`);
      await build(config);
    }
  } finally {
    // electron-vite's resolveConfig sets NODE_ENV for the whole process.
    if (nodeEnv === undefined) delete process.env['NODE_ENV'];
    else process.env['NODE_ENV'] = nodeEnv;
  }
  return outDir;
}
