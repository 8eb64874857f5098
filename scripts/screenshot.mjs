#!/usr/bin/env node
/**
 * Screenshot of the console with the sample shop, for the README: starts the built headless host
 * on a fresh temporary data folder with `--sample`, opens it in Chromium at 1440×900 and writes
 * docs/screenshot.png. Build first (`npx electron-vite build`).
 *
 *   node scripts/screenshot.mjs [--out docs/screenshot.png] [--width 1440] [--height 900]
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
    width: { type: 'string', default: '1440' },
    height: { type: 'string', default: '900' },
  },
});

const hostJs = join(root, 'out', 'main', 'host.js');
if (!existsSync(hostJs)) throw new Error(`${hostJs} is missing: run \`npx electron-vite build\` first.`);

const dataDir = await mkdtemp(join(tmpdir(), 'dispatch-screenshot-'));
const host = spawn(process.execPath, [hostJs, '--data', dataDir, '--port', '0', '--sample'], { stdio: ['ignore', 'pipe', 'inherit'] });
let browser;
try {
  const url = await new Promise((resolve, reject) => {
    let out = '';
    host.stdout.setEncoding('utf8').on('data', (chunk) => {
      out += chunk;
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
  await page.goto(url);
  try {
    await page.locator('.fc-timeline-event').first().waitFor({ timeout: 15_000 });
  } catch (error) {
    await page.screenshot({ path: values.out });
    throw error;
  }
  await page.getByRole('region', { name: 'Unassigned jobs' }).getByRole('row').nth(1).waitFor();
  // Let FullCalendar finish sizing its columns before the picture is taken.
  await page.waitForTimeout(500);
  await page.screenshot({ path: values.out });
  console.log(`Wrote ${values.out}`);
} finally {
  await browser?.close();
  host.kill('SIGTERM');
  await new Promise((resolve) => (host.exitCode !== null ? resolve() : host.once('exit', resolve)));
  await rm(dataDir, { recursive: true, force: true });
}
