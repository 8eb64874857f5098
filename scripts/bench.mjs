#!/usr/bin/env node
// `npm run bench`: the peak-load benchmark (scripts/bench/main.ts). Not part of `npm test`.
// 1. builds the app (host + renderer) into a private folder, so a bench never disturbs out/;
// 2. bundles the TypeScript benchmark with vite's build API (Node 20 cannot run TypeScript);
// 3. runs it with --expose-gc. Options are environment variables; see scripts/bench/main.ts.
//    BENCH_SKIP_BUILD=1 reuses the last app build; BENCH_ENTRY=store runs only the store-write and
//    intake figures (scripts/bench/store-main.ts), without a browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cache = join(root, 'node_modules/.cache/dispatch-bench');
const appOut = join(cache, 'app');

if (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync(join(appOut, 'main/host.js'))) {
  console.log('[bench] building the app…');
  const built = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DISPATCH_OUT_DIR: appOut, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  // Bundle our code; leave packages to node_modules (the bundle sits inside the project).
  ssr: { noExternal: [] },
  build: {
    ssr: join(root, process.env.BENCH_ENTRY === 'store' ? 'scripts/bench/store-main.ts' : 'scripts/bench/main.ts'),
    outDir: join(cache, 'runner'),
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'bench.mjs' } },
  },
});

const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', join(cache, 'runner/bench.mjs')], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BENCH_ROOT: root, BENCH_HOST_JS: join(appOut, 'main/host.js') },
});
process.exit(run.status ?? 1);
