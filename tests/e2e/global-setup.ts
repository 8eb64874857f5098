/**
 * Fail early, with instructions, when the suite cannot run at all: no browser, or no build of the
 * host and renderer (`npm run test:e2e` builds before running Playwright).
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chooseChromium, INSTALL_HINT } from './chromium';
import { HOST_JS, RENDERER_INDEX } from './host-process';

export default function globalSetup(): void {
  const choice = chooseChromium();
  const path = choice.executablePath ?? chromium.executablePath();
  if (!path || !existsSync(path)) {
    const where = choice.source === 'CHROMIUM_PATH' ? `CHROMIUM_PATH is ${path}, which does not exist.` : 'No Chromium was found.';
    throw new Error(`${where} ${INSTALL_HINT}`);
  }
  for (const file of [HOST_JS, RENDERER_INDEX]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing. Build first: \`npm run test:e2e\` builds and tests, or run \`npx electron-vite build\`.`);
    }
  }
}
