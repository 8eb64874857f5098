/**
 * A focused run of the live-loop figure alone (see live-loop.ts), with the peak shop's board and
 * queue (history is small: it does not reach the pages). Prints JSON; writes nothing. Options
 * (environment): BENCH_WINDOWS=<n> (default 5), BENCH_JOBS=<n> (default 1000), BENCH_SEED=<n>,
 * BENCH_NOW=<ISO instant>; BENCH_BASELINE_HOST_JS runs it against that build too.
 * Run with `BENCH_ENTRY=live-only npm run bench`.
 */
import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { dayBounds, dayOf } from '../../shared/domain/jobs';
import { benchNow } from './bench-now';
import { runFocused } from './focused-run';
import { generateShop } from '../lib/generate-shop';
import { startHost } from './host-bench';
import { benchLiveLoop } from './live-loop';
import { writeOurStore } from './write-data';

const root = resolve(process.env.BENCH_ROOT ?? process.cwd());
const builds = [
  { name: 'new', hostJs: resolve(process.env.BENCH_HOST_JS ?? join(root, 'out/main/host.js')) },
  ...(process.env.BENCH_BASELINE_HOST_JS ? [{ name: 'baseline', hostJs: resolve(process.env.BENCH_BASELINE_HOST_JS) }] : []),
];
const seed = Number(process.env.BENCH_SEED ?? '6');

runFocused('live', async (work, browser) => {
  const now = benchNow();
  const shop = generateShop({ seed, now, size: { history: 1000 } });
  const ours = join(work, 'ours');
  await writeOurStore(ours, shop, now);
  const tz = shop.doc.settings.timeZone;
  const today = dayBounds(dayOf(now, tz), tz);
  const results = [];
  for (const build of builds) {
    const dir = join(work, build.name);
    await cp(ours, dir, { recursive: true });
    const host = await startHost(build.hostJs, dir, now);
    try {
      const r = await host.invoke<{ jobs: unknown[] }>('board:range', { from: today.start.toISOString(), to: today.end.toISOString() });
      const live = await benchLiveLoop(browser, host, {
        windows: Number(process.env.BENCH_WINDOWS ?? '5'),
        jobs: Number(process.env.BENCH_JOBS ?? '1000'),
        clients: 8,
        dayEvents: r.value!.jobs.length,
      });
      results.push({ build: build.name, ...live });
    } finally {
      await host.stop();
    }
  }
  return results;
});
