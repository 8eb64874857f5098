/**
 * A focused run of the planner-through-the-core figures alone (no browser): the large burst
 * planned, accepted and undone through the real store. Prints the table and JSON; writes nothing.
 * Options (environment): BENCH_REPEAT=<n> (runs, default 3), BENCH_SEED=<n>, BENCH_NOW=<ISO instant>.
 * Run with `BENCH_ENTRY=planner-service-only npm run bench`.
 */
import { benchNow } from './bench-now';
import { benchPlannerService, plannerServiceRows } from './planner-service-bench';
import { terminalTable } from './report';

const reps = Math.max(1, Number(process.env.BENCH_REPEAT ?? '3'));
const seed = Number(process.env.BENCH_SEED ?? '6');

const results = await benchPlannerService({ seed, now: benchNow(), reps });
console.log(`\n${terminalTable(plannerServiceRows(results))}\n`);
console.log(JSON.stringify(results));
