/**
 * Drag and drop on the board with the real mouse, each change checked on screen AND in the data
 * file on disk: queue → board, move to another technician, resize, back to the queue, and the
 * undo and redo of each. Jobs are booked tomorrow (see board-shop.ts), so no test depends on the
 * time of day it runs.
 */
import type { Page } from '@playwright/test';
import { ANA, BEN, BOOKED, CY, DISPATCHED, QUEUED, at, tomorrow, writeBoardShop } from './board-shop';
import { board, boardEvent, centerOf, drag, moveEvent, openBoardOn, pointOn, queue, queueRow, timeX } from './board-helpers';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';

test.use({ hostOptions: { prepare: writeBoardShop } });

/** The job's scheduling state as it is in the file on disk. */
async function onDisk(host: Host, jobId: string) {
  const job = (await host.readDataFile()).jobs.find((j) => j.id === jobId)!;
  return { status: job.status, assignment: job.assignment };
}

// The header's Undo (a booking toast has its own Undo for that booking).
const undoButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Undo/ });
const redoButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^Redo/ });

test('queue row → technician row: booked from the drop time for its estimate; survives a reload; undo and redo', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  const row = queueRow(page, 'J-1001');
  await drag(page, await centerOf(row), await pointOn(page, CY, day, '10:00'));

  const event = boardEvent(page, QUEUED);
  await expect(event).toBeVisible();
  await expect(event).toContainText('J-1001');
  await expect(row).toHaveCount(0);
  const booked = { status: 'scheduled', assignment: { technicianId: CY, start: at(day, '10:00'), end: at(day, '11:30') } };
  await expect.poll(() => onDisk(host, QUEUED)).toEqual(booked);
  // On Cy's row, at 10:00.
  const lane = (await board(page).locator(`.fc-timeline-lane[data-resource-id="${CY}"]`).boundingBox())!;
  const box = (await event.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(lane.y - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(lane.y + lane.height + 1);
  expect(Math.abs(box.x - await timeX(page, day, '10:00'))).toBeLessThan(4);

  await page.reload();
  await openBoardOn(page, host.url, day);
  await expect(boardEvent(page, QUEUED)).toBeVisible();

  await expect(undoButton(page)).toBeDisabled(); // undo history is per window, in memory
  await page.reload();
  await openBoardOn(page, host.url, day);
  // A new drop in this window, then undo it from the keyboard.
  await moveEvent(page, boardEvent(page, QUEUED), CY, day, '11:00');
  await expect.poll(() => onDisk(host, QUEUED)).toEqual({ ...booked, assignment: { ...booked.assignment, start: at(day, '11:00'), end: at(day, '12:30') } });
  await expect(undoButton(page)).toHaveAccessibleName('Undo move of J-1001');
  await page.keyboard.press('Control+z');
  await expect.poll(() => onDisk(host, QUEUED)).toEqual(booked);
  await expect(redoButton(page)).toHaveAccessibleName('Redo move of J-1001');
  await redoButton(page).click();
  await expect.poll(() => onDisk(host, QUEUED)).toEqual({ ...booked, assignment: { ...booked.assignment, start: at(day, '11:00'), end: at(day, '12:30') } });
});

test('undo of a drop from the queue puts the job back in the queue (screen and disk); redo books it again', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  await drag(page, await centerOf(queueRow(page, 'J-1001')), await pointOn(page, ANA, day, '08:00'));
  await expect.poll(async () => (await onDisk(host, QUEUED)).status).toBe('scheduled');
  await expect(undoButton(page)).toHaveAccessibleName('Undo assignment of J-1001');

  await undoButton(page).click();
  await expect(queueRow(page, 'J-1001')).toBeVisible();
  await expect(boardEvent(page, QUEUED)).toHaveCount(0);
  await expect.poll(() => onDisk(host, QUEUED)).toEqual({ status: 'new', assignment: null });
  const history = (await host.readDataFile()).jobs.find((j) => j.id === QUEUED)!.history;
  expect(history.at(-1)).toMatchObject({ action: 'undo', detail: 'Undo: back to the queue, new' });

  await page.keyboard.press('Control+Shift+z');
  await expect(boardEvent(page, QUEUED)).toBeVisible();
  await expect(queueRow(page, 'J-1001')).toHaveCount(0);
  await expect.poll(() => onDisk(host, QUEUED)).toEqual({ status: 'scheduled', assignment: { technicianId: ANA, start: at(day, '08:00'), end: at(day, '09:30') } });
});

