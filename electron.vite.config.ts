import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const root = import.meta.dirname;
// `DISPATCH_OUT_DIR` builds somewhere other than out/, so parallel builds and test runs (several
// engineers or CI jobs in one checkout) never see each other's half-written output.
const out = resolve(root, process.env.DISPATCH_OUT_DIR ?? 'out');

export default defineConfig({
  main: {
    build: {
      // Bundle every dependency (lowdb 7 is ESM-only, zod and ws are small): the packaged app ships
      // out/ and no node_modules. Only `electron` and Node built-ins stay external.
      externalizeDeps: false,
      outDir: resolve(out, 'main'),
      rollupOptions: {
        external: ['electron', /^node:/],
        input: {
          // The Electron app's main process.
          index: resolve(root, 'electron/main/index.ts'),
          // The headless host: the same core in plain Node (`npm run serve`, e2e tests, benchmarks).
          host: resolve(root, 'electron/host/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      outDir: resolve(out, 'preload'),
      rollupOptions: {
        external: ['electron'],
        input: { index: resolve(root, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules or other files: one self-contained CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    // Relative asset URLs: the same build is served by Electron (custom protocol) and the headless host.
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(out, 'renderer'),
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
