/** The frame of a focused benchmark script (board-only, queue-only, live-only): a scratch folder, a browser, JSON out. */
import type { Browser } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './browser-bench';

/** Run `measure` with a scratch folder and a browser, print what it returns as JSON, clean up; exit 1 on error. */
export function runFocused(name: string, measure: (work: string, browser: Browser) => Promise<unknown>): void {
  const run = async () => {
    const work = await mkdtemp(join(tmpdir(), `dispatch-bench-${name}-`));
    const browser = await launchChromium();
    try {
      console.log(JSON.stringify(await measure(work, browser), null, 2));
    } finally {
      await browser.close();
      await rm(work, { recursive: true, force: true });
    }
  };
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
