/**
 * Helpers for the board tests: find a technician's row and a time's x position on the timeline,
 * and drag with the real mouse in steps (FullCalendar needs intermediate moves to start a drag).
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const board = (page: Page) => page.getByRole('region', { name: 'Dispatch board' });
export const queue = (page: Page) => page.getByRole('region', { name: 'Unassigned jobs' });
export const queueRow = (page: Page, number: string) =>
  queue(page).getByRole('row').filter({ has: page.getByRole('cell', { name: number, exact: true }) });
/** The board event of a job (FullCalendar's element, carrying our `data-job-id`). */
export const boardEvent = (page: Page, jobId: string) => board(page).locator(`.fc-event[data-job-id="${jobId}"]`);

/** Open the console on `day` (day view) and wait for the board's rows. */
export async function openBoardOn(page: Page, url: string, day: string): Promise<void> {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(url);
  await expect(board(page).locator('.fc-timeline-lane[data-resource-id]').first()).toBeVisible();
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect(board(page).locator(`.fc-timeline-slot[data-date^="${day}"]`).first()).toBeAttached();
  // Positions are measured from here on: let late banners and the first data settle the layout.
  await page.waitForLoadState('networkidle');
  await expect(board(page).locator('.fc-event.job-event').first()).toBeVisible();
}

/** Screen point for `hhmm` on the technician's row (`offsetPx` right of the slot's left edge). */
export async function pointOn(page: Page, technicianId: string, day: string, hhmm: string, offsetPx = 4): Promise<{ x: number; y: number }> {
  const lane = board(page).locator(`.fc-timeline-lane[data-resource-id="${technicianId}"]`);
  // The body's slot cells (every 30 minutes); the header only labels whole hours.
  const slot = board(page).locator(`.fc-timeline-body .fc-timeline-slot[data-date^="${day}T${hhmm}"]`).first();
  await slot.scrollIntoViewIfNeeded();
  const laneBox = (await lane.boundingBox())!;
  const slotBox = (await slot.boundingBox())!;
  return { x: slotBox.x + offsetPx, y: laneBox.y + Math.min(laneBox.height - 4, 14) };
}

/** Press, move in steps, release: a real drag as FullCalendar sees it. */
export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 15): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y + 8, { steps: 3 });
  await page.mouse.move(to.x, to.y, { steps });
  // FullCalendar decides the hit on the last move; a short pause lets it render the preview.
  await page.waitForTimeout(50);
  await page.mouse.up();
}

export async function centerOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drag a board event so that it starts at `hhmm` on the technician's row. Grabbed in its middle
 * (its edges are resize handles); the drop point keeps the same offset from the new start.
 */
export async function moveEvent(page: Page, event: Locator, technicianId: string, day: string, hhmm: string): Promise<void> {
  const box = (await event.boundingBox())!;
  const grab = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const target = await pointOn(page, technicianId, day, hhmm, 0);
  await drag(page, grab, { x: target.x + (grab.x - box.x), y: target.y });
}
