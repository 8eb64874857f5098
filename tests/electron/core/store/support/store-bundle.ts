/**
 * Builds `electron/core/store/index.ts` (or another entry, such as the whole core) with its
 * dependencies inlined into one ES module in a temp folder,
 * so plain-Node child processes can run the real store: Node 20 cannot run TypeScript itself.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../../../../..');

export type StoreBundle = {
  /** Absolute path of the built module (`import(file)` gives the store's public API). */
  file: string;
  cleanup(): Promise<void>;
};

/** Bundle `entry` (default: the store's public API) for a child process. */
export async function buildStoreBundle(entry = join(root, 'electron/core/store/index.ts')): Promise<StoreBundle> {
  const outDir = await mkdtemp(join(tmpdir(), 'dispatch-store-bundle-'));
  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    // Inline every dependency: the bundle lives outside the project, where node_modules is not found.
    ssr: { noExternal: true },
    build: {
      ssr: entry,
      outDir,
      emptyOutDir: false,
      minify: false,
      sourcemap: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'store.mjs' } },
    },
  });
  return { file: join(outDir, 'store.mjs'), cleanup: () => rm(outDir, { recursive: true, force: true }) };
}