test('drag an event to another technician and time: moved; undo puts it back; redo (Ctrl+Y) moves it again', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  const event = boardEvent(page, BOOKED);
  await moveEvent(page, event, CY, day, '15:00');
  const moved = { status: 'scheduled', assignment: { technicianId: CY, start: at(day, '15:00'), end: at(day, '16:00') } };
  await expect.poll(() => onDisk(host, BOOKED)).toEqual(moved);
  const lane = (await board(page).locator(`.fc-timeline-lane[data-resource-id="${CY}"]`).boundingBox())!;
  await expect.poll(async () => (await event.boundingBox())!.y).toBeGreaterThanOrEqual(lane.y - 1);

  await page.keyboard.press('Control+z');
  const original = { status: 'scheduled', assignment: { technicianId: ANA, start: at(day, '13:00'), end: at(day, '14:00') } };
  await expect.poll(() => onDisk(host, BOOKED)).toEqual(original);
  const anaLane = (await board(page).locator(`.fc-timeline-lane[data-resource-id="${ANA}"]`).boundingBox())!;
  await expect.poll(async () => (await event.boundingBox())!.y).toBeLessThan(anaLane.y + anaLane.height);

  await page.keyboard.press('Control+y');
  await expect.poll(() => onDisk(host, BOOKED)).toEqual(moved);
  // The file is renamed into place before the write is acknowledged: wait for the answer too, so
  // the host is not stopped while the call is still finishing.
  await expect(page.getByText('Redid the move of J-1003.')).toBeVisible();
});

test('resize an event: its end changes; undo restores the duration', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  const event = boardEvent(page, BOOKED);
  await event.hover();
  const handle = event.locator('.fc-event-resizer-end');
  const box = (await handle.boundingBox())!;
  const from = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // One hour is four 15-minute snaps; drag the end by two of them.
  const quarter = ((await timeX(page, day, '14:00')) - (await timeX(page, day, '13:00'))) / 4;
  await drag(page, from, { x: from.x + quarter * 2, y: from.y });
  await expect.poll(async () => (await onDisk(host, BOOKED)).assignment).toEqual({ technicianId: ANA, start: at(day, '13:00'), end: at(day, '14:30') });
  await expect(undoButton(page)).toHaveAccessibleName('Undo resize of J-1003');
  await expect.poll(async () => Math.round((await event.boundingBox())!.width / quarter)).toBe(6);

  await undoButton(page).click();
  await expect.poll(async () => (await onDisk(host, BOOKED)).assignment?.end).toBe(at(day, '14:00'));
  await expect.poll(async () => Math.round((await event.boundingBox())!.width / quarter)).toBe(4);
});

test('drag an event onto the queue: unassigned; undo brings a dispatched job back dispatched on its slot', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  const event = boardEvent(page, DISPATCHED);
  await drag(page, await centerOf(event), await centerOf(queue(page)));
  await expect(queueRow(page, 'J-1004')).toBeVisible();
  await expect(event).toHaveCount(0);
  await expect.poll(() => onDisk(host, DISPATCHED)).toEqual({ status: 'new', assignment: null });

  await expect(undoButton(page)).toHaveAccessibleName('Undo unassignment of J-1004');
  await page.keyboard.press('Control+z');
  await expect(event).toBeVisible();
  await expect(queueRow(page, 'J-1004')).toHaveCount(0);
  await expect.poll(() => onDisk(host, DISPATCHED)).toEqual({
    status: 'dispatched',
    assignment: { technicianId: BEN, start: at(day, '09:00'), end: at(day, '10:00') },
  });
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => onDisk(host, DISPATCHED)).toEqual({ status: 'new', assignment: null });
});

test('the popover shows the details and its Unassign button sends the job back to the queue', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  await boardEvent(page, BOOKED).hover();
  const popover = page.getByRole('group', { name: 'Details of J-1003' });
  await expect(popover).toContainText('Replace firewall');
  await expect(popover).toContainText('Ana Silva');
  // A booking is not a response: a scheduled job's response clock still runs.
  await expect(popover).toContainText('Response due in 7 d');
  await popover.getByRole('button', { name: 'Unassign' }).click();
  await expect(queueRow(page, 'J-1003')).toBeVisible();
  await expect.poll(() => onDisk(host, BOOKED)).toEqual({ status: 'new', assignment: null });
});
