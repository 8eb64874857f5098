/**
 * The instant and time zone the end-to-end tests run at. Every test pins the host (`--now`,
 * `--time-zone`) and the browser (tests/support/pinned-page-date.ts) to the same instant, so no
 * test depends on the day it happens to run. The default is a weekday morning; a project
 * (playwright.config.ts) or `test.use({ now, timeZone })` picks another, and E2E_NOW /
 * E2E_TIME_ZONE override the default for a whole run.
 *
 * Shop builders and expectations read the pin through `testNow()` and `testZone()`: the fixture
 * sets them before each test (a worker runs one test at a time).
 */

import { parsePinnedInstant, pinnedClock } from '../../electron/core/pinned-clock';

/** Wednesday 9 December 2026, 09:30 in London: an ordinary working morning. */
export const DEFAULT_NOW = '2026-12-09T09:30:00Z';
export const DEFAULT_ZONE = 'Europe/London';

export type TestClock = {
  /** The pinned instant now: the start plus real time elapsed since the test began. */
  now(): Date;
  /** The shop's (and the browser's) IANA time zone. */
  timeZone: string;
};

/** The run's default pin: E2E_NOW and E2E_TIME_ZONE, else a weekday morning in London. */
export function defaultPin(env: Readonly<Record<string, string | undefined>> = process.env): { now: string; timeZone: string } {
  return { now: env.E2E_NOW || DEFAULT_NOW, timeZone: env.E2E_TIME_ZONE || DEFAULT_ZONE };
}

/** A pinned clock for one test: starts at `now` and advances with real elapsed time, like the host's. */
export function startTestClock(now: string, timeZone: string): TestClock {
  const start = parsePinnedInstant(now);
  if (!start) throw new Error(`The test clock needs an ISO instant with Z or an offset, got "${now}".`);
  const clock = pinnedClock(start);
  return { now: () => clock.now(), timeZone };
}

let current: TestClock = startTestClock(defaultPin().now, defaultPin().timeZone);

/** Called by the fixture before each test. */
export function setTestClock(clock: TestClock): void {
  current = clock;
}

/** The pinned "now" of the running test (the host and the page agree on it). */
export function testNow(): Date {
  return current.now();
}

/** The time zone of the running test's shop and browser. */
export function testZone(): string {
  return current.timeZone;
}
