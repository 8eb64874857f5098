/// <reference lib="dom" />
/**
 * Chromium against the headless host: board first render (day and week), drop-to-committed,
 * queue filter per keystroke, and the page's JS heap. Timestamps are taken inside the page
 * (performance.now(), event.timeStamp), so Playwright's own round trips are not counted.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { pinPageDate } from '../../tests/support/pinned-page-date';
import type { RunningHost } from './host-bench';
import { summarize, type Summary } from './stats';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const VIEWPORT = { width: 1600, height: 1000 };

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** A browser context whose `Date` agrees with the host's pinned clock. */
export async function pinnedContext(browser: Browser, host: RunningHost): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await pinPageDate(context, host.now());
  return context;
}

/** Installed before the app loads: records when `.job-event` count first reaches `__bench.expect`. */
function installObserver(): void {
  const w = window as unknown as { __bench: { expect: number; reachedAt: number | null; firstAt: number | null } };
  w.__bench = { expect: Number.POSITIVE_INFINITY, reachedAt: null, firstAt: null };
  const check = () => {
    const n = document.querySelectorAll('.job-event').length;
    if (n > 0 && w.__bench.firstAt === null) w.__bench.firstAt = performance.now();
    if (n >= w.__bench.expect && w.__bench.reachedAt === null) w.__bench.reachedAt = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
}

async function waitReached(page: Page, timeoutMs = 120_000): Promise<{ reachedAt: number; firstAt: number }> {
  try {
    await page.waitForFunction(() => (window as unknown as { __bench: { reachedAt: number | null } }).__bench.reachedAt !== null, null, {
      timeout: timeoutMs,
      polling: 50,
    });
  } catch (error) {
    const seen = await page.evaluate(() => ({
      events: document.querySelectorAll('.job-event').length,
      expect: (window as unknown as { __bench: { expect: number } }).__bench.expect,
    }));
    const shot = `/tmp/dispatch-bench-timeout-${Date.now()}.png`;
    await page.screenshot({ path: shot });
    throw new Error(`The board never showed ${seen.expect} events (it showed ${seen.events}); screenshot ${shot}`, { cause: error });
  }
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { reachedAt: number; firstAt: number } }).__bench;
    return { reachedAt: b.reachedAt, firstAt: b.firstAt };
  });
}

export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usage.usedSize / 2 ** 20;
}

export type BoardResults = {
  dayEvents: number;
  weekEvents: number;
  dayFirstRender: Summary;
  weekSwitch: Summary;
  dropToCommitted: Summary & { method: string; hostResponse: Summary };
  pageHeapMb: { day: number; week: number };
};

/** Count of jobs the board shows for [from, to), asked of the host. */
async function boardCount(host: RunningHost, from: Date, to: Date): Promise<number> {
  const r = await host.invoke<{ jobs: unknown[] }>('board:range', { from: from.toISOString(), to: to.toISOString() });
  if (!r.ok) throw new Error(`board:range failed: ${r.error?.message}`);
  return r.value!.jobs.length;
}

export async function benchBoard(browser: Browser, host: RunningHost, opts: { reps: number; drops: number; dayBounds: { start: Date; end: Date }; weekBounds: { start: Date; end: Date } }): Promise<BoardResults> {
  const dayEvents = await boardCount(host, opts.dayBounds.start, opts.dayBounds.end);
  const weekEvents = await boardCount(host, opts.weekBounds.start, opts.weekBounds.end);
  const day: number[] = [];
  const week: number[] = [];
  let heap = { day: 0, week: 0 };
  for (let rep = 0; rep < opts.reps; rep++) {
    const context = await pinnedContext(browser, host);
    const page = await context.newPage();
    await page.addInitScript(installObserver);
    await page.addInitScript((n) => {
      (window as unknown as { __bench: { expect: number } }).__bench.expect = n;
    }, dayEvents);
    await page.goto(host.url);
    day.push((await waitReached(page)).reachedAt);
    if (rep === 0) heap.day = await heapMb(page);

    // Week view: from the click on "Week" to every event of the week in the DOM.
    await page.evaluate((n) => {
      const b = (window as unknown as { __bench: { expect: number; reachedAt: number | null; clickAt: number } }).__bench;
      b.expect = n;
      b.reachedAt = null;
      document.addEventListener('click', (e) => (b.clickAt = e.timeStamp), { capture: true, once: true });
    }, weekEvents);
    await page.getByRole('button', { name: 'Week', exact: true }).click();
    const reached = await waitReached(page);
    const clickAt = await page.evaluate(() => (window as unknown as { __bench: { clickAt: number } }).__bench.clickAt);
    week.push(reached.reachedAt - clickAt);
    if (rep === 0) heap.week = await heapMb(page);
    await context.close();
  }
  const drops = await benchDrops(browser, host, opts.drops, dayEvents);
  heap = { day: heap.day, week: heap.week };
  return { dayEvents, weekEvents, dayFirstRender: summarize(day), weekSwitch: summarize(week), dropToCommitted: drops, pageHeapMb: heap };
}

