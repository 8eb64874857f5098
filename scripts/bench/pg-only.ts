/**
 * A focused run of the shared-database rows alone: the peak shop (without its archive) behind the
 * real host on the data file and on a throwaway PostgreSQL cluster, measured the same way. Prints
 * the rows and JSON and refreshes the README's shared-database table. Run with
 * `BENCH_ENTRY=pg-only npm run bench`. Options (environment): BENCH_REPEAT=<n>, BENCH_SEED=<n>,
 * BENCH_NOW=<ISO instant>, BENCH_HOST_JS=<built host.js>, BENCH_NO_README=1.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchNow } from './bench-now';
import { generateShop } from '../lib/generate-shop';
import { benchPostgres, pgRows } from './pg-bench';
import { markdownTable, terminalTable, writeReadmeTable } from './report';

const root = resolve(process.env.BENCH_ROOT ?? process.cwd());
const hostJs = resolve(process.env.BENCH_HOST_JS ?? join(root, 'out/main/host.js'));
const seed = Number(process.env.BENCH_SEED ?? '6');
const k = Math.max(1, Number(process.env.BENCH_REPEAT ?? '1'));
const log = (m: string) => console.log(`[bench] ${m}`);

async function main(): Promise<void> {
  const now = benchNow();
  const loadAtStart = loadavg()[0]!.toFixed(1);
  const work = await mkdtemp(join(tmpdir(), 'dispatch-bench-pg-'));
  try {
    const shop = generateShop({ seed, now, size: { history: 0 } });
    const results = await benchPostgres({ hostJs, work, shop, now, reps: { mutation: 40 * k, range: 10 * k, intakeJobs: 800 }, log });
    if ('skipped' in results) {
      log(`shared-database rows skipped: ${results.skipped}`);
      return;
    }
    const rows = pgRows(results);
    console.log(`\n${terminalTable(rows)}\n`);
    console.log(JSON.stringify({ pinnedNow: now.toISOString(), seed, ...results }, null, 2));
    const where = `Measured ${new Date().toISOString().slice(0, 10)} by \`BENCH_ENTRY=pg-only npm run bench\` (clock pinned to ${now.toISOString()}, seed ${seed}) on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown'}, Node ${process.version}; PostgreSQL 15 on the same machine (throwaway cluster, fsync off); load average (1 min) ${loadAtStart} at the start and ${loadavg()[0]!.toFixed(1)} at the end. The peak shop without its archive (${shop.doc.jobs.length} active jobs, ${shop.doc.technicians.length} technicians): the same host build on the data file (baseline) and on the shared database.`;
    if (process.env.BENCH_NO_README !== '1') await writeReadmeTable(join(root, 'README.md'), 'pg', `#### Shared database (PostgreSQL) beside the data file\n\n${where}\n\n${markdownTable(rows)}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
