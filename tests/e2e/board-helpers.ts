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

/**
 * Screen point for `hhmm` on the technician's row: in the middle of the snap (15 minutes) that
 * starts at `hhmm`, and at the row's vertical middle. Aiming at a snap's edge would leave the time
 * to sub-pixel rounding; the middle has half a snap to spare either way. Works in day and week view.
 */
export async function pointOn(page: Page, technicianId: string, day: string, hhmm: string): Promise<{ x: number; y: number }> {
  const lane = board(page).locator(`.fc-timeline-lane[data-resource-id="${technicianId}"]`);
  await lane.scrollIntoViewIfNeeded();
  const { x } = await timeOnAxis(page, day, hhmm);
  const laneBox = (await lane.boundingBox())!;
  return { x, y: laneBox.y + laneBox.height / 2 };
}

/** The screen x where `hhmm` on `day` begins on the time axis. */
export async function timeX(page: Page, day: string, hhmm: string): Promise<number> {
  const { x, snap } = await timeOnAxis(page, day, hhmm);
  return x - snap / 2;
}

/** The board's snap (settings' default slot length). */
const SNAP_MINUTES = 15;

/** Where the middle of the snap starting at `hhmm` on `day` is on screen, and how wide a snap is. */
async function timeOnAxis(page: Page, day: string, hhmm: string): Promise<{ x: number; snap: number }> {
  const target = `${day}T${hhmm}`;
  // The body's slot cells (30 minutes in day view, 2 hours in week view); the header only labels whole hours.
  const slots = board(page).locator('.fc-timeline-body .fc-timeline-slot[data-date]');
  const dates = await slots.evaluateAll((els) => els.map((el) => el.getAttribute('data-date') ?? ''));
  const index = dates.findLastIndex((d) => d.slice(0, 16) <= target);
  if (index < 0) throw new Error(`No slot on the board holds ${target}.`);
  const slot = slots.nth(index);
  await slot.scrollIntoViewIfNeeded();
  const next = dates[index + 1];
  const slotMinutes = next ? minutesBetween(dates[index]!, next) : minutesBetween(dates[index - 1]!, dates[index]!);
  const box = (await slot.boundingBox())!;
  const perMinute = box.width / slotMinutes;
  return { x: box.x + perMinute * (minutesBetween(dates[index]!, `${target}:00`) + SNAP_MINUTES / 2), snap: perMinute * SNAP_MINUTES };
}

/** Minutes between two wall-clock `YYYY-MM-DDTHH:mm:ss` strings (read as UTC: only the difference counts). */
function minutesBetween(from: string, to: string): number {
  return (Date.parse(`${to.slice(0, 19)}Z`) - Date.parse(`${from.slice(0, 19)}Z`)) / 60_000;
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
 * Drag a board event so that it starts at `hhmm` on the technician's row, the way a dispatcher
 * does it: move, watch the preview, nudge by a snap until the preview starts at `hhmm`, release.
 * FullCalendar hit-tests an event's drag from the centre of the part of the event inside the slot
 * it was grabbed in (not from the pointer); for an event covering whole slots that centre is
 * exactly on a snap boundary, so a move computed from the pointer alone comes out a snap early or
 * late depending on sub-pixel layout (a wider technician column was enough to flip it).
 */
export async function moveEvent(page: Page, event: Locator, technicianId: string, day: string, hhmm: string): Promise<void> {
  await event.scrollIntoViewIfNeeded();
  const { snap } = await timeOnAxis(page, day, hhmm);
  const target = await pointOn(page, technicianId, day, hhmm);
  const want = await timeX(page, day, hhmm);
  const box = (await event.boundingBox())!;
  const startOf = (el: Element) => (el.closest('.fc-timeline-event-harness') ?? el).getBoundingClientRect().left;
  const grab = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  let x = grab.x + (want - (await event.evaluate(startOf)));
  await page.mouse.move(grab.x, grab.y);
  await page.mouse.down();
  await page.mouse.move(grab.x + 8, grab.y + 8, { steps: 3 });
  await page.mouse.move(x, target.y, { steps: 15 });
  const preview = board(page).locator('.fc-event-mirror').first();
  for (let tries = 0; tries < 3; tries += 1) {
    const off = want - (await preview.evaluate(startOf));
    if (Math.abs(off) < snap / 2) break;
    x += Math.round(off / snap) * snap;
    await page.mouse.move(x, target.y, { steps: 2 });
  }
  await page.waitForTimeout(50);
  await page.mouse.up();
}

/** The day the board shows (day view), from its first time slot. */
export async function shownDay(page: Page): Promise<string> {
  const date = await board(page).locator('.fc-timeline-body .fc-timeline-slot[data-date]').first().getAttribute('data-date');
  return date!.slice(0, 10);
}

/**
 * Open the console at the given window size and step the board to the next day, whatever day the
 * page's clock says it is; returns that day (`YYYY-MM-DD`).
 */
export async function openNextDay(page: Page, url: string, size: { width: number; height: number }): Promise<string> {
  await page.setViewportSize(size);
  await page.goto(url);
  await expect(board(page).locator('.fc-timeline-lane[data-resource-id]').first()).toBeVisible();
  const today = await shownDay(page);
  await page.getByRole('button', { name: 'Next day' }).click();
  await expect.poll(() => shownDay(page)).not.toBe(today);
  return shownDay(page);
}

/** A technician's row label (FullCalendar's resource cell). */
export const rowLabel = (page: Page, technicianId: string) => board(page).locator(`.fc-datagrid-cell.fc-resource[data-resource-id="${technicianId}"] .tech-cell`);
/** A technician's lane on the timeline. */
export const lane = (page: Page, technicianId: string) => board(page).locator(`.fc-timeline-lane[data-resource-id="${technicianId}"]`);

/**
 * Drag from `from` to wherever `aim()` says, following it like a dispatcher follows a row with the
 * pointer: the board scrolls by itself while the pointer passes near its edge (FullCalendar's
 * drag scrolling), so the target is looked up again until it holds still, then the pointer lets go.
 */
export async function dragToward(page: Page, from: { x: number; y: number }, aim: () => Promise<{ x: number; y: number }>): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + 8, from.y - 8, { steps: 3 });
  let to = await aim();
  await page.mouse.move(to.x, to.y, { steps: 15 });
  for (let tries = 0; tries < 10; tries += 1) {
    await page.waitForTimeout(60);
    const next = await aim();
    if (Math.abs(next.x - to.x) < 1 && Math.abs(next.y - to.y) < 1) break;
    to = next;
    await page.mouse.move(to.x, to.y, { steps: 2 });
  }
  await page.waitForTimeout(50);
  await page.mouse.up();
}
