/**
 * A focused run of the board figures alone (first render day/week, drop-to-committed), with the
 * same shop, host and in-page measurements as `scripts/bench/main.ts`, for iterating on the board
 * without the minutes the store, host and queue figures take. Prints JSON; writes nothing.
 * Run with `BENCH_ENTRY=board-only npm run bench`.
 * Options (environment): BENCH_REPEAT=<n> (board runs, default 3), BENCH_DROPS=<n> (default 12),
 * BENCH_SEED=<n>, BENCH_HOST_JS=<path to a built host.js>, BENCH_NOW=<ISO instant> (see bench-now.ts).
 */
import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { dayBounds, dayOf } from '../../shared/domain/jobs';
import { benchNow } from './bench-now';
import { benchBoard } from './browser-bench';
import { runFocused } from './focused-run';
import { generateShop } from '../lib/generate-shop';
import { startHost } from './host-bench';
import { writeOurStore } from './write-data';

const root = resolve(process.env.BENCH_ROOT ?? process.cwd());
const hostJs = resolve(process.env.BENCH_HOST_JS ?? join(root, 'out/main/host.js'));
const seed = Number(process.env.BENCH_SEED ?? '6');

runFocused('board', async (work, browser) => {
  const now = benchNow();
  // History does not reach the board; a small archive keeps the set-up quick.
  const shop = generateShop({ seed, now, size: { history: 1000 } });
  const ours = join(work, 'ours');
  await writeOurStore(ours, shop, now);
  const hostDir = join(work, 'host');
  await cp(ours, hostDir, { recursive: true });
  const tz = shop.doc.settings.timeZone;
  const today = dayBounds(dayOf(now, tz), tz);
  const weekStart = shop.doc.jobs.reduce((min, j) => (j.assignment && Date.parse(j.assignment.start) < min ? Date.parse(j.assignment.start) : min), Infinity);
  const monday = dayBounds(dayOf(new Date(weekStart), tz), tz).start;
  const host = await startHost(hostJs, hostDir, now);
  try {
    return await benchBoard(browser, host, {
      reps: Number(process.env.BENCH_REPEAT ?? '3'),
      drops: Number(process.env.BENCH_DROPS ?? '12'),
      dayBounds: today,
      weekBounds: { start: monday, end: new Date(monday.getTime() + 7 * 86_400_000) },
    });
  } finally {
    await host.stop();
  }
});
