/**
 * A focused run of the report figures alone: the benchmark shop (100,000 finished jobs in monthly
 * archives) on disk, the real host, each report over a year. Prints the rows and JSON and puts
 * the rows in README.md's "Reports" table (BENCH_NO_README=1: not). Run with
 * `BENCH_ENTRY=reports-only npm run bench`.
 * Options (environment): BENCH_REPEAT=<n> (runs per report, default 5), BENCH_SEED=<n>,
 * BENCH_NOW=<ISO instant> (see bench-now.ts), BENCH_HOST_JS=<path to a built host.js>.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchNow } from './bench-now';
import { generateShop } from '../lib/generate-shop';
import { startHost } from './host-bench';
import { markdownTable, terminalTable, writeReadmeTable } from './report';
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
      const rows = reportRows(results);
      console.log(`\n${terminalTable(rows)}\n`);
      if (process.env.BENCH_NO_README !== '1') {
        const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown'}, Node ${process.version}`;
        const intro = `#### Reports\n\nEach report over one year (${results.range.from} – ${results.range.to}) of the benchmark shop (seed ${seed}: ${shop.doc.jobs.length.toLocaleString('en')} active jobs, ${shop.history.length.toLocaleString('en')} finished jobs in ${months} archive months), through the headless host over HTTP, clock pinned to ${now.toISOString()} (\`BENCH_ENTRY=reports-only npm run bench\`), on ${machine}; load average (1 min) ${loadavg()[0]!.toFixed(1)} at the end. The first report of a run reads the year's archive months from disk; later ones use the months already read.`;
        await writeReadmeTable(join(root, 'README.md'), 'reports', `${intro}\n\n${markdownTable(rows)}`);
      }
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
