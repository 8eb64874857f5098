/**
 * A focused run of the planner's benchmark alone (no app build needed beyond what bench.mjs does,
 * no browser): small, medium and large bursts, planner vs first-come vs the exact model. Prints
 * the table and writes the README's "Planner" table unless BENCH_NO_README=1. Options
 * (environment): BENCH_SEED=<n>, BENCH_NOW=<ISO instant> (see bench-now.ts), BENCH_REPEAT=<n>
 * (timed runs per scenario, default 3), BENCH_NO_EXACT=1 (skip the solver).
 * Run with `BENCH_ENTRY=planner-only npm run bench`.
 */
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { benchNow } from './bench-now';
import { benchPlanner, plannerTable } from './planner-bench';
import { writeReadmeTable } from './report';

const root = resolve(process.env.BENCH_ROOT ?? process.cwd());

async function main(): Promise<void> {
  const now = benchNow();
  const loadAtStart = loadavg()[0]!.toFixed(1);
  const rows = await benchPlanner({
    seed: Number(process.env.BENCH_SEED ?? '12'),
    now,
    reps: Math.max(1, Number(process.env.BENCH_REPEAT ?? '3')),
    exact: process.env.BENCH_NO_EXACT !== '1',
    log: (m) => console.log(`[bench] ${m}`),
  });
  const table = plannerTable(rows);
  console.log(table);
  if (process.env.BENCH_NO_README !== '1') {
    await writeReadmeTable(join(root, 'README.md'), 'planner', `#### Planner\n\nSeeded bursts at ${now.toISOString()}, seed ${process.env.BENCH_SEED ?? '12'} (\`BENCH_ENTRY=planner-only npm run bench\`; docs/planner.md, "How it was measured"), on ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown'}, Node ${process.version}; load average (1 min) ${loadAtStart} at the start and ${loadavg()[0]!.toFixed(1)} at the end (the machine is shared: times are wall-clock, medians of ${process.env.BENCH_REPEAT ?? '3'} runs).\n\n${table}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
