/**
 * Every booking confirms where the job went ("J-1001 → Ana Silva, Thu 10 Dec 10:00") with Show
 * (back to that day, the event focused) and Undo; a toast about a booking that is gone leaves;
 * toasts sit over the header, never over the board's or the queue's rows.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';
import { board, boardEvent, centerOf, drag, openBoardOn, pointOn, queue, queueRow } from './board-helpers';
import { ANA, PRINTER, QUEUED, at, tomorrow, writeBoardShop } from './board-shop';

test.use({ hostOptions: { prepare: writeBoardShop } });

const toasts = (page: Page) => page.locator('.board-toasts');

async function onDisk(host: Host, jobId: string) {
  return (await host.readDataFile()).jobs.find((j) => j.id === jobId)!;
}

/** Whether two boxes overlap (touching edges do not). */
function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('a booking says where the job went, with Show and Undo, and the toast covers no row', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  await drag(page, await centerOf(queueRow(page, 'J-1001')), await pointOn(page, ANA, day, '10:00'));
  const toast = toasts(page).getByRole('status').filter({ hasText: 'J-1001 →' });
  await expect(toast).toHaveText(/^J-1001 → Ana Silva, Thu 10 Dec 10:00/);
  await expect.poll(async () => (await onDisk(host, QUEUED)).assignment).toMatchObject({ technicianId: ANA, start: at(day, '10:00') });
  await page.screenshot({ path: test.info().outputPath('booking-toast.png') });

  // Over the header: clear of the board's rows and the queue's rows.
  const toastBox = (await toast.boundingBox())!;
  const rows = [
    (await board(page).locator('.fc-timeline-body').boundingBox())!,
    (await board(page).locator('.fc-datagrid-body').boundingBox())!,
    (await queue(page).locator('.queue-table__body').boundingBox())!,
  ];
  for (const box of rows) expect(overlaps(toastBox, box)).toBe(false);
  expect(toastBox.y + toastBox.height).toBeLessThanOrEqual((await page.locator('.app-header').boundingBox())!.height + 1);

  // Show: from another day back to the booking, the event focused.
  await page.getByRole('button', { name: 'Today' }).click();
  await expect(boardEvent(page, QUEUED)).toHaveCount(0);
  await toast.getByRole('button', { name: 'Show' }).click();
  await expect(boardEvent(page, QUEUED)).toBeFocused();
  await expect(board(page).locator(`.fc-timeline-slot[data-date^="${day}"]`).first()).toBeAttached();

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await onDisk(host, QUEUED)).assignment).toBeNull();
  await expect(queueRow(page, 'J-1001')).toBeVisible();
});

test('a warning toast goes once its booking is gone (unassigned elsewhere)', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  await drag(page, await centerOf(queueRow(page, 'J-1002')), await pointOn(page, ANA, day, '10:00'));
  const warning = toasts(page).getByRole('status').filter({ hasText: 'booked with a warning:' });
  await expect(warning).toContainText('Ana Silva lacks the required skills: printers.');
  await expect.poll(async () => (await onDisk(host, PRINTER)).assignment?.technicianId).toBe(ANA);

  // Another window takes it off the board: the warning is about nothing any more.
  const job = await onDisk(host, PRINTER);
  const unassigned = await host.call('schedule:unassign', { jobId: PRINTER, expectedRevision: job.revision });
  expect(unassigned.ok).toBe(true);
  await expect(queueRow(page, 'J-1002')).toBeVisible();
  await expect(warning).toHaveCount(0);
});
