/**
 * A focused run of the report figures alone: the benchmark shop (100,000 finished jobs in monthly
 * archives) on disk, the real host, each report over a year. Prints the rows and JSON; writes
 * nothing. Run with `BENCH_ENTRY=reports-only npm run bench`.
 * Options (environment): BENCH_REPEAT=<n> (runs per report, default 5), BENCH_SEED=<n>,
 * BENCH_NOW=<ISO instant> (see bench-now.ts), BENCH_HOST_JS=<path to a built host.js>.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchNow } from './bench-now';
import { generateShop } from '../lib/generate-shop';
import { startHost } from './host-bench';
import { terminalTable } from './report';
import { benchReports, reportRows } from './reports-bench';
import { writeOurStore } from './write-data';

const root = resolve(process.env.BENCH_ROOT ?? process.cwd());
const hostJs = resolve(process.env.BENCH_HOST_JS ?? join(root, 'out/main/host.js'));
const seed = Number(process.env.BENCH_SEED ?? '6');

async function main(): Promise<void> {
  const now = benchNow();
  const work = await mkdtemp(join(tmpdir(), 'dispatch-bench-reports-'));
  try {
    const shop = generateShop({ seed, now });
    const months = await writeOurStore(work, shop, now);
    const host = await startHost(hostJs, work, now);
    try {
      const results = await benchReports(host, { timeZone: shop.doc.settings.timeZone, reps: Number(process.env.BENCH_REPEAT ?? '5') });
      console.log(`\n${terminalTable(reportRows(results))}\n`);
      console.log(JSON.stringify({ pinnedNow: now.toISOString(), seed, archiveMonths: months, finishedJobs: shop.history.length, ...results }, null, 2));
    } finally {
      await host.stop();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
