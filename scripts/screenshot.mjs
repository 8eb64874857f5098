#!/usr/bin/env node
/**
 * Screenshot of the console with the sample shop, for the README: starts the built headless host
 * on a fresh temporary data folder with `--sample`, pinned to a weekday morning so the picture is
 * the same whatever the day, optionally posts a burst of urgent calls through the intake API (a
 * peak), opens it in Chromium and writes docs/screenshot.png. Build first (`npx electron-vite build`).
 *
 *   node scripts/screenshot.mjs [--out docs/screenshot.png] [--width 1366] [--height 768]
 *                               [--now 2026-12-09T09:30:00Z] [--peak 12] [--compact]
 *                               [--reports demand] [--plan] [--full-page]
 *
 * With `--reports <report>` it shows the Reports view at that report (over the last 4 weeks)
 * instead of the board, e.g. `--reports balance --out docs/reports.png --peak 0`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    out: { type: 'string', default: join(root, 'docs', 'screenshot.png') },
    width: { type: 'string', default: '1366' },
    height: { type: 'string', default: '768' },
    now: { type: 'string', default: '2026-12-09T09:30:00Z' },
    peak: { type: 'string', default: '12' },
    // Compact rows chosen by hand; without it the window's default layout (rows follow the window).
    compact: { type: 'boolean', default: false },
    // The Reports view at this report instead of the board (docs/reports.png).
    reports: { type: 'string' },
    // The board with the queue planned: ghosts and the plan panel (docs/planner.png).
    plan: { type: 'boolean', default: false },
    'full-page': { type: 'boolean', default: false },
  },
});

// DISPATCH_OUT_DIR: a build elsewhere than out/ (as for the browser tests).
const hostJs = join(process.env.DISPATCH_OUT_DIR ?? join(root, 'out'), 'main', 'host.js');
if (!existsSync(hostJs)) throw new Error(`${hostJs} is missing: run \`npx electron-vite build\` first.`);

const dataDir = await mkdtemp(join(tmpdir(), 'dispatch-screenshot-'));
const host = spawn(process.execPath, [hostJs, '--data', dataDir, '--port', '0', '--sample', '--now', values.now, '--time-zone', 'Europe/London'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let intake = null;
let browser;
try {
  const url = await new Promise((resolve, reject) => {
    let out = '';
    host.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
      const posted = /Intake API: POST (\S+) \(token (\S+)\)/.exec(out);
      if (posted) intake = { url: posted[1], token: posted[2] };
      const match = /ready at (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
    host.once('exit', (code) => reject(new Error(`The host exited (${code}) before it was ready:\n${out}`)));
    setTimeout(() => reject(new Error(`The host was not ready after 20 s:\n${out}`)), 20_000);
  });

  const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage({ viewport: { width: Number(values.width), height: Number(values.height) } });
  page.on('console', (m) => console.log(`[page ${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[page error] ${e.message}`));
  // The page's clock agrees with the host's pinned one.
  const pinned = Date.parse(values.now);
  await page.addInitScript((at) => {
    const RealDate = Date;
    const offset = at - RealDate.now();
    const Pinned = function (...args) {
      if (!new.target) return new RealDate(RealDate.now() + offset).toString();
      return args.length === 0 ? new RealDate(RealDate.now() + offset) : new RealDate(...args);
    };
    Pinned.prototype = RealDate.prototype;
    Pinned.now = () => RealDate.now() + offset;
    Pinned.parse = RealDate.parse;
    Pinned.UTC = RealDate.UTC;
    globalThis.Date = Pinned;
  }, pinned);
  if (values.compact) await page.addInitScript(() => localStorage.setItem('dispatch.layout', JSON.stringify({ boardShare: 50, density: 'compact' })));
  // A peak: a burst of urgent calls, as a monitoring system or an e-mail bridge sends them.
  const calls = Number(values.peak);
  for (let i = 0; i < calls && intake; i += 1) {
    const response = await fetch(intake.url, {
      method: 'POST',
      headers: { Authorization: `Bearer ${intake.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ client: 'Harbour Dental Practice', title: `Network down at reception desk ${i + 1}`, priority: i % 3 === 0 ? 'P1' : 'P2', category: 'network', externalRef: `shot-${i}` }),
    });
    if (!response.ok) console.log(`[peak] call ${i + 1}: ${response.status} ${await response.text()}`);
  }
  if (values.reports) await reportsShot();
  else await boardShot();

  /** The Reports view at one report: the host's URL with the reports route in place of the board. */
  async function reportsShot() {
    // The token arrives in the fragment; the route replaces it once the bridge has read it.
    await page.goto(url);
    await page.getByRole('banner').waitFor();
    await page.goto(`${url.replace(/#.*$/, '')}#/reports?report=${encodeURIComponent(values.reports)}`);
    await page.locator('.report-chart svg').first().waitFor({ timeout: 20_000 });
    await page.locator('.report-meta').waitFor();
    await page.screenshot({ path: values.out, fullPage: values['full-page'] });
    console.log(`Wrote ${values.out}`);
  }

  async function boardShot() {
    await page.goto(url);
    try {
      await page.locator('.fc-timeline-event').first().waitFor({ timeout: 15_000 });
    } catch (error) {
      await page.screenshot({ path: values.out });
      throw error;
    }
    await page.getByRole('region', { name: 'Unassigned jobs' }).getByRole('row').nth(1).waitFor();
    if (values.plan) {
      await page.keyboard.press('Shift+P');
      await page.locator('.plan-ghost').first().waitFor({ timeout: 30_000 });
    }
    // Let FullCalendar finish sizing its columns before the picture is taken.
    await page.waitForTimeout(500);
    await page.screenshot({ path: values.out });
    console.log(`Wrote ${values.out}`);
  }
} finally {
  await browser?.close();
  host.kill('SIGTERM');
  await new Promise((resolve) => (host.exitCode !== null ? resolve() : host.once('exit', resolve)));
  await rm(dataDir, { recursive: true, force: true });
}
