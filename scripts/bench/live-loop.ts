/**
 * The live loop at peak: several windows open on the board while an intake storm arrives from
 * several clients and one window drags an event. For every window, the time from a change's
 * commit to the frame that draws it. Measured through the intake API, the contract and the DOM
 * only (see live-probe.ts), so it measures any design of the push events and the renderer alike.
 *
 * Commit time of an intake job: when its 201 answer reached the client (the host answers only once
 * the job is on disk). The queue is virtualised, so a new job need not get a row in view: a job
 * counts as drawn in a window when that window's queue count first includes it, i.e. the i-th
 * answered job is drawn when the count reaches the count before the storm plus i. Commit time of
 * the drag: when the host's answer to the dragging window's `schedule:move` reached that window;
 * drawn: the first frame with the event at its new place (and, in the dragging window, no longer
 * marked as saving). Page clocks are mapped to the benchmark's clock by a measured offset.
 */
import type { Browser, Page } from '@playwright/test';
import { dragLater, heapMb, pinnedContext } from './browser-bench';
import { intakeBurst, raiseIntakeLimits, rssMb, shapeOf, type RunningHost } from './host-bench';
import { installLiveProbe, type ProbeWindow } from './live-probe';
import { cpuSeconds, treeCpuSeconds } from './proc-cpu';
import { sleep, summarize, type Summary } from './stats';

export type LiveWindow = {
  role: 'drags' | 'watches';
  /** Commit → drawn (ms) of every answered intake job and of the drag, in this window. */
  commitToDrawn: Summary;
  /** Jobs this window had not drawn when the benchmark stopped waiting (counted at the wait's end). */
  notDrawn: number;
  /** Changes this window drew before the client had the host's answer (counted as 0 ms). */
  drawnBeforeAnswer: number;
  /** The drag's commit → drawn here (ms), or null if it was not seen. */
  drag: number | null;
  heapMb: number;
  /** Main-thread busy time (CDP Performance TaskDuration) during the burst, and the part in script. */
  taskSeconds: number;
  scriptSeconds: number;
};

export type LiveLoopResults = {
  windows: LiveWindow[];
  /** The window with the highest p95. */
  worst: Summary;
  intake: { posted: number; created: number; clients: number; ms: number; statuses: Record<string, number> };
  drag: { job: string; committed: boolean; note: string };
  /** CPU seconds during the burst (from the first POST until every window drew everything), and that wall time. */
  cpu: { wallSeconds: number; hostSeconds: number; browserSeconds: number };
  memory: { hostRssMb: number; hostPeakRssMb: number; pageHeapMb: Summary };
};

type Opened = { page: Page; offset: number; metrics: () => Promise<{ task: number; script: number }> };

const probe = (page: Page) => page.evaluate(() => (window as unknown as ProbeWindow).__live);
const epoch = () => performance.timeOrigin + performance.now();

/** Page clock minus ours (ms), from the round trip with the smallest delay. */
async function clockOffset(page: Page): Promise<number> {
  let best = { rtt: Infinity, offset: 0 };
  for (let i = 0; i < 7; i++) {
    const before = epoch();
    const theirs = await page.evaluate(() => performance.timeOrigin + performance.now());
    const after = epoch();
    if (after - before < best.rtt) best = { rtt: after - before, offset: theirs - (before + after) / 2 };
  }
  return best.offset;
}

