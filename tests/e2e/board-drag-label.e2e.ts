/**
 * While a job is dragged, a label beside the pointer names the technician and the snapped times
 * the drop would book; it goes on drop and on cancel. With an event focused, ← and → nudge it by
 * exactly the board's snap. Every check compares the screen with the data file on disk.
 */
import type { Page } from '@playwright/test';
import { ANA, BOOKED, CY, QUEUED, at, tomorrow, writeBoardShop } from './board-shop';
import { board, boardEvent, centerOf, openBoardOn, pointOn, queueRow } from './board-helpers';
import { expect, test } from './fixtures';
import type { Host } from './fixtures';

test.use({ hostOptions: { prepare: writeBoardShop } });

const label = (page: Page) => page.locator('.drag-label');
const weekday = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });

async function assignmentOf(host: Host, jobId: string) {
  return (await host.readDataFile()).jobs.find((j) => j.id === jobId)!.assignment;
}

/** Press on `from`, move in steps to `to` and stay there (the drag is still under way). */
async function dragTo(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps: 15 });
}

/** `Cy Park · Thu 10:00–11:30` → the technician and the wall-clock start and end. */
function parseLabel(text: string) {
  const match = /^(.+) · (\w{3}) (\d\d:\d\d)–(\d\d:\d\d)$/.exec(text);
  if (!match) throw new Error(`Not a drag label: ${text}`);
  return { technician: match[1]!, weekday: match[2]!, start: match[3]!, end: match[4]! };
}

test('dragging from the queue: the label names the row and the snapped times, and the drop books exactly that', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  await expect(label(page)).toHaveCount(0);
  const target = await pointOn(page, CY, day, '10:00');
  // Aim a few minutes into the snap: the label shows the snapped time, not the pointer's.
  await dragTo(page, await centerOf(queueRow(page, 'J-1001')), { x: target.x + 2, y: target.y });
  await expect(label(page)).toBeVisible();
  const shown = parseLabel((await label(page).textContent())!);
  expect(shown).toEqual({ technician: 'Cy Park', weekday: weekday(day), start: '10:00', end: '11:30' });
  // Beside the pointer.
  const box = (await label(page).boundingBox())!;
  expect(Math.abs(box.x - target.x)).toBeLessThan(40);
  expect(Math.abs(box.y + box.height - target.y)).toBeLessThan(40);
  await page.mouse.up();
  await expect(label(page)).toHaveCount(0);
  await expect.poll(() => assignmentOf(host, QUEUED)).toEqual({ technicianId: CY, start: at(day, shown.start), end: at(day, shown.end) });
});

test('moving a booked event: the label follows the row and the time under the pointer; the drop lands there', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  const event = boardEvent(page, BOOKED);
  const grab = await centerOf(event);
  // The event is 13:00–14:00 on Ana's row; grabbed in its middle and moved 2 h later onto Cy's row.
  const from = await pointOn(page, ANA, day, '13:30');
  const to = await pointOn(page, CY, day, '15:30');
  await dragTo(page, grab, { x: grab.x + (to.x - from.x), y: to.y });
  await expect(label(page)).toBeVisible();
  const shown = parseLabel((await label(page).textContent())!);
  expect(shown.technician).toBe('Cy Park');
  // Whatever it shows is on the snap, one hour long, and where the preview is.
  expect(Number(shown.start.slice(3)) % 15).toBe(0);
  const preview = board(page).locator('.fc-event-mirror');
  await expect(preview).toBeVisible();
  await page.mouse.up();
  await expect(label(page)).toHaveCount(0);
  await expect.poll(() => assignmentOf(host, BOOKED)).toEqual({ technicianId: CY, start: at(day, shown.start), end: at(day, shown.end) });
  expect(shown.start).toBe('15:00');
});

test('a drag taken off the board hides the label, and a cancelled drag leaves none behind', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  const target = await pointOn(page, CY, day, '10:00');
  await dragTo(page, await centerOf(queueRow(page, 'J-1001')), target);
  await expect(label(page)).toBeVisible();
  // Back over the header: no row under the pointer, nothing would be booked.
  await page.mouse.move(400, 20, { steps: 10 });
  await expect(label(page)).toHaveCount(0);
  await page.mouse.up();
  await expect(label(page)).toHaveCount(0);
  expect(await assignmentOf(host, QUEUED)).toBeNull();
});

test('← and → nudge a focused event by exactly the snap, keeping its length and its focus', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  const event = boardEvent(page, BOOKED);
  await event.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => assignmentOf(host, BOOKED)).toEqual({ technicianId: ANA, start: at(day, '13:15'), end: at(day, '14:15') });
  await expect(event).toBeFocused();
  await expect(event.locator('.job-event__body')).not.toContainText('Saving');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => assignmentOf(host, BOOKED)).toEqual({ technicianId: ANA, start: at(day, '13:00'), end: at(day, '14:00') });

  // Another snap in the settings: the nudge follows it.
  const set = await host.call('settings:set', { slotMinutes: 10 });
  expect(set.ok).toBe(true);
  await expect(event).toBeFocused();
  await expect(event.locator('.job-event__body')).not.toContainText('Saving');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => assignmentOf(host, BOOKED)).toEqual({ technicianId: ANA, start: at(day, '12:50'), end: at(day, '13:50') });
});
