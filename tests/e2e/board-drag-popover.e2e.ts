/**
 * The details popover stays away while a job is dragged over the board and right after the drop
 * (the pointer resting on the event it just dropped), and comes on hover once the pointer moves.
 */
import { board, boardEvent, centerOf, queueRow } from './board-helpers';
import { expect, test } from './fixtures';
import { SHORT_JOB, writePeakShop } from './peak-layout-shop';

test.use({ hostOptions: { prepare: writePeakShop } });

test('no popover during a drag from the queue or right after its drop', async ({ page, host }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  const booked = boardEvent(page, SHORT_JOB);
  await expect(booked).toBeVisible();
  const popover = page.locator('.job-popover');

  // Carried over a booked event and held there, longer than the hover delay.
  const from = await centerOf(queueRow(page, 'J-5001'));
  const over = await centerOf(booked);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 3 });
  await page.mouse.move(over.x, over.y, { steps: 15 });
  await page.mouse.move(over.x + 1, over.y, { steps: 2 });
  await page.waitForTimeout(800);
  await expect(popover).toHaveCount(0);

  // Dropped there: the new booking lies under the resting pointer.
  await page.mouse.up();
  await expect(queueRow(page, 'J-5001')).toHaveCount(0);
  await expect(board(page).locator('.fc-event[data-job-id="peak-q1"]')).toBeVisible();
  await page.waitForTimeout(800);
  await expect(popover).toHaveCount(0);

  // A hover afterwards still shows it.
  const dropped = await centerOf(board(page).locator('.fc-event[data-job-id="peak-q1"]'));
  await page.mouse.move(dropped.x - 300, dropped.y + 200);
  await page.mouse.move(dropped.x, dropped.y, { steps: 5 });
  await expect(popover).toBeVisible();
});