/**
 * Drop-to-committed. With a draggable board: a real mouse drag of an event one hour later, timed
 * from the pointerup to the event drawn at its new place and no longer marked as saving. Without
 * one: the same move sent from the page (`schedule:move` over the page's own connection), timed to
 * the same point, so the figure still covers host commit → push event → board redraw.
 */
export async function benchDrops(browser: Browser, host: RunningHost, times: number, dayEvents: number) {
  const context = await pinnedContext(browser, host);
  const page = await context.newPage();
  await page.addInitScript(installObserver);
  await page.addInitScript((n) => ((window as unknown as { __bench: { expect: number } }).__bench.expect = n), dayEvents);
  await page.addInitScript(watchMoves);
  await page.goto(host.url);
  // The board remembers the last view; drops are measured in the day view.
  await page.getByRole('button', { name: 'Day', exact: true }).click();
  await waitReached(page);
  await page.waitForFunction((n) => document.querySelectorAll('.job-event').length === n, dayEvents, { timeout: 60_000 });
  const board = await host.invoke<{ jobs: { id: string; number: string; status: string; assignment: { technicianId: string; start: string; end: string } }[] }>(
    'board:range',
    { from: new Date(host.now().getTime() + 3600_000).toISOString(), to: new Date(host.now().getTime() + 6 * 3600_000).toISOString() },
  );
  const candidates = (board.value?.jobs ?? []).filter((j) => j.status === 'scheduled' && Date.parse(j.assignment.start) > host.now().getTime() + 3600_000);
  if (candidates.length === 0) throw new Error('no scheduled job later today to move');
  const draggable = (await page.locator('.fc-event-draggable.job-event').count()) > 0;
  const totals: number[] = [];
  const responses: number[] = [];
  let method = draggable ? 'mouse drag on the board' : 'schedule:move sent from the page (board has no drag yet)';
  for (let i = 0; i < times; i++) {
    const job = candidates[i % candidates.length]!;
    const later = { jobId: job.id, technicianId: job.assignment.technicianId, start: new Date(Date.parse(job.assignment.start) + 3600_000).toISOString() };
    const before = await leftOf(page, job.number);
    let timed: number | null = null;
    // Conflict toasts from earlier drops stack over the right of the board; a dispatcher would
    // have dismissed them, and they must not sit between the pointer and the next event.
    // The pointer rests where the last drop ended, and the hover details of the event under it
    // can cover a toast's Dismiss button: move it off the board and let the details close first.
    await page.mouse.move(1, 1);
    await page.locator('.job-popover').waitFor({ state: 'hidden' });
    for (const close of await page.locator('.board-toasts').getByRole('button', { name: 'Dismiss' }).all()) await close.click();
    if (draggable) {
      timed = await dragOnce(page, job.number, (Date.parse(job.assignment.end) - Date.parse(job.assignment.start)) / 60_000);
      if (timed === null) method = 'schedule:move sent from the page (the drag did not commit)';
    }
    if (timed === null) {
      const r = await page.evaluate(
        async ({ token, input, number }) => {
          const find = () =>
            [...document.querySelectorAll<HTMLElement>('.job-event')].find((e) => e.querySelector('.job-event__number')?.textContent === number);
          const start = find()?.getBoundingClientRect().left ?? Number.NaN;
          const t0 = performance.now();
          const res = await fetch('/api/invoke', {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body: JSON.stringify({ channel: 'schedule:move', input }),
          });
          const body = (await res.json()) as { ok: boolean; error?: { message: string } };
          const t1 = performance.now();
          if (!body.ok) return { error: body.error?.message ?? 'refused' };
          const shown = await new Promise<boolean>((resolve) => {
            const tick = () => {
              const e = find();
              if (e && Math.abs(e.getBoundingClientRect().left - start) > 2 && !e.classList.contains('is-pending')) resolve(true);
              else if (performance.now() - t0 > 10_000) resolve(false);
              else requestAnimationFrame(tick);
            };
            tick();
          });
          if (!shown) return { error: 'the board did not show the move within 10 s' };
          await new Promise((r2) => requestAnimationFrame(() => r2(null)));
          return { total: performance.now() - t0, response: t1 - t0 };
        },
        { token: host.token, input: later, number: job.number },
      );
      if ('error' in r) throw new Error(`schedule:move ${job.number}: ${r.error}`);
      timed = r.total;
      responses.push(r.response);
    }
    totals.push(timed);
    // Put it back (not timed) and wait until the board shows it back, so every move is alike.
    await host.invoke('schedule:move', { jobId: job.id, technicianId: job.assignment.technicianId, start: job.assignment.start });
    await page.waitForFunction(
      ({ number, left }) => {
        const e = [...document.querySelectorAll<HTMLElement>('.job-event')].find((el) => el.querySelector('.job-event__number')?.textContent === number);
        return e !== undefined && Math.abs(e.getBoundingClientRect().left - left) <= 2;
      },
      { number: job.number, left: before },
      { timeout: 10_000 },
    );
  }
  await context.close();
  return { ...summarize(totals), method, hostResponse: summarize(responses.length ? responses : [Number.NaN]) };
}