async function openBoard(browser: Browser, host: RunningHost, dayEvents: number): Promise<Opened> {
  const context = await pinnedContext(browser, host);
  const page = await context.newPage();
  await page.addInitScript(installLiveProbe);
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.job-event').length >= n, dayEvents, { timeout: 120_000 });
  await page.waitForFunction(() => (window as unknown as ProbeWindow).__live.counts.length > 0, null, { timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => {
    const { metrics: m } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const get = (name: string) => m.find((x) => x.name === name)?.value ?? Number.NaN;
    return { task: get('TaskDuration'), script: get('ScriptDuration') };
  };
  return { page, offset: await clockOffset(page), metrics };
}

/** A booked job later today on the board, to drag one hour later. */
async function dragCandidate(host: RunningHost) {
  const from = host.now().getTime() + 3600_000;
  const r = await host.invoke<{ jobs: { id: string; number: string; status: string; assignment: { technicianId: string; start: string; end: string } }[] }>('board:range', {
    from: new Date(from).toISOString(),
    to: new Date(from + 5 * 3600_000).toISOString(),
  });
  const job = (r.value?.jobs ?? []).find((j) => j.status === 'scheduled' && Date.parse(j.assignment.start) > from);
  if (!job) throw new Error('no scheduled job later today to drag');
  return { ...job, minutes: (Date.parse(job.assignment.end) - Date.parse(job.assignment.start)) / 60_000 };
}

export async function benchLiveLoop(
  browser: Browser,
  host: RunningHost,
  opts: { windows: number; jobs: number; clients: number; dayEvents: number },
): Promise<LiveLoopResults> {
  await raiseIntakeLimits(host);
  const shape = await shapeOf(host);
  const opened: Opened[] = [];
  for (let i = 0; i < opts.windows; i++) opened.push(await openBoard(browser, host, opts.dayEvents));
  const dragger = opened[0]!.page;
  const job = await dragCandidate(host);
  const event = dragger.locator(`.fc-event[data-job-id="${job.id}"]:not(.fc-event-mirror)`).first();
  await event.scrollIntoViewIfNeeded();
  const bases: number[] = [];
  for (const o of opened) {
    bases.push(
      await o.page.evaluate((id) => {
        const live = (window as unknown as ProbeWindow).__live;
        const el = document.querySelector<HTMLElement>(`.fc-event[data-job-id="${CSS.escape(id)}"]:not(.fc-event-mirror)`);
        live.watch = { id, left: el?.getBoundingClientRect().left ?? Number.NaN };
        return live.counts[live.counts.length - 1]![1];
      }, job.id),
    );
  }

  const hostPid = host.child.pid!;
  const cpu0 = { host: await cpuSeconds(hostPid), browser: await treeCpuSeconds(process.pid, [hostPid]) };
  const metrics0 = await Promise.all(opened.map((o) => o.metrics()));
  const began = epoch();
  const storm = intakeBurst(host, shape, 'live', opts.jobs, opts.clients);
  // The drag lands in the middle of the storm.
  await sleep(400);
  const dragged = await dragLater(dragger, job.number, job.minutes);
  const burst = await storm;

  // Wait until every window drew every answered job and the drag, or 60 s passed.
  const created = burst.createdAt.length;
  const waitUntil = epoch() + 60_000;
  for (;;) {
    const states = await Promise.all(opened.map((o) => probe(o.page)));
    const done = states.every((s, i) => (s.counts[s.counts.length - 1]?.[1] ?? 0) >= bases[i]! + created && (s.movedAt !== null || !dragged));
    if (done || epoch() > waitUntil) break;
    await sleep(100);
  }
  const ended = epoch();
  const cpu1 = { host: await cpuSeconds(hostPid), browser: await treeCpuSeconds(process.pid, [hostPid]) };
  const metrics1 = await Promise.all(opened.map((o) => o.metrics()));

  const states = await Promise.all(opened.map((o) => probe(o.page)));
  const answers = states[0]!.moveAnswers.map((t) => t - opened[0]!.offset);
  const dragCommit = answers.length > 0 ? answers[answers.length - 1]! : null;
  const windows: LiveWindow[] = [];
  for (const [i, s] of states.entries()) {
    const offset = opened[i]!.offset;
    const times: number[] = [];
    let notDrawn = 0;
    let early = 0;
    const late = (drawnAt: number | null, committedAt: number) => {
      if (drawnAt === null) {
        notDrawn++;
        return ended - committedAt;
      }
      if (drawnAt < committedAt) early++;
      return Math.max(0, drawnAt - committedAt);
    };
    for (const [k, answeredAt] of burst.createdAt.entries()) {
      const shown = s.counts.find(([, n]) => n >= bases[i]! + k + 1);
      times.push(late(shown ? shown[0] - offset : null, answeredAt));
    }
    let drag: number | null = null;
    if (dragCommit !== null) {
      drag = late(s.movedAt === null ? null : s.movedAt - offset, dragCommit);
      times.push(drag);
    }
    windows.push({
      role: i === 0 ? 'drags' : 'watches',
      commitToDrawn: summarize(times),
      notDrawn,
      drawnBeforeAnswer: early,
      drag,
      heapMb: await heapMb(opened[i]!.page),
      taskSeconds: metrics1[i]!.task - metrics0[i]!.task,
      scriptSeconds: metrics1[i]!.script - metrics0[i]!.script,
    });
  }
  const mem = await rssMb(hostPid);
  for (const o of opened) await o.page.context().close();
  // Put the dragged job back, so later figures start from the same board.
  await host.invoke('schedule:move', { jobId: job.id, technicianId: job.assignment.technicianId, start: job.assignment.start });

  const statuses: Record<string, number> = {};
  for (const [code, n] of burst.statuses) statuses[code] = n;
  const worst = windows.reduce((a, b) => (b.commitToDrawn.p95 > a.commitToDrawn.p95 ? b : a)).commitToDrawn;
  return {
    windows,
    worst,
    intake: { posted: opts.jobs, created, clients: opts.clients, ms: burst.ms, statuses },
    drag: {
      job: job.number,
      committed: dragCommit !== null,
      note: !dragged ? 'the event was not on screen' : dragCommit === null ? 'no schedule:move answer reached the dragging window' : 'mouse drag one hour later',
    },
    cpu: { wallSeconds: (ended - began) / 1000, hostSeconds: cpu1.host - cpu0.host, browserSeconds: cpu1.browser - cpu0.browser },
    memory: { hostRssMb: mem.rss, hostPeakRssMb: mem.peak, pageHeapMb: summarize(windows.map((w) => w.heapMb)) },
  };
}
