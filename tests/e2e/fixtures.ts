/**
 * Playwright fixtures for tests against the headless host. Each test gets its own host on a free
 * port with a fresh temporary data folder, and its own random session token:
 *
 *   import { expect, test } from './fixtures';
 *   test.use({ hostOptions: { sample: true } });
 *   test('…', async ({ page, host }) => { await page.goto(host.url); … });
 *
 * The host is stopped with SIGTERM after the test (it must exit 0) and the folder deleted. A host
 * that exits early or writes to stderr fails the test with everything it printed.
 *
 * Time is pinned (see test-clock.ts): the host runs with `--now` and `--time-zone`, and the browser
 * context's `Date` starts at the same instant (tests/support/pinned-page-date.ts), both advancing
 * with real time; the context's `timezoneId` is the shop's zone.
 * `test.use({ now: '2026-12-06T10:00:00Z', timeZone: 'Europe/London' })` picks another instant.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Channel, Input, Output } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { DispatchDocument } from '../../shared/schemas/document';
import { readCommittedDocument } from '../../electron/core/store/read-committed';
import { pinPageDate } from '../support/pinned-page-date';
import { spawnHost, waitForReady } from './host-process';
import { defaultPin, setTestClock, startTestClock } from './test-clock';
import type { TestClock } from './test-clock';

export type HostOptions = {
  /** Start with `--sample`: the sample shop is loaded into the empty folder. */
  sample?: boolean;
  /**
   * Runs before the host starts, e.g. to write an old-format data file into the folder. `clock`
   * is the test's pinned clock: build dates from `clock.now()` and `clock.timeZone`.
   */
  prepare?: (dataDir: string, clock: TestClock) => Promise<void>;
  /** Do not fail the test when the host writes to stderr (tests that provoke warnings). */
  allowStderr?: boolean;
};

export type Host = {
  /** The printed URL, with `#token=…`: what a user opens. */
  url: string;
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  baseUrl: string;
  token: string;
  dataDir: string;
  /** The data file the host reported (`Data file: …`). */
  dataFile: string;
  /** POST /api/invoke with the token; resolves with the Result (also for refused calls). */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>;
  /** The data file as it is on disk now, parsed (not validated: a test may look for anything). */
  readDataFile(): Promise<DispatchDocument>;
  /** Everything the host printed so far. */
  output(): string;
};

type Fixtures = {
  hostOptions: HostOptions;
  host: Host;
  /** The instant the test starts at (ISO, with an offset). */
  now: string;
  /** The shop's and the browser's IANA time zone. */
  timeZone: string;
  /** The test's pinned clock, shared by the host, the page and the shop builders. */
  testClock: TestClock;
};

export const test = base.extend<Fixtures>({
  hostOptions: [{}, { option: true }],
  now: [defaultPin().now, { option: true }],
  timeZone: [defaultPin().timeZone, { option: true }],
  timezoneId: async ({ timeZone }, use) => use(timeZone),

  testClock: async ({ now, timeZone }, use) => {
    const clock = startTestClock(now, timeZone);
    setTestClock(clock);
    await use(clock);
  },

  // On the context, so every page of the test (a second window too) reads the pinned time.
  context: async ({ context, testClock }, use) => {
    await pinPageDate(context, testClock.now());
    await use(context);
  },

  host: async ({ hostOptions, testClock }, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'dispatch-e2e-'));
    try {
      await hostOptions.prepare?.(dataDir, testClock);
      const token = randomBytes(24).toString('base64url');
      // `--token=…`: a base64url token may start with '-', which parseArgs would take for an option.
      const args = ['--data', dataDir, '--port', '0', `--token=${token}`, ...(hostOptions.sample ? ['--sample'] : [])];
      args.push(`--now=${testClock.now().toISOString()}`, `--time-zone=${testClock.timeZone}`);
      const proc = spawnHost(args);
      let stopped = false;
      try {
        const ready = await waitForReady(proc, { allowStderr: hostOptions.allowStderr ?? false });
        const host: Host = {
          ...ready,
          dataDir,
          async call(channel, input) {
            const response = await fetch(`${ready.baseUrl}/api/invoke`, {
              method: 'POST',
              headers: { Authorization: `Bearer ${ready.token}`, 'Content-Type': 'application/json' },
              body: JSON.stringify({ channel, input }),
            });
            return (await response.json()) as Result<Output<typeof channel>>;
          },
          async readDataFile() {
            // What the host has committed: its snapshot plus the journal of changes since.
            return (await readCommittedDocument(dirname(ready.dataFile), { fileName: basename(ready.dataFile) })) as DispatchDocument;
          },
          output: () => proc.output(),
        };
        await use(host);

        const diedEarly = proc.hasExited();
        const exit = await proc.stop();
        stopped = true;
        await testInfo.attach('host-output.txt', { body: proc.output(), contentType: 'text/plain' });
        if (diedEarly) throw new Error(`The host exited during the test (code ${exit.code}, signal ${exit.signal}):\n${proc.output()}`);
        if (exit.code !== 0) throw new Error(`The host did not exit cleanly on SIGTERM (code ${exit.code}, signal ${exit.signal}):\n${proc.output()}`);
        if (!hostOptions.allowStderr && proc.stderr() !== '') throw new Error(`The host wrote to stderr:\n${proc.output()}`);
      } finally {
        if (!stopped) await proc.stop();
      }
    } finally {
      await rm(dataDir, { recursive: true, force: true, maxRetries: 3 });
    }
  },
});

export { expect };
