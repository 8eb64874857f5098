/**
 * `BENCH_ENTRY=store npm run bench`: the store-write and intake figures only (no browser), for a
 * quick check while working on the store; `npm run bench` measures the same inside the full run.
 * Prints its table; writes nothing. Same options as main.ts (BENCH_QUICK, BENCH_REPEAT, BENCH_SEED).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchNow } from './bench-now';
import { benchHost, startHost } from './host-bench';
import { benchWrites, intakeRow, writeRows, writeSizes } from './journal-bench';
import { terminalTable } from './report';

const quick = process.env.BENCH_QUICK === '1';
const k = Math.max(1, Number(process.env.BENCH_REPEAT ?? '1'));
const seed = Number(process.env.BENCH_SEED ?? '6');
const hostJs = resolve(process.env.BENCH_HOST_JS ?? 'out/main/host.js');

const now = benchNow();
const work = await mkdtemp(join(tmpdir(), 'dispatch-bench-store-'));
try {
  const folders = await writeSizes(work, { seed, now, quick });
  const sizes = await benchWrites(folders, (quick ? 10 : 40) * k);
  const hostDir = join(work, 'host');
  await cp(folders[0]!.dir, hostDir, { recursive: true });
  const host = await startHost(hostJs, hostDir, now);
  let hostResults;
  try {
    hostResults = await benchHost(host, { mutation: (quick ? 10 : 40) * k, intakeRuns: (quick ? 1 : 3) * k, intakeJobs: quick ? 300 : 800 });
  } finally {
    await host.stop();
  }
  console.log(`\n${terminalTable([...writeRows(sizes), intakeRow(hostResults.intake)])}\n`);
} finally {
  await rm(work, { recursive: true, force: true });
}