async function leftOf(page: Page, number: string): Promise<number> {
  return page.evaluate((n) => {
    const e = [...document.querySelectorAll<HTMLElement>('.job-event')].find((el) => el.querySelector('.job-event__number')?.textContent === n);
    return e?.getBoundingClientRect().left ?? Number.NaN;
  }, number);
}

/** Installed before the app loads: notes when the host answers a `schedule:move` the page sent. */
function watchMoves(): void {
  const w = window as unknown as { __moves: number[] };
  w.__moves = [];
  const original = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await original(input, init);
    if (typeof init?.body === 'string' && init.body.includes('"schedule:move"')) w.__moves.push(performance.now());
    return response;
  };
}

/**
 * One real drag of the event `number` one hour to the right (day view); ms from the pointerup to
 * the first frame after the host's answer in which the event sits at its new place, not marked
 * as saving. Null if it did not commit within 5 s.
 */
async function dragOnce(page: Page, number: string, minutes: number): Promise<number | null> {
  const movesBefore = await page.evaluate(() => {
    const b = (window as unknown as { __bench: { upAt: number } }).__bench;
    document.addEventListener('pointerup', (e) => (b.upAt = e.timeStamp), { capture: true, once: true });
    return (window as unknown as { __moves: number[] }).__moves.length;
  });
  const box = await dragLater(page, number, minutes);
  if (!box) return null;
  try {
    await page.waitForFunction(
      ({ n, before, seen }) => {
        const w = window as unknown as { __moves: number[]; __bench: { committedAt: number } };
        if (w.__moves.length <= seen) return false;
        const e = [...document.querySelectorAll<HTMLElement>('.job-event')].find((el) => el.querySelector('.job-event__number')?.textContent === n);
        const done = e !== undefined && Math.abs(e.getBoundingClientRect().left - before) > 2 && !e.classList.contains('is-pending');
        if (done) w.__bench.committedAt = performance.now();
        return done;
      },
      { n: number, before: box.x, seen: movesBefore },
      { timeout: 5_000, polling: 'raf' },
    );
  } catch {
    await page.screenshot({ path: `/tmp/dispatch-bench-drag-${Date.now()}.png` });
    return null;
  }
  return page.evaluate(() => {
    const b = (window as unknown as { __bench: { upAt: number; committedAt: number } }).__bench;
    return b.committedAt - b.upAt;
  });
}

/**
 * Drag the board event of job `number` (lasting `minutes`) one hour to the right with the mouse.
 * Returns its box before the drag, or null if it is not on screen.
 */
export async function dragLater(page: Page, number: string, minutes: number): Promise<{ x: number } | null> {
  const event = page.locator('.job-event', { has: page.locator('.job-event__number', { hasText: number }) }).first();
  // The board scrolls its rows: bring the technician's row into view first.
  await event.scrollIntoViewIfNeeded();
  const box = await event.boundingBox();
  if (!box) return null;
  const hourPx = (box.width * 60) / minutes;
  const x = box.x + Math.min(12, box.width / 3);
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let s = 1; s <= 10; s++) await page.mouse.move(x + (hourPx * s) / 10, y, { steps: 2 });
  await page.mouse.up();
  return box;
}

export type QueueResults = {
  queued: number;
  query: string;
  /** keydown → the frame that shows the new count has been painted, timed inside the page. */
  perKeystroke: Summary;
  /** The same keystrokes timed the earlier way: until a check sent by the driver after the key press saw the count, plus one frame. */
  perKeystrokeWithDriver: Summary;
  pageHeapMb: number;
  firstRender: number;
};

