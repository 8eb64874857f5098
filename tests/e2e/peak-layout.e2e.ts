/**
 * A screen that holds a peak: with the urgent banner up and 45 jobs waiting, count the technician
 * rows and queue rows whose boxes are wholly inside the window, at the two sizes dispatchers use.
 * Also: the split between board and queue is a keyboard-operable separator that is remembered.
 */
import type { Page } from '@playwright/test';
import { board, queue } from './board-helpers';
import { expect, test } from './fixtures';
import { raisePeakBanner, writePeakShop } from './peak-layout-shop';

test.use({ hostOptions: { prepare: writePeakShop } });

/** How many of `selector`'s boxes lie wholly inside the viewport and inside their scroll region. */
async function fullyVisible(page: Page, scope: 'board' | 'queue'): Promise<number> {
  const region = scope === 'board' ? board(page) : queue(page);
  const selector = scope === 'board' ? '.fc-datagrid-cell.fc-resource[data-resource-id]' : '[data-job-id]';
  return region.locator(selector).evaluateAll((els) => {
    const clipOf = (el: Element) => {
      let top = 0;
      let bottom = window.innerHeight;
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowY !== 'visible') {
          const r = p.getBoundingClientRect();
          top = Math.max(top, r.top);
          bottom = Math.min(bottom, r.bottom);
        }
      }
      return { top, bottom };
    };
    return els.filter((el) => {
      const box = el.getBoundingClientRect();
      const clip = clipOf(el);
      return box.height > 0 && box.top >= clip.top - 0.5 && box.bottom <= clip.bottom + 0.5 && box.left >= 0 && box.right <= window.innerWidth;
    }).length;
  });
}

async function openAtPeak(page: Page, url: string, size: { width: number; height: number }, host: Parameters<typeof raisePeakBanner>[0]) {
  await page.setViewportSize(size);
  await page.goto(url);
  await expect(board(page).locator('.tech-cell').first()).toBeVisible();
  await raisePeakBanner(host);
  await expect(page.locator('.urgent-banner')).toBeVisible();
  await expect(queue(page).locator('[data-job-id]').first()).toBeVisible();
}

/** Compact rows picked by hand in Board options (remembered for the window; wins over Automatic). */
async function chooseCompact(page: Page) {
  await page.getByRole('button', { name: 'Board options' }).click();
  await page.getByRole('radio', { name: 'Compact' }).check();
  await page.getByRole('button', { name: 'Board options' }).click();
}

for (const { width, height, techs, rows } of [
  { width: 1366, height: 768, techs: 8, rows: 6 },
  { width: 1920, height: 1080, techs: 14, rows: 10 },
]) {
  test(`at ${width}×${height} during a peak with compact rows chosen, ${techs} technicians and ${rows} queue rows are in view`, async ({ page, host }, info) => {
    await openAtPeak(page, host.url, { width, height }, host);
    await chooseCompact(page);
    await expect.poll(() => fullyVisible(page, 'board')).toBeGreaterThanOrEqual(techs);
    await expect.poll(() => fullyVisible(page, 'queue')).toBeGreaterThanOrEqual(rows);
    await page.screenshot({ path: info.outputPath(`peak-${width}.png`) });
  });
}

for (const { width, height, techs, rows } of [
  { width: 1366, height: 768, techs: 8, rows: 6 },
  { width: 1920, height: 1080, techs: 14, rows: 10 },
]) {
  test(`at ${width}×${height} during a peak with the default layout, ${techs} technicians and ${rows} queue rows are in view`, async ({ page, host }, info) => {
    // Nothing chosen: the rows follow the window (compact: sixteen technicians do not fit).
    await openAtPeak(page, host.url, { width, height }, host);
    await expect(page.getByRole('separator', { name: 'Board and queue sizes' })).toHaveAttribute('aria-valuenow', '50');
    await expect(page.locator('.app')).toHaveClass(/app--compact/);
    await expect.poll(() => fullyVisible(page, 'board')).toBeGreaterThanOrEqual(techs);
    await expect.poll(() => fullyVisible(page, 'queue')).toBeGreaterThanOrEqual(rows);
    await page.screenshot({ path: info.outputPath(`peak-default-${width}.png`) });
  });
}

test('the split between board and queue moves with the keyboard and the mouse and is remembered', async ({ page, host }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await expect(board(page).locator('.tech-cell').first()).toBeVisible();
  const separator = page.getByRole('separator', { name: 'Board and queue sizes' });
  await expect(separator).toHaveAttribute('aria-valuenow', '50');
  const boardHeight = async () => (await board(page).boundingBox())!.height;
  const before = await boardHeight();

  await separator.focus();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowDown');
  await expect(separator).toHaveAttribute('aria-valuenow', '62');
  await expect.poll(boardHeight).toBeGreaterThan(before + 40);
  await page.keyboard.press('Home');
  await expect(separator).toHaveAttribute('aria-valuenow', '20');

  // Dragged with the mouse to three quarters of the workspace.
  const area = (await page.locator('main.workspace').boundingBox())!;
  const handle = (await separator.boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2, area.y + area.height * 0.75, { steps: 5 });
  await page.mouse.up();
  await expect(separator).toHaveAttribute('aria-valuenow', '75');

  await page.reload();
  await expect(page.getByRole('separator', { name: 'Board and queue sizes' })).toHaveAttribute('aria-valuenow', '75');
});

test('the board gives the space under its last technician to the queue', async ({ page, host }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(host.url);
  await expect(board(page).locator('.tech-cell').first()).toBeVisible();
  await page.getByRole('separator', { name: 'Board and queue sizes' }).focus();
  await page.keyboard.press('End');
  // 80 % of the workspace is more than sixteen compact rows need.
  await chooseCompact(page);
  const lastRow = board(page).locator('.fc-datagrid-cell.fc-resource[data-resource-id]').last();
  await expect.poll(async () => {
    const row = (await lastRow.boundingBox())!;
    const panel = (await board(page).boundingBox())!;
    return panel.y + panel.height - (row.y + row.height);
  }).toBeLessThan(4);
  // The queue has the rest: at the board's 80 % it would show barely two rows.
  await expect.poll(() => fullyVisible(page, 'queue')).toBeGreaterThanOrEqual(10);
});

test('a row density chosen in Board options wins over Automatic, and is remembered', async ({ page, host }) => {
  await openAtPeak(page, host.url, { width: 1366, height: 768 }, host);
  await expect(page.locator('.app')).toHaveClass(/app--compact/);
  await page.getByRole('button', { name: 'Board options' }).click();
  await expect(page.getByRole('radio', { name: 'Automatic (fit the window)' })).toBeChecked();
  await page.getByRole('radio', { name: 'Comfortable' }).check();
  await expect(page.locator('.app')).not.toHaveClass(/app--compact/);
  await page.reload();
  await expect(board(page).locator('.tech-cell').first()).toBeVisible();
  await expect(page.locator('.app')).not.toHaveClass(/app--compact/);
  // Back to Automatic: a tall window has room for the comfortable rows, a short one does not.
  await page.getByRole('button', { name: 'Board options' }).click();
  await page.getByRole('radio', { name: 'Automatic (fit the window)' }).check();
  await expect(page.locator('.app')).toHaveClass(/app--compact/);
  await page.setViewportSize({ width: 1920, height: 2000 });
  await expect(page.locator('.app')).not.toHaveClass(/app--compact/);
});
