/**
 * End-to-end tests: Chromium against the headless host (`node out/main/host.js`), which serves the
 * same renderer and core as the Electron app. `npm run test:e2e` builds first.
 *
 * Every test runs at a pinned instant (tests/e2e/test-clock.ts): `chromium` runs the whole suite on
 * an ordinary weekday morning; the other projects run the day-sensitive files again on a Sunday and
 * on the two DST change days, each in its own shop time zone. `--project=chromium` runs only the
 * first.
 */
import { defineConfig } from '@playwright/test';
import { chooseChromium, CHROMIUM_ARGS } from './tests/e2e/chromium';

const chromium = chooseChromium();
const browser = {
  browserName: 'chromium' as const,
  launchOptions: { args: CHROMIUM_ARGS, ...(chromium.executablePath ? { executablePath: chromium.executablePath } : {}) },
};

/**
 * The board, the quick call, SLA alerts and the sample shop's run sheets again on the days that
 * broke them: a Sunday (nobody in the office), the US fall-back day and the EU spring-forward day
 * (25- and 23-hour shop days), each at 09:30 local time. The board tests book TOMORROW (see
 * board-shop.ts), so on the DST days they run pinned to the day before: their bookings, drops and
 * undo land on the change day itself. The sample-shop files book today, so they run on the day.
 */
const BOARD_FILES = ['**/board-drag.e2e.ts'];
const SAMPLE_FILES = ['**/quick-call.e2e.ts', '**/alerts.e2e.ts', '**/run-sheets.e2e.ts'];
const EVERY_DAY_PINS = [
  { name: 'sunday', now: '2026-12-06T09:30:00Z', timeZone: 'Europe/London', files: [...BOARD_FILES, ...SAMPLE_FILES, '**/planner.e2e.ts'] },
  { name: 'us-fall-back', now: '2026-11-01T14:30:00Z', timeZone: 'America/New_York', files: SAMPLE_FILES },
  { name: 'us-fall-back-board', now: '2026-10-31T13:30:00Z', timeZone: 'America/New_York', files: BOARD_FILES },
  { name: 'eu-spring-forward', now: '2026-03-29T08:30:00Z', timeZone: 'Europe/London', files: SAMPLE_FILES },
  { name: 'eu-spring-forward-board', now: '2026-03-28T09:30:00Z', timeZone: 'Europe/London', files: BOARD_FILES },
];

// The fixtures' own options (tests/e2e/fixtures.ts), set per project below.
export default defineConfig<{ now: string; timeZone: string }>({
  testDir: './tests/e2e',
  testMatch: '**/*.e2e.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  // A flaky test is a bug to fix, not to retry.
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['html', { open: 'never' }]],
  outputDir: 'test-results',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', use: browser },
    ...EVERY_DAY_PINS.map(({ name, now, timeZone, files }) => ({
      name,
      testMatch: files,
      // Tests that pin their own instant would only repeat themselves.
      grepInvert: /run sheets for a busy day|changed since printed/,
      use: { ...browser, now, timeZone },
    })),
  ],
});
