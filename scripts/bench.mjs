#!/usr/bin/env node
// `npm run bench`: the peak-load benchmark (scripts/bench/main.ts). Not part of `npm test`.
// 1. builds the app (host + renderer) into a private folder, so a bench never disturbs out/;
// 2. bundles the TypeScript benchmark with vite's build API (Node 20 cannot run TypeScript);
// 3. runs it with --expose-gc. Options are environment variables; see scripts/bench/main.ts.
//    BENCH_SKIP_BUILD=1 reuses the last app build; BENCH_HOST_JS=<built host.js> uses that build.
// BENCH_ENTRY=board-only | queue-only | live-only | reports-only | store-main | planner-only | pg-only runs one focused part instead
// (scripts/bench/<entry>.ts); store-main measures only the store writes and intake, without a browser.
// BENCH_BASELINE_REF=<git ref> (e.g. main) also builds that commit's app (git archive into the
// cache, this checkout's node_modules linked in), and the live-loop, drop and queue figures are
// measured against it in the same run: "old" and "new" from one machine at one load.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cache = join(root, 'node_modules/.cache/dispatch-bench');
const appOut = join(cache, 'app');

// The planner's benchmark is pure computation: it needs no app build.
const needsApp = process.env.BENCH_ENTRY !== 'planner-only';
if (needsApp && !process.env.BENCH_HOST_JS && (process.env.BENCH_SKIP_BUILD !== '1' || !existsSync(join(appOut, 'main/host.js')))) {
  console.log('[bench] building the app…');
  const built = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DISPATCH_OUT_DIR: appOut, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const entry = process.env.BENCH_ENTRY ?? 'main';
if (!/^[a-z-]+$/.test(entry) || !existsSync(join(root, `scripts/bench/${entry}.ts`))) {
  console.error(`[bench] BENCH_ENTRY=${entry}: no scripts/bench/${entry}.ts`);
  process.exit(1);
}

let baselineHostJs = '';
const baselineRef = process.env.BENCH_BASELINE_REF;
if (baselineRef) {
  const src = join(cache, 'baseline-src');
  const out = join(cache, 'baseline-app');
  const sha = spawnSync('git', ['rev-parse', '--verify', `${baselineRef}^{commit}`], { cwd: root, encoding: 'utf8' }).stdout.trim();
  if (!sha) {
    console.error(`[bench] BENCH_BASELINE_REF=${baselineRef} names no commit`);
    process.exit(1);
  }
  const stamp = join(out, `built-from-${sha}`);
  if (!existsSync(stamp)) {
    console.log(`[bench] building the baseline app from ${baselineRef} (${sha.slice(0, 8)})…`);
    rmSync(src, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    mkdirSync(src, { recursive: true });
    const archived = spawnSync('sh', ['-c', `git archive ${sha} | tar -x -C "${src}"`], { cwd: root, stdio: 'inherit' });
    if (archived.status !== 0) process.exit(archived.status ?? 1);
    symlinkSync(join(root, 'node_modules'), join(src, 'node_modules'), 'dir');
    const built = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: src,
      stdio: 'inherit',
      env: { ...process.env, DISPATCH_OUT_DIR: out, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
    });
    // The source copy links node_modules, which holds this cache: a loop for any tool that walks
    // the project (the security scan ran out of memory in it). Only the build is needed.
    rmSync(src, { recursive: true, force: true });
    if (built.status !== 0) process.exit(built.status ?? 1);
    writeFileSync(stamp, `${baselineRef}\n`);
  }
  baselineHostJs = join(out, 'main/host.js');
}

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  // Bundle our code; leave packages to node_modules (the bundle sits inside the project).
  ssr: { noExternal: [] },
  build: {
    ssr: join(root, `scripts/bench/${entry}.ts`),
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
  env: { ...process.env, BENCH_ROOT: root, BENCH_HOST_JS: process.env.BENCH_HOST_JS ?? join(appOut, 'main/host.js'), BENCH_BASELINE_HOST_JS: baselineHostJs || (process.env.BENCH_BASELINE_HOST_JS ?? ''), BENCH_BASELINE_REF: baselineRef ?? '' },
});
process.exit(run.status ?? 1);