/**
 * Installed before the app loads: the keydown's time, and for every change of the queue's count
 * text the time its frame was painted (a message posted from the frame's animation callback runs
 * after that frame's style, layout and paint), so the driver's own round trips are not counted.
 */
function installKeystrokeProbe(): void {
  const w = window as unknown as { __kd: number; __shown: { text: string; at: number }[]; __frames: unknown[] };
  w.__shown = [];
  document.addEventListener('keydown', (e) => (w.__kd = e.timeStamp), { capture: true });
  let last = '';
  const painted = new MessageChannel();
  let pending: string | null = null;
  painted.port1.onmessage = () => {
    if (pending !== null) w.__shown.push({ text: pending, at: performance.now() });
    pending = null;
  };
  new MutationObserver(() => {
    const text = document.querySelector('.panel__count')?.textContent ?? '';
    if (text === last) return;
    last = text;
    if (pending === null) requestAnimationFrame(() => painted.port2.postMessage(null));
    pending = text;
  }).observe(document, { subtree: true, childList: true, characterData: true });
  // Long animation frames (script, style and layout, paint split), kept for a profile.
  w.__frames = [];
  new PerformanceObserver((list) => w.__frames.push(...list.getEntries().map((e) => e.toJSON() as unknown))).observe({ type: 'long-animation-frame', buffered: false });
}

/** Type `query` one key at a time; each keystroke is timed from keydown to the painted frame showing its count. */
export async function benchQueue(
  browser: Browser,
  host: RunningHost,
  opts: { query: string; expected: string[]; total: number; reps: number; profile?: (profile: unknown) => Promise<void>; trace?: string },
): Promise<QueueResults> {
  const context = await pinnedContext(browser, host);
  const page = await context.newPage();
  await page.addInitScript(installKeystrokeProbe);
  const t0 = Date.now();
  await page.goto(host.url);
  const fmt = new Intl.NumberFormat('en-GB');
  const totalText = fmt.format(opts.total);
  await page.waitForFunction((t) => document.querySelector('.panel__count')?.textContent === t, totalText, { timeout: 60_000 });
  const firstRender = Date.now() - t0;
  const input = page.getByRole('searchbox', { name: 'Filter jobs' });
  const times: number[] = [];
  const withDriver: number[] = [];
  // A CPU profile of the typing alone, when asked for (queue-only.ts), to see where a keystroke goes.
  const profiler = opts.profile ? await page.context().newCDPSession(page) : null;
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.send('Profiler.start');
    await page.evaluate(() => ((window as unknown as { __frames: unknown[] }).__frames.length = 0));
  }
  // A Chromium trace (style, layout, paint, script) of the typing, for chrome://tracing or DevTools.
  if (opts.trace) await browser.startTracing(page, { path: opts.trace, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'cc', 'viz'] });
  for (let rep = 0; rep < opts.reps; rep++) {
    await input.click();
    for (const [k, ch] of [...opts.query].entries()) {
      await page.keyboard.press(ch === ' ' ? 'Space' : ch);
      const ms = await page.evaluate(async (expected) => {
        const w = window as unknown as { __kd: number; __shown: { text: string; at: number }[] };
        await new Promise<void>((resolve) => {
          const tick = () => (document.querySelector('.panel__count')?.textContent === expected ? resolve() : requestAnimationFrame(tick));
          tick();
        });
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const driver = performance.now() - w.__kd;
        // The painted frame of this keystroke's count (recorded by the probe; wait if not yet).
        const shown = await new Promise<number>((resolve) => {
          const find = () => {
            const s = w.__shown.find((e) => e.text === expected && e.at >= w.__kd);
            if (s) resolve(s.at);
            else requestAnimationFrame(find);
          };
          find();
        });
        return { inPage: shown - w.__kd, driver };
      }, opts.expected[k]!);
      times.push(ms.inPage);
      withDriver.push(ms.driver);
    }
    await input.fill('');
    await page.waitForFunction((t) => document.querySelector('.panel__count')?.textContent === t, totalText);
  }
  if (opts.trace) await browser.stopTracing();
  if (profiler && opts.profile) {
    const { profile } = await profiler.send('Profiler.stop');
    const frames = await page.evaluate(() => (window as unknown as { __frames: unknown[] }).__frames);
    await opts.profile({ ...profile, frames });
    await profiler.detach();
  }
  const heap = await heapMb(page);
  await context.close();
  return { queued: opts.total, query: opts.query, perKeystroke: summarize(times), perKeystrokeWithDriver: summarize(withDriver), pageHeapMb: heap, firstRender };
}
