/**
 * Builds the store and the archive (zod and lowdb inlined) into one ES module in a temp folder, so
 * the plain-Node crash worker can run the real code: Node 20 cannot run TypeScript itself.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../../../../..');

export async function buildArchiveBundle(): Promise<{ file: string; cleanup(): Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), 'dispatch-archive-bundle-'));
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: {
      ssr: join(import.meta.dirname, 'archive-bundle-entry.ts'),
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'archive.mjs' } },
    },
  });
  return { file: join(outDir, 'archive.mjs'), cleanup: () => rm(outDir, { recursive: true, force: true }) };
}
