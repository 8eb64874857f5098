/**
 * The keyboard path: focus the queue, arrow to a job, `A` opens "Assign" with the
 * best-matching technician's earliest free slot, Enter books it. No mouse anywhere.
 */
import type { Page } from '@playwright/test';
import { dayOf } from '../../shared/domain/jobs';
import { expect, test } from './fixtures';
import { SHOP_ZONE, writeJobShop } from './job-shop';
import { testNow } from './test-clock';

test.use({ hostOptions: { prepare: writeJobShop } });

const queue = (page: Page) => page.getByRole('region', { name: 'Unassigned jobs' });
const queueRows = (page: Page) => queue(page).getByRole('row').filter({ has: page.getByRole('cell') });
const queueBody = (page: Page) => queue(page).getByRole('rowgroup', { name: 'Jobs, most urgent first' });

/** Focus the queue's job list without the mouse: Tab from the filter box. */
async function focusQueue(page: Page) {
  await expect(queueRows(page)).toHaveCount(3);
  await page.getByRole('searchbox', { name: 'Filter jobs' }).focus();
  // The column header sort buttons come between the filter and the list.
  for (let i = 0; i < 20; i++) {
    if ((await page.locator(':focus').getAttribute('data-focus-fallback')) === 'queue') return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the job list');
}

test('a job is assigned with the keyboard only: arrows, A, Enter', async ({ page, host }) => {
  await page.goto(host.url);
  await focusQueue(page);

  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const target = queueRows(page).filter({ hasText: 'J-1002' });
  await expect(target).toHaveAttribute('aria-current', 'true');

  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: 'Assign J-1002' });
  await expect(dialog).toBeVisible();
  // The network job at the North clinic: Alex has network and works North.
  const best = dialog.getByRole('radio').first();
  await expect(best).toBeChecked();
  await expect(best).toBeFocused();
  await expect(dialog.locator('.suggestion').first()).toContainText('Alex Chen');
  await expect(dialog.locator('.suggestion').first()).toContainText('has network, North zone, free');
  await expect(dialog.getByLabel('Technician')).toHaveValue('tech-alex');
  await expect(dialog.getByRole('button', { name: 'Assign to Alex Chen' })).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);

  // Gone from the queue, focus back on the list, now on the next job.
  await expect(target).toHaveCount(0);
  await expect(queueBody(page)).toBeFocused();
  await expect(queueRows(page).filter({ hasText: 'J-1003' })).toHaveAttribute('aria-current', 'true');

  // On disk: booked on Alex, start on the 15-minute grid, end = start + the hour's estimate.
  await expect.poll(async () => (await host.readDataFile()).jobs.find((j) => j.id === 'job-1002')?.status).toBe('scheduled');
  const saved = (await host.readDataFile()).jobs.find((j) => j.id === 'job-1002')!;
  expect(saved.assignment?.technicianId).toBe('tech-alex');
  const start = Date.parse(saved.assignment!.start);
  expect(start % (15 * 60_000)).toBe(0);
  expect(start).toBeGreaterThan(testNow().getTime() - 15 * 60_000);
  expect(Date.parse(saved.assignment!.end) - start).toBe(60 * 60_000);
  expect(saved.history.at(-1)).toMatchObject({ action: 'assigned', by: 'dispatcher' });

  // On the board, on Alex's row (the slot may be just after midnight: follow it to its day).
  if (dayOf(new Date(start), SHOP_ZONE) !== dayOf(testNow(), SHOP_ZONE)) await page.getByRole('button', { name: 'Next day' }).press('Enter');
  const board = page.getByRole('region', { name: 'Dispatch board' });
  await expect(board.locator('.fc-timeline-lane[data-resource-id="tech-alex"] .job-event__body', { hasText: 'J-1002' })).toBeVisible();
  await expect(board.locator('.fc-timeline-lane[data-resource-id="tech-priya"] .job-event__body', { hasText: 'J-1002' })).toHaveCount(0);
});

test('Enter opens the job panel from the queue and Escape brings focus back', async ({ page, host }) => {
  await page.goto(host.url);
  await focusQueue(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Job J-1001' });
  await expect(panel).toBeVisible();
  await expect(panel).toBeFocused();
  // Focus is trapped: tabbing many times never leaves the panel.
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
  await expect(page.locator('dialog.job-panel:focus-within')).toHaveCount(1);

  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(queueBody(page)).toBeFocused();
  await expect(queueRows(page).filter({ hasText: 'J-1001' })).toHaveAttribute('aria-current', 'true');
});

test('from the panel, A assigns with a suggestion and the panel shows the booking', async ({ page, host }) => {
  await page.goto(host.url);
  await focusQueue(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('dialog', { name: 'Job J-1003' });
  await expect(panel).toBeVisible();
  await page.keyboard.press('a');
  const dialog = page.getByRole('dialog', { name: 'Assign J-1003' });
  // The printer job at the West site: Priya has printers and works West.
  await expect(dialog.locator('.suggestion').first()).toContainText('Priya Shah');
  await expect(dialog.locator('.suggestion').first()).toContainText('has printers, West zone');
  await expect(dialog.getByRole('radio').first()).toBeFocused();
  // The alternative is there with why it ranks lower.
  await expect(dialog.locator('.suggestion').nth(1)).toContainText('Alex Chen');
  await expect(dialog.locator('.suggestion').nth(1)).toContainText('lacks printers');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(panel.getByText('Priya Shah', { exact: true })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Assign…', exact: true })).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Reassign…' })).toBeVisible();
  // Focus goes back to where it was when A was pressed: the panel.
  await expect(panel).toBeFocused();
  await expect.poll(async () => (await host.readDataFile()).jobs.find((j) => j.id === 'job-1003')?.assignment?.technicianId).toBe('tech-priya');
});
