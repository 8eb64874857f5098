#!/usr/bin/env node
// Board speed, measured once in Chromium against the headless host; reported,
// never asserted. A shop of 50 technicians with 600 jobs booked in the current week and 300 in the
// queue is created through the contract, then:
//   - first render: page load → day board and queue drawn; switching to the week → all 600 events;
//   - drop-to-committed, in that week view: mouse released over a row → the job drawn on the row
//     (pending) → saved (the host answered; no longer pending).
// Usage: node scripts/bench-board.mjs (after `npx electron-vite build`; DISPATCH_OUT_DIR picks a
// private build folder). Options: BENCH_DROPS (default 5).
// Functions passed to page.evaluate run in the browser.
/* global document, window, requestAnimationFrame */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = process.env.DISPATCH_OUT_DIR ? resolve(process.env.DISPATCH_OUT_DIR) : join(root, 'out');
const hostJs = join(outDir, 'main', 'host.js');
if (!existsSync(hostJs)) throw new Error(`${hostJs} is missing: run \`npx electron-vite build\` first.`);
const DROPS = Number(process.env.BENCH_DROPS ?? 5);
const TECHS = 50;
const BOOKED = 600;
const QUEUED = 300;

const dataDir = await mkdtemp(join(tmpdir(), 'dispatch-bench-board-'));
const host = spawn(process.execPath, [hostJs, '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
let browser;
try {
  const url = await new Promise((ok, fail) => {
    let out = '';
    host.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const m = /ready at (http:\/\/\S+)/.exec(out);
      if (m) ok(m[1]);
    });
    host.once('exit', (code) => fail(new Error(`host exited (${code}):\n${out}`)));
  });
  const base = new URL(url).origin;
  const token = new URL(url).hash.replace('#token=', '');
  const call = async (channel, input) => {
    const res = await fetch(`${base}/api/invoke`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ channel, input }),
    });
    const body = await res.json();
    if (!body.ok) throw new Error(`${channel}: ${body.error.code} ${body.error.message}`);
    return body.value;
  };
  const inBatches = async (items, size, fn) => {
    const out = [];
    for (let i = 0; i < items.length; i += size) out.push(...(await Promise.all(items.slice(i, i + size).map(fn))));
    return out;
  };

  console.log('[bench-board] creating the shop…');
  await call('settings:set', { timeZone: 'UTC', sampleOffered: true });
  const client = await call('clients:create', { name: 'Bench Client', contract: { type: 'time-and-materials', hourlyRateMinor: 9000 }, slaTier: 'standard', environmentNotes: '' });
  const hours = [{ days: [0, 1, 2, 3, 4, 5, 6], start: '07:00', end: '19:00' }];
  const techs = await inBatches([...Array(TECHS).keys()], 25, (i) =>
    call('technicians:create', { name: `Tech ${String(i).padStart(2, '0')}`, skills: ['windows'], zone: ['North', 'South', 'East', 'West'][i % 4], colour: '#1f5f9e', workingHours: hours, timeOff: [], dailyCapacityHours: 8, active: true }),
  );
  const jobs = await inBatches([...Array(BOOKED + QUEUED).keys()], 50, (i) =>
    call('jobs:create', { clientId: client.id, title: `Bench job ${i}`, category: 'hardware', priority: ['P1', 'P2', 'P3', 'P4'][i % 4], estimateMinutes: 60, requiredSkills: ['windows'] }),
  );
  // The current week, Monday 00:00 UTC; 12 jobs per technician: days 0–6, at 08:00 + (k % 10) h.
  const now = new Date();
  const monday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - ((now.getUTCDay() + 6) % 7));
  await inBatches([...Array(BOOKED).keys()], 50, (i) => {
    const tech = techs[i % TECHS];
    const k = Math.floor(i / TECHS); // 0..11
    const start = new Date(monday + (k % 7) * 86_400_000 + (8 + ((k * 3) % 10)) * 3_600_000).toISOString();
    return call('schedule:assign', { jobId: jobs[i].id, technicianId: tech.id, start });
  });

  const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));

  const t0 = Date.now();
  await page.goto(url);
  await page.locator('.fc-timeline-lane[data-resource-id]').nth(TECHS - 1).waitFor({ state: 'attached' });
  await page.getByRole('region', { name: 'Unassigned jobs' }).getByRole('row').nth(1).waitFor();
  const dayReady = Date.now() - t0;
  const dayEvents = await page.locator('.fc-timeline-event.job-event').count();

  const t1 = Date.now();
  await page.getByRole('button', { name: 'Week', exact: true }).click();
  await page.waitForFunction((n) => document.querySelectorAll('.fc-timeline-event.job-event').length >= n, BOOKED, { polling: 'raf', timeout: 60_000 });
  const weekReady = Date.now() - t1;

  // Drops onto the visible week (all 600 events drawn), today 17:00 on the first rows.
  const today = new Date().toISOString().slice(0, 10);
  const pendingMs = [];
  const committedMs = [];
  for (let d = 0; d < DROPS; d++) {
    const row = page.getByRole('region', { name: 'Unassigned jobs' }).getByRole('row').nth(1);
    const jobId = await row.getAttribute('data-job-id');
    const rowBox = await row.boundingBox();
    const lane = page.locator(`.fc-timeline-lane[data-resource-id="${techs[d].id}"]`);
    await lane.scrollIntoViewIfNeeded();
    const laneBox = await lane.boundingBox();
    const slotBox = await page.locator(`.fc-timeline-body .fc-timeline-slot[data-date^="${today}T17"]`).first().boundingBox();
    await page.mouse.move(rowBox.x + rowBox.width / 2, rowBox.y + rowBox.height / 2);
    await page.mouse.down();
    await page.mouse.move(rowBox.x + rowBox.width / 2 + 8, rowBox.y + 8, { steps: 3 });
    await page.mouse.move(slotBox.x + 4, laneBox.y + 12, { steps: 10 });
    await page.waitForTimeout(50);
    // Timestamps are taken in the page, so the numbers do not include Playwright's round trips.
    await page.evaluate((id) => {
      const w = window;
      w.__bench = { up: 0, pending: 0, committed: 0 };
      const tick = () => {
        const el = document.querySelector(`.fc-event[data-job-id="${id}"]`);
        if (el && !w.__bench.pending) w.__bench.pending = performance.now();
        if (el && !el.classList.contains('is-pending')) w.__bench.committed = performance.now();
        else requestAnimationFrame(tick);
      };
      window.addEventListener('mouseup', () => {
        w.__bench.up = performance.now();
        requestAnimationFrame(tick);
      }, { once: true, capture: true });
    }, jobId);
    await page.mouse.up();
    await page.waitForFunction(() => window.__bench.committed > 0, null, { timeout: 10_000 });
    const b = await page.evaluate(() => window.__bench);
    pendingMs.push(b.pending - b.up);
    committedMs.push(b.committed - b.up);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const fmt = (x) => `${Math.round(x)} ms`;
  console.log('\nBoard speed (50 technicians, 600 jobs booked this week, 300 queued; Chromium, headless host)');
  console.log(`  day view + queue drawn after page load:  ${fmt(dayReady)} (${dayEvents} events today)`);
  console.log(`  week view, all ${BOOKED} events drawn:        ${fmt(weekReady)}`);
  console.log(`  drop → job drawn on the row:            median ${fmt(median(pendingMs))} (${pendingMs.map(fmt).join(', ')})`);
  console.log(`  drop → committed (host answered):       median ${fmt(median(committedMs))} (${committedMs.map(fmt).join(', ')})`);
} finally {
  await browser?.close();
  host.kill('SIGTERM');
  await new Promise((r) => host.once('exit', r));
  await rm(dataDir, { recursive: true, force: true });
}
