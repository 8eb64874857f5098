/**
 * The banner and the queue at a peak (ten urgent jobs, 1366×768): the banner is one line, lists
 * P1s first then by time left, and its "and N more" shows exactly those jobs in the queue under a
 * clearable chip; "Acknowledge all" leaves a counter and the title count; the queue's default
 * order is breached, then P1, then time left, with the rule beside it; the quick chips filter.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { queue } from './board-helpers';
import { BANNER_ORDER, QUEUE_ORDER, writePeakShop } from './peak-shop';

test.use({ hostOptions: { prepare: writePeakShop } });

const banner = (page: Page) => page.getByRole('alert', { name: /urgent jobs? needs? a technician/ });

/** Job numbers of the queue's rows, top to bottom. */
async function queueNumbers(page: Page): Promise<string[]> {
  const rows = queue(page).locator('[role="row"][data-job-id]');
  const found = await rows.evaluateAll((els) =>
    els
      .map((el) => ({ index: Number(el.getAttribute('aria-rowindex')), number: el.querySelector('.queue-cell--number')?.textContent ?? '' }))
      .sort((a, b) => a.index - b.index)
      .map((r) => r.number),
  );
  return found;
}

async function open(page: Page, url: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  await expect(banner(page)).toContainText('10 urgent jobs need a technician');
}

test('the banner is one line, P1s first then by time left, and "and N more" shows exactly those jobs', async ({ page, host }) => {
  await open(page, host.url);
  // One line at a peak: never a fifth of the screen.
  const box = (await banner(page).boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(48);
  await page.screenshot({ path: test.info().outputPath('peak-banner.png') });
  // The lead is the most urgent P1; the rest in the banner's order once listed.
  await expect(banner(page).locator('.urgent-banner__row--inline')).toContainText(BANNER_ORDER[0]!);
  await banner(page).getByRole('button', { name: 'List all 10' }).click();
  await expect(banner(page).locator('.urgent-banner__number')).toHaveText(BANNER_ORDER);
  await banner(page).getByRole('button', { name: 'Show less' }).click();
  await expect.poll(async () => (await banner(page).boundingBox())!.height).toBeLessThanOrEqual(48);

  await banner(page).getByRole('button', { name: 'and 9 more' }).click();
  const chip = queue(page).getByTestId('queue-focus-chip');
  await expect(chip).toContainText('9 more urgent jobs from the banner');
  await expect(queue(page).locator('.panel__count')).toHaveText('9 of 12');
  const rest = BANNER_ORDER.slice(1);
  await expect.poll(() => queueNumbers(page)).toEqual(QUEUE_ORDER.filter((n) => rest.includes(n)));
  await chip.getByRole('button', { name: /Clear filter/ }).click();
  await expect(chip).toHaveCount(0);
  await expect(queue(page).locator('.panel__count')).toHaveText('12');
});

test('"Acknowledge all" leaves a counter of urgent unassigned jobs and the title count', async ({ page, host }) => {
  await open(page, host.url);
  await expect(page).toHaveTitle('(10) Dispatch Console');
  await banner(page).getByRole('button', { name: 'Acknowledge all' }).click();
  await expect(banner(page)).toHaveCount(0);
  const counter = page.getByRole('status', { name: '10 urgent unassigned, acknowledged' });
  await expect(counter).toBeVisible();
  await expect(page).toHaveTitle('(10) Dispatch Console');
  await counter.getByRole('button', { name: 'Show in queue' }).click();
  await expect(queue(page).locator('.panel__count')).toHaveText('10 of 12');
  await expect.poll(() => queueNumbers(page)).toEqual(QUEUE_ORDER.filter((n) => n.startsWith('J-2')));
});

test('the queue is most urgent first by its written rule, and the quick chips filter it', async ({ page, host }) => {
  await open(page, host.url);
  await expect(queue(page).getByRole('button', { name: 'Most urgent first' })).toHaveAttribute('aria-pressed', 'true');
  await expect(queue(page).getByTestId('queue-order-rule')).toHaveText('Breached first, then P1, then least time left');
  await expect.poll(() => queueNumbers(page)).toEqual(QUEUE_ORDER);

  const chip = (name: string) => queue(page).getByRole('group', { name: 'Quick filters' }).getByRole('button', { name, exact: true });
  await chip('P1').click();
  await expect.poll(() => queueNumbers(page)).toEqual(['J-2005', 'J-2003', 'J-2002', 'J-2006', 'J-2007', 'J-2008', 'J-2009', 'J-2010']);
  await chip('Breached').click();
  await expect.poll(() => queueNumbers(page)).toEqual(['J-2005']);
  await chip('P1').click();
  await expect.poll(() => queueNumbers(page)).toEqual(['J-2001', 'J-2005']);
  await chip('At risk').click();
  await expect.poll(() => queueNumbers(page)).toEqual(['J-2001', 'J-2005', 'J-2003', 'J-2004']);
  await queue(page).getByRole('button', { name: 'Clear chips' }).click();
  await queue(page).getByLabel('Zone').selectOption('North');
  await expect.poll(() => queueNumbers(page)).toEqual(['J-2001', 'J-2004']);
  await queue(page).getByLabel('Zone').selectOption('');
  await queue(page).getByLabel('Skill').selectOption('printers');
  await expect.poll(() => queueNumbers(page)).toEqual(['J-1002']);
});

test('queue columns fit their content: Received and Client are not cut, Title takes the rest', async ({ page, host }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await expect(queue(page).locator('[role="row"][data-job-id]').first()).toBeVisible();
  const cut = await queue(page)
    .locator('[role="row"][data-job-id] .queue-cell--clientName, [role="row"][data-job-id] .queue-cell--receivedAt, [role="row"][data-job-id] .queue-cell--number')
    .evaluateAll((cells) => cells.filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent));
  expect(cut).toEqual([]);
  const width = async (column: string) => (await queue(page).locator(`.queue-row--head .queue-cell--${column}`).boundingBox())!.width;
  expect(await width('title')).toBeGreaterThan(await width('clientName'));
});
