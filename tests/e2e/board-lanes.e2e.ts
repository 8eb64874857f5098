/**
 * A change to one job redraws the rows it touches, not the board: after another client moves a
 * job from one technician to another only those two lanes get new DOM, and after a drop here the
 * save and the host's answer change at most the lane the job sits in (FullCalendar gets each
 * change as one event's update, not as a new array of every event).
 */
import type { Page } from '@playwright/test';
import { ANA, BOOKED, CY, at, tomorrow, writeBusyShop } from './board-shop';
import { board, boardEvent, moveEvent, openBoardOn } from './board-helpers';
import { expect, test } from './fixtures';

test.use({ hostOptions: { prepare: writeBusyShop } });

/** Start recording which lanes get DOM changes (childList or attributes below the lane). */
async function watchLanes(page: Page): Promise<void> {
  await board(page).evaluate((root) => {
    const touched = new Set<string>();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target instanceof Element ? r.target : r.target.parentElement;
        const lane = el?.closest('.fc-timeline-lane[data-resource-id]');
        if (lane) touched.add(lane.getAttribute('data-resource-id')!);
      }
    });
    observer.observe(root.querySelector('.fc-timeline-body')!, { subtree: true, childList: true, attributes: true, characterData: true });
    (window as unknown as { __lanes: () => string[] }).__lanes = () => {
      observer.takeRecords();
      observer.disconnect();
      return [...touched].sort();
    };
  });
}

const touchedLanes = (page: Page) => page.evaluate(() => (window as unknown as { __lanes: () => string[] }).__lanes());

test('one job moved elsewhere, or saved after a drop here, redraws only the lanes it left and joined', async ({ page, host }) => {
  const day = tomorrow();
  await openBoardOn(page, host.url, day);
  const lanes = await board(page).locator('.fc-timeline-lane[data-resource-id]').count();
  expect(lanes).toBe(40);
  await page.waitForTimeout(600); // let the first re-measures settle

  await watchLanes(page);
  const moved = await host.call('schedule:move', { jobId: BOOKED, technicianId: CY, start: at(day, '15:00') });
  expect(moved.ok).toBe(true);
  await expect(boardEvent(page, BOOKED)).toHaveAttribute('data-job-id', BOOKED);
  await expect.poll(() => boardEvent(page, BOOKED).evaluate((el) => el.closest('[data-resource-id]')?.getAttribute('data-resource-id'))).toBe(CY);
  await page.waitForTimeout(300);
  const remote = await touchedLanes(page);
  test.info().annotations.push({ type: 'lanes redrawn by a remote move', description: `${remote.join(', ')} of ${lanes}` });
  expect(remote).toEqual([ANA, CY].sort());

  // What FullCalendar draws during the drag and at the drop is its own; what follows (saving,
  // then the host's answer and its delta) is the console's. Hold the answer to watch from the drop.
  let answer: () => void = () => {};
  const held = new Promise<void>((resolve) => (answer = resolve));
  await page.route('**/api/invoke', async (route) => {
    if ((route.request().postDataJSON() as { channel: string }).channel === 'schedule:move') await held;
    await route.continue();
  });
  await moveEvent(page, boardEvent(page, BOOKED), ANA, day, '10:00');
  await page.waitForTimeout(200);
  await watchLanes(page);
  answer();
  await expect.poll(async () => (await host.readDataFile()).jobs.find((j) => j.id === BOOKED)?.assignment?.technicianId).toBe(ANA);
  await expect(board(page).locator('.fc-event.is-pending, .fc-event[aria-busy="true"]')).toHaveCount(0);
  await page.waitForTimeout(300);
  const dropped = await touchedLanes(page);
  test.info().annotations.push({ type: 'lanes redrawn by a drop', description: `${dropped.join(', ')} of ${lanes}` });
  expect(dropped.filter((id) => id !== ANA)).toEqual([]);
});
