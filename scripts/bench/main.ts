/**
 * `npm run bench`: the peak-load benchmark. Builds a seeded peak shop, lays it out as our store
 * keeps it and as a naive store would, then measures the store in-process, the headless host over
 * HTTP, and the board and queue in Chromium. Prints a table, writes docs/bench-results.json and the
 * README's Performance section. Options (environment): BENCH_QUICK=1 (small shop, few repetitions),
 * BENCH_REPEAT=<n> (multiply repetitions), BENCH_SEED=<n>, BENCH_NO_README=1, BENCH_NOW=<ISO instant>.
 * With BENCH_BASELINE_HOST_JS (set by scripts/bench.mjs from BENCH_BASELINE_REF), the live loop,
 * drop-to-committed and the queue filter are measured against that build as well, in the same run.
 *
 * The shop, the hosts and the pages all run at BENCH_NOW (see bench-now.ts), by default a
 * Wednesday 09:30 in London: the board is measured on a busy working day, whatever the date.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem, tmpdir, release } from 'node:os';
import { join, resolve } from 'node:path';
import { dayBounds, dayOf } from '../../shared/domain/jobs';
import { benchNow } from './bench-now';
import { benchBoard, benchDrops, benchQueue, launchChromium, type QueueResults } from './browser-bench';
import { generateShop, PEAK_SHOP } from '../lib/generate-shop';
import { benchHost, rssMb, startHost, type RunningHost } from './host-bench';
import { benchLiveLoop, type LiveLoopResults } from './live-loop';
import { liveLoopRows } from './live-rows';
import { benchWrites, intakeRow, writeRows, writeSizes } from './journal-bench';
import { chooseQueueQuery } from './queue-query';
import { markdownTable, terminalTable, writeReadme, writeReadmeTable, type Row } from './report';
import { benchPlanner, plannerTable } from './planner-bench';
import { benchPostgres, pgRows } from './pg-bench';
import { benchStore } from './store-bench';
import { benchPlannerService, plannerServiceRows } from './planner-service-bench';
import { benchReports, reportRows, type ReportsResults } from './reports-bench';
import { summarize } from './stats';
import { writeNaiveStore, writeOurStore } from './write-data';

const root = resolve(process.env.BENCH_ROOT ?? process.cwd());
const hostJs = resolve(process.env.BENCH_HOST_JS ?? join(root, 'out/main/host.js'));
const baselineHostJs = process.env.BENCH_BASELINE_HOST_JS ? resolve(process.env.BENCH_BASELINE_HOST_JS) : null;
const baselineName = `${process.env.BENCH_BASELINE_REF || 'baseline'}'s build`;
const quick = process.env.BENCH_QUICK === '1';
const k = Math.max(1, Number(process.env.BENCH_REPEAT ?? '1'));
const seed = Number(process.env.BENCH_SEED ?? '6');
const reps = {
  open: (quick ? 2 : 5) * k,
  mutation: (quick ? 10 : 40) * k,
  baseline: (quick ? 2 : 5) * k,
  intakeRuns: (quick ? 1 : 3) * k,
  intakeJobs: quick ? 300 : 800,
  board: (quick ? 1 : 3) * k,
  drops: (quick ? 4 : 12) * k,
  queue: (quick ? 1 : 3) * k,
  liveJobs: quick ? 200 : 1000,
  reports: (quick ? 2 : 5) * k,
};
const LIVE_WINDOWS = 5;
const LIVE_CLIENTS = 8;

const log = (m: string) => console.log(`[bench] ${m}`);
const ms = (t: number) => `${Math.round(performance.now() - t)} ms`;

async function main(): Promise<void> {
  const began = performance.now();
  const size = quick ? { history: 10_000 } : {};
  const shopSize = { ...PEAK_SHOP, ...size };
  const ranAt = new Date();
  const loadAtStart = loadavg()[0]!.toFixed(1);
  const now = benchNow();
  log(`shop, hosts and pages pinned to ${now.toISOString()}`);
  const work = await mkdtemp(join(tmpdir(), 'dispatch-bench-'));
  try {
    let t = performance.now();
    const shop = generateShop({ seed, now, size });
    log(`generated the shop (${shop.doc.jobs.length} active jobs, ${shop.history.length} finished) in ${ms(t)}`);
    t = performance.now();
    const ours = join(work, 'ours');
    const months = await writeOurStore(ours, shop, now);
    const naiveFile = join(work, 'naive.json');
    const naiveBytes = await writeNaiveStore(naiveFile, shop);
    const hostDir = join(work, 'host');
    await cp(ours, hostDir, { recursive: true });
    const baselineDir = join(work, 'baseline-host');
    if (baselineHostJs) await cp(ours, baselineDir, { recursive: true });
    log(`wrote our store (${months} archive months) and the naive file (${(naiveBytes / 1e6).toFixed(0)} MB) in ${ms(t)}`);

    t = performance.now();
    const store = await benchStore({ oursDir: ours, naiveFile, reps });
    log(`store measured in ${ms(t)}`);

    t = performance.now();
    const writes = await benchWrites(await writeSizes(join(work, 'writes'), { seed, now, quick }), reps.mutation);
    log(`store writes (journal and whole file, two sizes) measured in ${ms(t)}`);

    t = performance.now();
    const host = await startHost(hostJs, hostDir, now);
    const tz = shop.doc.settings.timeZone;
    const today = dayBounds(dayOf(now, tz), tz);
    const weekStart = shop.doc.jobs.reduce((min, j) => (j.assignment && Date.parse(j.assignment.start) < min ? Date.parse(j.assignment.start) : min), Infinity);
    const monday = dayBounds(dayOf(new Date(weekStart), tz), tz).start;
    const browser = await launchChromium();
    let board;
    let hostResults;
    let reportsResults: ReportsResults;
    let live: LiveLoopResults;
    const liveOpts = { windows: LIVE_WINDOWS, jobs: reps.liveJobs, clients: LIVE_CLIENTS, dayEvents: 0 };
    try {
      board = await benchBoard(browser, host, { reps: reps.board, drops: reps.drops, dayBounds: today, weekBounds: { start: monday, end: new Date(monday.getTime() + 7 * 86_400_000) } });
      log(`board measured in ${ms(t)}`);
      t = performance.now();
      live = await benchLiveLoop(browser, host, { ...liveOpts, dayEvents: board.dayEvents });
      log(`live loop measured in ${ms(t)} (p95 of the worst window ${Math.round(live.worst.p95)} ms)`);
      t = performance.now();
      hostResults = await benchHost(host, reps);
      log(`host measured in ${ms(t)}`);
      t = performance.now();
      reportsResults = await benchReports(host, { timeZone: tz, reps: reps.reports });
      log(`reports measured in ${ms(t)}`);
    } finally {
      await host.stop();
    }

    // The same drops and live loop against the baseline build, on a fresh copy of the same shop.
    let oldDrops = null;
    let oldLive: LiveLoopResults | null = null;
    let oldHostResults: Awaited<ReturnType<typeof benchHost>> | null = null;
    if (baselineHostJs) {
      t = performance.now();
      const oldHost = await startHost(baselineHostJs, baselineDir, now);
      try {
        oldDrops = await benchDrops(browser, oldHost, reps.drops, board.dayEvents);
        oldLive = await benchLiveLoop(browser, oldHost, { ...liveOpts, dayEvents: board.dayEvents });
        // Intake and the HTTP mutation against the old build too: "old" and "new" from one run.
        oldHostResults = await benchHost(oldHost, reps);
      } finally {
        await oldHost.stop();
      }
      log(`${baselineName}: drops and live loop measured in ${ms(t)} (p95 of the worst window ${Math.round(oldLive.worst.p95)} ms)`);
    }

    t = performance.now();
    const queueShop = generateShop({ seed: seed + 1, now, size: { unassigned: 10_000, burst: 150, history: 0 } });
    const queueDir = join(work, 'queue');
    await mkdir(queueDir, { recursive: true });
    await writeOurStore(queueDir, queueShop, now);
    const plan = chooseQueueQuery(queueShop.doc);
    const queueRun = async (js: string, dir: string): Promise<{ queue: QueueResults; rss: { rss: number; peak: number }; host: RunningHost }> => {
      const queueHost = await startHost(js, dir, now);
      try {
        const queue = await benchQueue(browser, queueHost, { ...plan, reps: reps.queue });
        return { queue, rss: await rssMb(queueHost.child.pid!), host: queueHost };
      } finally {
        await queueHost.stop();
      }
    };
    let oldQueue = null;
    if (baselineHostJs) {
      const oldQueueDir = join(work, 'baseline-queue');
      await cp(queueDir, oldQueueDir, { recursive: true });
      oldQueue = (await queueRun(baselineHostJs, oldQueueDir)).queue;
    }
    const { queue, rss: queueRss, host: queueHost } = await queueRun(hostJs, queueDir);
    log(`queue measured in ${ms(t)}`);
    const chromiumVersion = browser.version();
    await browser.close();

    t = performance.now();
    const plannerService = await benchPlannerService({ seed, now, reps: quick ? 1 : 3 });
    log(`planner through the core measured in ${ms(t)}`);

    // The shared PostgreSQL store beside the data file, on the same shop (skipped without a server).
    t = performance.now();
    const postgres = await benchPostgres({ hostJs, work, shop, now, reps: { mutation: reps.mutation, range: reps.board * 3, intakeJobs: reps.intakeJobs }, log });
    log('skipped' in postgres ? `shared-database rows skipped: ${postgres.skipped}` : `shared database measured in ${ms(t)}`);

    const rows: Row[] = [
      { measure: 'Store open, cold (active file + 100k archived)', value: store.ours.open, unit: 'ms', baseline: store.baseline.open, budget: { limit: 500, on: 'median', kind: 'max', text: '< 500 ms' }, note: 'baseline: lowdb JSONFile read of the whole file, no validation' },
      { measure: 'Store open, baseline with schema validation', value: store.baseline.openWithValidation, unit: 'ms', note: 'what the app would need to trust that file' },
      { measure: 'Host start → ready (process)', value: summarize([host.startMs, queueHost.startMs].slice(0, 1)), unit: 'ms' },
      { measure: 'Durable mutation at idle (in-process)', value: store.ours.mutationIdle, unit: 'ms', baseline: store.baseline.mutationIdle, budget: { limit: 10, on: 'median', kind: 'max', text: '< 10 ms median' } },
      { measure: 'Durable mutation at idle, p95 budget', value: store.ours.mutationIdle, unit: 'ms', budget: { limit: 25, on: 'p95', kind: 'max', text: '< 25 ms p95' } },
      { measure: 'Durable mutation at idle (HTTP, host process)', value: hostResults.mutationIdle, unit: 'ms', baseline: oldHostResults?.mutationIdle ?? null, note: oldHostResults ? `baseline: ${baselineName}` : undefined },
      { measure: 'Durable mutation during an intake burst (HTTP)', value: hostResults.mutationDuringBurst, unit: 'ms', note: '600 intake POSTs, 50 in flight' },
      ...writeRows(writes),
      intakeRow(hostResults.intake, oldHostResults?.intake ?? null, baselineName),
      { measure: `Board first render, day view (${board.dayEvents} events)`, value: board.dayFirstRender, unit: 'ms', budget: { limit: 1000, on: 'median', kind: 'max', text: '< 1 s' }, note: 'navigation start → every event in the DOM' },
      { measure: `Board week view (${board.weekEvents} events)`, value: board.weekSwitch, unit: 'ms', budget: { limit: 1000, on: 'median', kind: 'max', text: '< 1 s' }, note: 'click on Week → every event in the DOM' },
      ...liveLoopRows(live, oldLive, baselineName),
      {
        measure: `Drop-to-committed (${shopSize.technicians} technicians × ${board.dayEvents} events)`,
        value: board.dropToCommitted,
        unit: 'ms',
        baseline: oldDrops,
        budget: { limit: 100, on: 'median', kind: 'max', text: '≤ 100 ms median' },
        note: `${board.dropToCommitted.method}: pointerup → host's answer and the event drawn at its new place, not marked as saving${oldDrops ? `; baseline: ${baselineName}` : ''}`,
      },
      {
        measure: `Queue filter per keystroke (${queue.queued} queued)`,
        value: queue.perKeystroke,
        unit: 'ms',
        baseline: oldQueue?.perKeystroke ?? null,
        budget: { limit: 30, on: 'median', kind: 'max', text: '≤ 30 ms median' },
        note: `typing "${queue.query}" beside the board's day view; keydown → the frame showing the new count painted (timed in the page; the driver-timed figure used before: ${Math.round(queue.perKeystrokeWithDriver.median)} ms${oldQueue ? `, baseline ${Math.round(oldQueue.perKeystrokeWithDriver.median)} ms` : ''})${oldQueue ? `; baseline: ${baselineName}` : ''}`,
      },
      { measure: `Archive search over HTTP (${hostResults.archiveSearch.searched} archived jobs)`, value: hostResults.archiveSearch.warm, unit: 'ms', note: 'index built in the background after start' },
      { measure: 'Archive search, cold index (first search, in-process)', value: store.ours.coldSearch, unit: 'ms', note: `reads and indexes every month file; the index then holds ${Math.round(store.ours.indexHeapMb)} MB of heap` },
      ...reportRows(reportsResults),
      { measure: 'Host process RSS after the run', value: summarize([hostResults.memory.rssMb]), unit: 'MB', note: `peak ${Math.round(hostResults.memory.peakRssMb)} MB` },
      { measure: 'Store heap after open (in-process)', value: summarize([store.ours.heapAfterOpenMb]), unit: 'MB', baseline: summarize([store.baseline.heapAfterOpenMb]) },
      { measure: 'Page JS heap: day / week view', value: summarize([board.pageHeapMb.day]), unit: 'MB', note: `week view ${Math.round(board.pageHeapMb.week)} MB; queue page ${Math.round(queue.pageHeapMb)} MB` },
      ...plannerServiceRows(plannerService),
      ...pgRows(postgres),
      { measure: `Host process RSS, queue shop (${queue.queued} queued) after typing`, value: summarize([queueRss.rss]), unit: 'MB', note: `peak ${Math.round(queueRss.peak)} MB; host start ${Math.round(queueHost.startMs)} ms` },
    ];

    const machine = {
      cpu: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown'}`,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      os: `Linux ${release()}`,
      node: process.version,
      chromium: chromiumVersion,
    };
    const table = terminalTable(rows);
    console.log(`\n${table}\n`);
    const load = loadavg().map((l) => l.toFixed(1)).join(', ');
    const results = { ranAt: ranAt.toISOString(), pinnedNow: now.toISOString(), seed, quick, reps, shop: shopSize, machine, loadAtEnd: load, naiveFileBytes: naiveBytes, archiveMonths: months, store, writes, host: hostResults, reports: reportsResults, board, live, queue, plannerService, postgres, baseline: baselineHostJs ? { name: baselineName, drops: oldDrops, live: oldLive, queue: oldQueue } : null, rows };
    await writeFile(join(root, 'docs/bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    const seconds = Math.round((performance.now() - began) / 1000);
    const section = [
      `Measured ${ranAt.toISOString().slice(0, 10)} by \`npm run bench\`${quick ? ' (quick mode)' : ''} (clock pinned to ${now.toISOString()}) on ${machine.cpu}, ${machine.memoryGb} GB RAM, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}; the whole run took ${seconds} s. The machine is shared: its load average (1 min) was ${loadAtStart} at the start and ${loadavg()[0]!.toFixed(1)} at the end (${machine.cpu.split(' ')[0]} cores). Raw figures: [docs/bench-results.json](docs/bench-results.json).`,
      '',
      `**Shop** (seed ${seed}): ${shopSize.technicians} technicians in ${shopSize.zones} zones, ${shopSize.clients} clients, ${shopSize.scheduled.toLocaleString('en-GB')} jobs booked across the current week, ${shopSize.unassigned} unassigned (${shopSize.burst} received in the last hour), ${shop.history.length.toLocaleString('en-GB')} finished jobs of history in ${months} archive month files. The queue figure uses a second shop with 10,000 queued jobs.`,
      '',
      `**Baseline**: the same data kept the naive way, all history inside one ${(naiveBytes / 1e6).toFixed(0)} MB document written with lowdb's stock \`JSONFile\` adapter on every mutation, measured in the same run on the same machine. "Gain" is baseline median ÷ our median.${baselineHostJs ? ` For the live loop, intake, the HTTP mutation, drop-to-committed and the queue filter the baseline is ${baselineName} (BENCH_BASELINE_REF), measured the same way on a copy of the same shop in the same run.` : ''}`,
      '',
      `**Method**: medians and 95th percentiles over repeated runs (n per row). Store figures are in-process (the core as the host runs it); host figures go over HTTP on loopback to the headless host (\`host.js\`, built from this checkout into node_modules/.cache/dispatch-bench); board and queue figures are taken inside the page (performance.now(), event timestamps) in headless Chromium. The live loop opens ${LIVE_WINDOWS} pages on the board's day view, posts ${reps.liveJobs.toLocaleString('en-GB')} jobs to the intake API from ${LIVE_CLIENTS} concurrent clients while the first page drags an event, and times, in every page, each change from its commit (the host's answer reaching the client) to the first frame showing it (queue count including the job; the event at its new place), on one clock (scripts/bench/live-loop.ts). Absolute times on a shared 2-core machine are noisy; compare medians and ratios.`,
      '',
      markdownTable(rows),
    ].join('\n');
    if (process.env.BENCH_NO_README !== '1') await writeReadme(join(root, 'README.md'), section);
    // The planner's own table (pure computation, no browser): see planner-only.ts.
    const planner = await benchPlanner({ seed: 12, now, reps: quick ? 1 : 3, exact: !quick, log });
    console.log(`\n${plannerTable(planner)}\n`);
    if (process.env.BENCH_NO_README !== '1') await writeReadmeTable(join(root, 'README.md'), 'planner', `#### Planner\n\n${plannerTable(planner)}`);
    log(`done in ${seconds} s; wrote docs/bench-results.json${process.env.BENCH_NO_README === '1' ? '' : ' and README.md'}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
