/**
 * End-to-end tests: Chromium against the headless host (`node out/main/host.js`), which serves the
 * same renderer and core as the Electron app. `npm run test:e2e` builds first.
 */
import { defineConfig } from '@playwright/test';
import { chooseChromium, CHROMIUM_ARGS } from './tests/e2e/chromium';

const chromium = chooseChromium();

export default defineConfig({
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
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { args: CHROMIUM_ARGS, ...(chromium.executablePath ? { executablePath: chromium.executablePath } : {}) },
      },
    },
  ],
});
