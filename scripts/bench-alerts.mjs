#!/usr/bin/env node
// Alert policy cost: bundles scripts/bench/alerts-bench.ts with vite (Node 20 cannot run
// TypeScript) and runs it. BENCH_ALERT_JOBS (default 10000) and BENCH_ALERT_RUNS (200) tune it.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'node_modules/.cache/dispatch-bench-alerts');
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  ssr: { noExternal: [] },
  build: {
    ssr: join(root, 'scripts/bench/alerts-bench.ts'),
    outDir,
    emptyOutDir: true,
    minify: false,
    rollupOptions: { output: { format: 'es', entryFileNames: 'alerts-bench.mjs' } },
  },
});
const run = spawnSync(process.execPath, [join(outDir, 'alerts-bench.mjs')], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
