/**
 * A focused run of the queue filter figure alone (10,000 queued jobs, typing into the filter box),
 * with the same shop, host and in-page timing as `scripts/bench/main.ts`. Prints JSON; writes
 * nothing, except a CPU profile of the typing when BENCH_PROFILE=<file.cpuprofile> is set, or a
 * Chromium trace when BENCH_TRACE=<file.json> is set (open either in Chromium's DevTools).
 * Options (environment): BENCH_REPEAT=<n> (times the word is typed, default 5), BENCH_SEED=<n>,
 * BENCH_NOW=<ISO instant> (see bench-now.ts). Run with `BENCH_ENTRY=queue-only npm run bench`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { benchNow } from './bench-now';
import { benchQueue } from './browser-bench';
import { runFocused } from './focused-run';
import { generateShop } from '../lib/generate-shop';
import { startHost } from './host-bench';
import { chooseQueueQuery } from './queue-query';
import { writeOurStore } from './write-data';

const root = resolve(process.env.BENCH_ROOT ?? process.cwd());
const hostJs = resolve(process.env.BENCH_HOST_JS ?? join(root, 'out/main/host.js'));
const seed = Number(process.env.BENCH_SEED ?? '6');
const profileFile = process.env.BENCH_PROFILE;

runFocused('queue', async (work, browser) => {
  const now = benchNow();
  const shop = generateShop({ seed: seed + 1, now, size: { unassigned: 10_000, burst: 150, history: 0 } });
  const dir = join(work, 'queue');
  await mkdir(dir, { recursive: true });
  await writeOurStore(dir, shop, now);
  const host = await startHost(hostJs, dir, now);
  try {
    return await benchQueue(browser, host, {
      ...chooseQueueQuery(shop.doc),
      reps: Number(process.env.BENCH_REPEAT ?? '5'),
      trace: process.env.BENCH_TRACE ? resolve(process.env.BENCH_TRACE) : undefined,
      profile: profileFile ? (profile) => writeFile(resolve(profileFile), JSON.stringify(profile)) : undefined,
    });
  } finally {
    await host.stop();
  }
});
